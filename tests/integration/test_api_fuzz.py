"""Schemathesis drives the whole OpenAPI schema: no request may get a 5xx, and every
response must be one the schema documents, with a body of the documented shape.

The app is called in-process through its WSGI handler (same thread, same database
connection as the test), so a fuzz run needs no server, worker or Redis and every object
it creates is rolled back with the test's transaction. Requests are authenticated with
a real API token of a user who owns a real pipeline, run (with a stored output), dataset
and custom module; path parameters (and the ids a query names, as the diffs' do) are
sometimes those real ids and names, so the fuzzer reaches the code behind the 404 as
well as in front of it.

Not fuzzed, because they are not in the schema: the websockets (/ws/..., not HTTP
operations), /api/schema/ itself and the Swagger page (SERVE_INCLUDE_SCHEMA is off).
"""

from __future__ import annotations

import io
import os
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import schemathesis
from django.core import signals
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from rest_framework.test import APIClient
from schemathesis import GenerationMode
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from designer import registry, services, snapshots
from designer.models import Pipeline
from runner import endpoints, publishing, schedules
from runner import services as run_services
from runner.inference import inference_pipeline_create
from runner.models import PipelineEndpoint, StepRun, StepStatus
from tests.integration.graphs import chain_graph
from tests.integration.trained_runs import completed_training_run

pytestmark = pytest.mark.integration

# Generated cases per operation and generation mode (valid and invalid input).
# Operations with no parameters and no body get a few: every case would be the same
# request. Failures are collected with a curl command to replay each, not shrunk.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "48"))
FIXED_EXAMPLES = 3
MIN_REQUESTS = int(os.environ.get("FUZZ_MIN_REQUESTS", "2000"))
# The operations are fuzzed in shares (every SHARES-th operation in path order), each a
# test of its own, so that `make test`'s two workers fuzz side by side. Wall-clock
# budget for one share on a busy machine.
SHARES = 3
TIME_BUDGET_SECONDS = 180

CHECKS = [
    schemathesis.checks.not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

MODULE_SPEC = """
slug: fuzz_total
version: 1.0.0
name: Fuzz Total
category: Custom
inputs: [{name: dataset, type: DataFrame}]
outputs: [{name: dataset, type: DataFrame}]
params: [{name: scale, type: float, default: 1.0, min: 0, max: 100}]
"""
MODULE_SOURCE = "def main(ctx, *, dataset):\n    return {'dataset': dataset}\n"


# A pipeline endpoint's names in the paths: a real one, and a stand-in to delete.
ENDPOINT, VICTIM_ENDPOINT = "fuzz-train", "fuzz-victim"


@dataclass
class World:
    token: str
    user: Any
    victim: Pipeline
    path_parameters: dict[str, Any]
    endpoint: str
    published_pipeline: Pipeline
    # Operations that need a particular object reach it: {path: {parameter: id}}.
    particular: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Operations whose objects are named in the query reach real ones too: {path: query}.
    queries: dict[str, dict[str, Any]] = field(default_factory=dict)

    def known_path_parameters(self, operation: Any) -> dict[str, Any]:
        known = {k: v for k, v in self.path_parameters.items() if "{" + k + "}" in operation.path}
        known.update(self.particular.get(operation.path, {}))
        if operation.path.startswith("/api/endpoints/{name}/") and not operation.path.endswith("/score/"):
            # The endpoint the world deployed; scoring stays on a missing one, where a
            # fuzz case would otherwise start a scorer for a model that is not there.
            known["name"] = self.endpoint
        if operation.method.upper() == "DELETE" and "pipeline_id" in known:
            # Deleting the real pipeline would take its run with it: delete a stand-in.
            known["pipeline_id"] = self.victim.pk
        if operation.path.startswith("/api/pipeline-endpoints/{name}/"):
            delete = operation.method.upper() == "DELETE"
            known.update(name=VICTIM_ENDPOINT if delete else ENDPOINT)
            if "{version}" in operation.path:
                known["version"] = 1
        return known

    def ensure_victim(self) -> None:
        if not Pipeline.objects.filter(pk=self.victim.pk).exists():
            self.victim.save(force_insert=True)
        if not PipelineEndpoint.objects.filter(name=VICTIM_ENDPOINT).exists():
            publishing.pipeline_publish(pipeline=self.published_pipeline, user=self.user, endpoint_name=VICTIM_ENDPOINT)


def parameterised_graph() -> dict[str, Any]:
    graph = chain_graph(2)
    graph["nodes"][1]["params"]["columns"] = {"$param": "keep"}
    graph["parameters"] = [{"name": "keep", "type": "columns", "default": ["x", "label"]}]
    return graph


@pytest.fixture
def world(db: None) -> World:
    services.modules_sync_builtin()
    user = services.user_create(username="alice", password="alice-password")
    workspace = services.workspace_default(user=user)
    out = io.StringIO()
    call_command("create_api_token", "alice", stdout=out)
    pipeline = services.pipeline_create(workspace=workspace, user=user, name="fuzzed", graph=chain_graph(2))
    dataset = services.dataset_upload(
        workspace=workspace,
        user=user,
        name="prices",
        description="",
        upload=SimpleUploadedFile("prices.csv", b"item,price\napple,1.5\npear,2\n"),
    )
    registry.module_publish(
        workspace=workspace, user=user, spec=registry.parse_spec_text(MODULE_SPEC), source=MODULE_SOURCE
    )
    # A source snapshot, so the fuzzer reaches a real one by its digest.
    source = io.BytesIO()
    with zipfile.ZipFile(source, "w") as bundle:
        bundle.writestr("train.py", "print('fuzz')\n")
    snapshot, _ = snapshots.snapshot_upload(
        workspace=workspace, user=user, upload=SimpleUploadedFile("src.zip", source.getvalue())
    )
    victim = services.pipeline_create(workspace=workspace, user=user, name="to delete")
    # A pipeline endpoint with a version whose parameter the fuzzer may send and a
    # schedule (so the fuzzer reaches the schedules API), and one to delete (it is
    # published again when the fuzzer deleted it).
    published_pipeline = services.pipeline_create(
        workspace=workspace, user=user, name="published", graph=parameterised_graph()
    )
    for name in (ENDPOINT, VICTIM_ENDPOINT):
        publishing.pipeline_publish(pipeline=published_pipeline, user=user, endpoint_name=name)
    schedule = schedules.schedule_create(
        endpoint=PipelineEndpoint.objects.get(name=ENDPOINT),
        user=user,
        fields={"kind": "cron", "cron": "0 6 * * *", "timezone": "Europe/Paris"},
    )
    run = run_services.run_submit(pipeline=pipeline, user=user)
    # A second run of the same experiment, so the comparison can answer as well as refuse.
    rerun = run_services.run_submit(pipeline=pipeline, user=user)
    # A finished first step with a real DataFrame output, so the output and preview
    # views have something to read.
    StepRun.objects.filter(run=run, node_id="n0").update(
        status=StepStatus.COMPLETED, outputs={"dataset": dataset.versions.get().digest}, log="fuzz\n"
    )
    # A real-time endpoint with version 1 live, 2 promoted and 3 not live, so promote
    # and rollback can succeed as well as fail.
    for number in (1, 2, 3):
        deployment = endpoints.version_deploy(
            workspace_id=workspace.pk,
            name="fuzz-scores",
            model_digest=f"{number}" * 64,
            transform_digest="",
            task="regression",
            feature_columns=["x"],
            step_id=None,
            user_id=user.pk,
            make_live=False,
        )
        if number == 2:
            endpoints.endpoint_promote(endpoint=deployment.endpoint, user=user, version=2)
    # A completed training run and a real-time inference pipeline made from it.
    trained = completed_training_run(workspace=workspace, user=user)
    inference, _ = inference_pipeline_create(run=trained, user=user)
    return World(
        particular={
            "/api/runs/{run_id}/inference-pipeline/": {"run_id": trained.pk},
            "/api/pipelines/{pipeline_id}/deploy/": {"pipeline_id": inference.pk},
            "/api/datasets/{dataset_id}/versions/{version}/download/": {"version": 1},
        },
        queries={
            "/api/pipelines/{pipeline_id}/versions/diff/": {"from": 1, "to": 1},
            # Two runs of two pipelines: a run with one finished step, and a completed one.
            "/api/runs/diff/": {"a": run.pk, "b": trained.pk},
            "/api/experiments/{experiment_id}/compare/": {"runs": f"{run.pk},{rerun.pk}"},
        },
        token=out.getvalue().strip(),
        user=user,
        victim=victim,
        published_pipeline=published_pipeline,
        path_parameters={
            "pipeline_id": pipeline.pk,
            "run_id": run.pk,
            "node_id": "n0",
            "port": "dataset",
            "slug": "fuzz_total",
            "version": "1.0.0",
            "name": "missing.png",
            "schedule_id": schedule.pk,
            "dataset_id": dataset.pk,
            "digest": snapshot.digest,
            "number": 1,
            "workspace_id": workspace.pk,
            "username": "alice",
            "experiment_id": run.experiment_id,
        },
        endpoint="fuzz-scores",
    )


@pytest.fixture
def wsgi_app() -> Iterator[Any]:
    """Django's WSGI handler, minus the end-of-request connection cleanup: the test's
    transaction is open on that connection (Django's test client does the same)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield get_wsgi_application()
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@dataclass
class Tally:
    requests: Counter[str]
    seconds: Counter[str]
    failures: dict[tuple[str, str], str]
    unsatisfiable: list[str]


def has_inputs(operation: Any) -> bool:
    containers = (operation.path_parameters, operation.query, operation.body)
    return any(True for container in containers for _ in container)


def fuzz_operation(
    operation: Any, mode: GenerationMode, known: dict[str, Any], headers: dict[str, str], world: World, tally: Tally
) -> None:
    label = f"{operation.method.upper()} {operation.path}"
    strategy = operation.as_strategy(generation_mode=mode)
    # A known query is a valid one: it only goes with valid (positive) cases.
    query = world.queries.get(operation.path) if mode == GenerationMode.POSITIVE else None
    if known or query:
        strategy = st.one_of(
            strategy, operation.as_strategy(generation_mode=mode, path_parameters=known or None, query=query)
        )

    @given(case=strategy)
    @settings(
        max_examples=EXAMPLES if has_inputs(operation) else FIXED_EXAMPLES,
        deadline=None,
        database=None,
        phases=[Phase.generate],  # failures are collected, not shrunk: the budget is time
        suppress_health_check=list(HealthCheck),
    )
    def fuzz(case: Any) -> None:
        world.ensure_victim()
        response = case.call(headers=headers)
        tally.requests[label] += 1
        try:
            case.validate_response(response, checks=CHECKS, headers=headers)
        except FailureGroup as group:
            for failure in group.exceptions:
                curl = case.as_curl_command(headers=headers)
                tally.failures.setdefault((label, failure.title), f"{failure.title}\n{failure.message[:1500]}\n{curl}")

    started = time.monotonic()
    try:
        fuzz()
    except Unsatisfiable:
        # Nothing of this operation can be made invalid (no parameters, no body).
        tally.unsatisfiable.append(f"{mode.value} {label}")
    finally:
        tally.seconds[label] += time.monotonic() - started


@pytest.mark.wall_clock_budget
@pytest.mark.parametrize("share", range(SHARES), ids=lambda share: f"share{share + 1}of{SHARES}")
def test_the_whole_api_survives_fuzzing_and_answers_as_documented(
    share: int, world: World, wsgi_app: Any, redis_service: str, short_worker_inspection: None
) -> None:
    # redis_service: the broker is up, as in a deployment (GET /api/cluster/ asks it).
    # short_worker_inspection (tests/conftest.py): at the default timeout, the waits for
    # workers that are not there were a quarter of the fuzz run.
    schema = schemathesis.openapi.from_wsgi("/api/schema/", wsgi_app)
    headers = {"Authorization": f"Token {world.token}"}
    tally = Tally(requests=Counter(), seconds=Counter(), failures={}, unsatisfiable=[])
    started = time.monotonic()
    skipped = []
    operations = sorted((result.ok() for result in schema.get_all_operations()), key=lambda o: (o.path, o.method))
    for operation in operations[share::SHARES]:
        known = world.known_path_parameters(operation)
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            if time.monotonic() - started > TIME_BUDGET_SECONDS:
                skipped.append(f"{mode.value} {operation.method.upper()} {operation.path}")
                continue
            fuzz_operation(operation, mode, known, headers, world, tally)

    elapsed = time.monotonic() - started
    total = sum(tally.requests.values())
    print(f"\nfuzzed {total} requests over {len(tally.requests)} operations in {elapsed:.0f} s")
    for label, count in sorted(tally.requests.items()):
        print(f"  {count:5d} {tally.seconds[label]:5.1f} s  {label}")
    print("no invalid cases to generate for: " + ", ".join(tally.unsatisfiable))
    assert not tally.failures, "\n\n".join(f"{label}: {text}" for (label, _), text in tally.failures.items())
    assert not skipped, f"out of time after {total} requests; not fuzzed: {', '.join(skipped)}"
    assert total >= MIN_REQUESTS / SHARES, total


# What the fuzzer found once, replayed every time (the fuzzer's cases are random).
FOUND = [
    ("/api/runs/?pipeline=-1939354836219808186368", 400),  # was a 500: SQLite integer overflow
    ("/api/runs/?pipeline=99999999999999999999999", 400),
    ("/api/runs/?status=sleeping", 400),
    ("/api/datasets/?limit=43868807939123033870958592", 200),  # was a 500: LIMIT overflow
    ("/api/datasets/?offset=43868807939123033870958592", 200),
    ("/api/runs/{run_id}/steps/n0/outputs/dataset/?rows=5000", 400),
    ("/api/runs/{run_id}/steps/n0/outputs/dataset/?rows=ten", 400),
    ("/api/runs/abc/", 404),  # was Django's HTML 404 page
    ("/api/modules/%F2%96%A3%8C/", 404),
    ("/api/experiments/{experiment_id}/runs/?sort=color", 400),
    ("/api/experiments/{experiment_id}/runs/?metric.auc.min=high", 400),
    ("/api/experiments/{experiment_id}/runs/?param.keep.least=1", 400),
    ("/api/experiments/{experiment_id}/runs/?metric.auc.max=nan", 400),
    ("/api/experiments/{experiment_id}/runs/?status=completed,sleeping", 400),
]


def test_what_the_fuzzer_found_stays_fixed(world: World, subtests: pytest.Subtests) -> None:
    # One world for every case (building it takes seconds; the requests only read), each
    # case reported on its own.
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {world.token}")
    for path, status in FOUND:
        with subtests.test(path=path):
            response = client.get(path.format(**world.path_parameters))
            assert response.status_code == status, response.content
            assert response["Content-Type"] == "application/json"
            body = response.json()
            assert set(body) == ({"message", "extra"} if status >= 400 else {"count", "next", "previous", "results"})
