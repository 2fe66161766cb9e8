"""In the browser, the whole of operating a pipeline: train the Titanic sample, make the
real-time inference pipeline from that run and deploy it from the canvas, score a raw
passenger row on the endpoint's page (the family size computed by the sample's script
inside the endpoint); publish the training pipeline from the canvas, trigger it over HTTP
with a token and another split fraction, schedule it every few seconds from the pipeline
endpoint's page, see the scheduled runs in run history, disable the schedule and see no
more runs. Celery beat runs with django-celery-beat's database scheduler (`beat`)."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from typing import Any

import pytest
import requests
from rest_framework.authtoken.models import Token

from designer import services
from designer.samples import BINARY_CLASSIFICATION
from runner.models import RUN_FINISHED, PipelineRun, RunStatus, RunTrigger, Schedule
from tests.conftest import Beat
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_canvas import log_in
from tests.integration.helpers import wait_for_run

pytestmark = pytest.mark.e2e

TRAINING_ENDPOINT = "binary-classification-titanic-survival"  # the Publish dialog's suggestion
INTERVAL = 2  # seconds between scheduled runs

# One passenger as a caller has them: the raw columns, no FamilySize, no label.
PASSENGER = {"Pclass": 3, "Sex": "male", "Age": 22.0, "SibSp": 1, "Parch": 2, "Fare": 7.25, "Embarked": "S"}


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"operate-{name}.png"))


def wait_until(condition: Callable[[], Any], timeout: float, what: str, every: float = 0.2) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"{what} did not happen within {timeout} s")


def scheduled_runs() -> list[PipelineRun]:
    return list(PipelineRun.objects.filter(trigger=RunTrigger.SCHEDULE).order_by("id"))


def open_history(page: Any) -> None:
    """Open the canvas' run history afresh (it loads the runs as it opens)."""
    if page.is_visible('[data-testid="run-history"]'):
        page.click('[data-testid="history-button"]')
        page.wait_for_selector('[data-testid="run-history"]', state="detached")
    page.click('[data-testid="history-button"]')
    page.wait_for_selector('[data-testid="run-history"] table')


def test_train_deploy_score_publish_trigger_and_schedule_the_titanic_sample(
    page: Any, live_stack: Any, alice: Any, modules: None, beat: Beat
) -> None:
    workspace = services.workspace_default(user=alice)
    training = services.pipeline_create(
        workspace=workspace, user=alice, name=BINARY_CLASSIFICATION["name"], graph=BINARY_CLASSIFICATION["graph"]
    )
    base = live_stack.base_url
    log_in(page, base, "alice", "alice-password")

    # 1. Train: run the sample from the canvas and watch it complete.
    page.goto(f"{base}/pipelines/{training.pk}/")
    page.wait_for_selector('[data-testid="node-train"]')
    assert not page.is_visible('[data-testid="deploy-button"]')  # a training pipeline is published, not deployed
    page.click('[data-testid="run-button"]')
    page.click('[data-testid="submit-run"]')
    page.wait_for_selector('[data-testid="run-status"][data-status="completed"]', timeout=120_000)
    trained = PipelineRun.objects.get(pipeline=training)
    assert trained.status == RunStatus.COMPLETED and trained.trigger == RunTrigger.MANUAL

    # 2. From that run in the history, make the real-time inference pipeline; it opens.
    open_history(page)
    page.click(f'[data-testid="history-run-{trained.number}"] a')
    page.wait_for_url(f"**/runs/{trained.pk}/")
    page.wait_for_selector('[data-testid="read-only-banner"]')
    assert not page.is_visible('[data-testid="deploy-button"]')  # a past run's view deploys nothing
    assert page.input_value('[data-testid="inference-kind"]') == "realtime"
    page.click('[data-testid="create-inference-pipeline"]')
    page.wait_for_url(re.compile(r"/pipelines/\d+/$"))
    inference_id = int(page.url.rstrip("/").rsplit("/", 1)[1])
    assert inference_id != training.pk
    page.wait_for_selector('[data-testid="node-family"]')  # the script is on the scoring path
    shot(page, "inference-pipeline")

    # 3. Deploy it: the endpoint name is suggested from the pipeline's name.
    page.click('[data-testid="deploy-button"]')
    suggested = page.input_value('[data-testid="deploy-endpoint"]')
    assert suggested.startswith("binary-classification-titanic-survival-real-time-inference")
    assert not page.is_checked('[data-testid="deploy-make-live"]')
    assert "first version of an endpoint is always live" in page.inner_text('[data-testid="deploy-live-note"]')
    page.fill('[data-testid="deploy-endpoint"]', "Titanic!")
    assert page.is_disabled('[data-testid="deploy-submit"]')  # not a name the server accepts
    page.fill('[data-testid="deploy-endpoint"]', "titanic")
    page.click('[data-testid="deploy-submit"]')
    success = page.wait_for_selector('[data-testid="deploy-success"]', timeout=30_000)
    assert "Deployed titanic version 1 (live)" in success.inner_text()
    shot(page, "deployed")
    page.click('[data-testid="deploy-endpoint-link"]')
    page.wait_for_url("**/endpoints/titanic/")
    assert page.inner_text('[data-testid="live-version"]') == "1"

    # 4. Score one raw passenger on the endpoint's page: the script's feature is computed inside.
    page.fill('[data-testid="score-input"]', json.dumps({"rows": [PASSENGER]}))
    page.click('[data-testid="score-button"]')
    page.wait_for_selector('[data-testid="score-output"]:has-text("Scored Labels")', timeout=60_000)
    [scored] = json.loads(page.inner_text('[data-testid="score-output"]'))
    assert scored["FamilySize"] == PASSENGER["SibSp"] + PASSENGER["Parch"] + 1
    assert scored["Scored Labels"] in (0, 1)
    assert 0.0 <= scored["Scored Probabilities"] <= 1.0
    shot(page, "scored")

    # 5. Publish the training pipeline from its canvas; the header then links the endpoint.
    page.goto(f"{base}/pipelines/{training.pk}/")
    page.click('[data-testid="publish-button"]')
    assert page.input_value('[data-testid="publish-endpoint"]') == TRAINING_ENDPOINT
    page.click('[data-testid="publish-submit"]')
    page.wait_for_selector('[data-testid="publish-success"]')
    page.click('[data-testid="publish-dialog"] >> text=Close')
    published_as = page.wait_for_selector('[data-testid="published-as"]')
    assert published_as.inner_text() == f"Published as {TRAINING_ENDPOINT} (v1)"
    link = page.get_attribute(f'[data-testid="published-as-{TRAINING_ENDPOINT}"]', "href")
    assert link == f"/pipeline-endpoints/{TRAINING_ENDPOINT}/"

    # 6. Trigger it over HTTP with a token and another split fraction, as another platform would.
    token, _ = Token.objects.get_or_create(user=alice)
    answer = requests.post(
        f"{base}/api/pipeline-endpoints/{TRAINING_ENDPOINT}/runs/",
        json={"parameters": {"train_fraction": 0.8}},
        headers={"Authorization": f"Token {token.key}"},
        timeout=30,
    )
    assert answer.status_code == 201, answer.text
    triggered = answer.json()
    assert (triggered["endpoint"], triggered["version"], triggered["trigger"]) == (TRAINING_ENDPOINT, 1, "endpoint")
    run = wait_for_run(triggered["id"], timeout=120)
    assert run.status == RunStatus.COMPLETED and run.parameters == {"train_fraction": 0.8}
    open_history(page)
    label = page.wait_for_selector(f'[data-testid="history-trigger-{triggered["number"]}"]')
    assert label.inner_text() == "Endpoint"
    shot(page, "triggered")

    # 7. Schedule it every few seconds from the pipeline endpoint's page, reached from the header.
    page.click(f'[data-testid="published-as-{TRAINING_ENDPOINT}"]')
    page.wait_for_url(f"**/pipeline-endpoints/{TRAINING_ENDPOINT}/")
    page.fill('[data-testid="schedule-name"]', "often")
    page.select_option('[data-testid="schedule-kind"]', "interval")
    page.fill('[data-testid="schedule-interval"]', str(INTERVAL))
    page.fill('[data-testid="schedule-parameters"]', json.dumps({"train_fraction": 0.6}))
    page.click('[data-testid="schedule-add"]')
    row = page.wait_for_selector('[data-testid="schedule-often"]')
    assert f"every {INTERVAL} s" in row.inner_text() and "enabled" in row.inner_text()
    schedule = Schedule.objects.get(name="often")

    def page_shows_a_scheduled_run() -> bool:
        page.reload()
        return "schedule (often)" in page.inner_text('[data-testid="pipeline-runs"]')

    wait_until(page_shows_a_scheduled_run, 30, "a scheduled run on the endpoint's page", every=1)
    shot(page, "scheduled")

    # 8. Disable it on the page: no new scheduled run after that.
    page.click('[data-testid="schedule-disable-often"]')
    row = page.wait_for_selector('[data-testid="schedule-often"]:has-text("disabled")')
    assert page.inner_text('[data-testid="schedule-next-often"]') == "—"
    schedule.refresh_from_db()
    assert not schedule.enabled
    time.sleep(INTERVAL + 1)  # one fire may have been on its way as it was disabled
    settled = len(scheduled_runs())
    assert settled >= 1
    time.sleep(3 * INTERVAL)
    assert len(scheduled_runs()) == settled, "a disabled schedule started a run"

    # The scheduled runs are in the canvas' run history, marked as such, with their parameters.
    runs = scheduled_runs()
    assert {r.schedule_id for r in runs} == {schedule.pk}
    assert all(r.parameters == {"train_fraction": 0.6} for r in runs)
    page.goto(f"{base}/pipelines/{training.pk}/")
    open_history(page)
    for scheduled in runs:
        label = page.wait_for_selector(f'[data-testid="history-trigger-{scheduled.number}"]')
        assert label.inner_text() == "Schedule"
    shot(page, "history")
    for scheduled in runs:
        assert wait_for_run(scheduled.pk, timeout=120).status in RUN_FINISHED
