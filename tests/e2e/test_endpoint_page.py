"""In the browser: an endpoint's test form scores a row and shows the prediction."""

from __future__ import annotations

import json
from typing import Any

import pytest

from designer import services
from runner.models import Endpoint
from tests.e2e.test_canvas import log_in
from tests.integration.helpers import wait_for_run
from tests.integration.test_endpoints import deploy_graph

pytestmark = pytest.mark.e2e


def test_the_test_form_scores_a_row(page: Any, live_stack: Any, alice: Any, modules: None) -> None:
    from runner.services import run_submit

    pipeline = services.pipeline_create(
        workspace=services.workspace_default(user=alice), user=alice, name="deploy", graph=deploy_graph("iris-form")
    )
    assert wait_for_run(run_submit(pipeline=pipeline, user=alice).pk).status == "completed"
    assert Endpoint.objects.filter(name="iris-form").exists()

    log_in(page, live_stack.base_url, "alice", "alice-password")
    page.goto(f"{live_stack.base_url}/endpoints/iris-form/")
    row = {"sepal length (cm)": 6.7, "sepal width (cm)": 3.0, "petal length (cm)": 5.2, "petal width (cm)": 2.3}
    page.fill('[data-testid="score-input"]', json.dumps({"rows": [row]}))
    page.click('[data-testid="score-button"]')
    page.wait_for_selector('[data-testid="score-output"]:has-text("Scored Labels")')
    answer = json.loads(page.inner_text('[data-testid="score-output"]'))
    assert answer[0]["Scored Labels"] == 2  # virginica
