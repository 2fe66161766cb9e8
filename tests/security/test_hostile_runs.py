"""Hostile user code in a real run: a real worker, its fork server and the sandbox."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from runner.executors import sandbox
from runner.models import RunStatus, StepStatus
from tests.integration.graphs import CSV, edge, node, script
from tests.integration.helpers import make_pipeline, steps_of, submit, wait_for_run

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not sandbox.landlock_abi(), reason="this kernel has no Landlock"),
]


@pytest.fixture
def client(alice: Any, modules: None, live_stack: Any) -> APIClient:
    api = APIClient()
    api.force_login(alice)
    return api


def one_script_graph(body: str) -> dict[str, Any]:
    return {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": CSV}),
            node("probe", "execute_python_script", {"script": script(body)}),
        ],
        "edges": [edge("data", "dataset", "probe", "dataframe1")],
        "parameters": [],
    }


def test_a_step_on_a_real_worker_cannot_reach_the_services_secrets_or_store(client: APIClient, alice: Any) -> None:
    probes = {
        "secret key file": str(Path(settings.DATA_DIR) / "secret_key"),
        "artifact store": str(Path(settings.ARTIFACT_ROOT)),
        "settings": str(Path(settings.BASE_DIR) / "designer" / "settings.py"),
    }
    redis_socket = settings.REDIS_URL.removeprefix("unix://") if settings.REDIS_URL.startswith("unix://") else ""
    body = f"""import os, socket
for name, path in {probes!r}.items():
    try:
        print(name, os.listdir(path) if os.path.isdir(path) else open(path).read())
    except OSError as exc:
        print(name, type(exc).__name__)
if {redis_socket!r}:
    try:
        socket.socket(socket.AF_UNIX).connect({redis_socket!r})
        print("redis", "connected")
    except OSError as exc:
        print("redis", type(exc).__name__)
print("env", sorted(k for k in os.environ if k in ("SECRET_KEY", "DATABASE_URL", "REDIS_URL")))
open(os.path.join({str(settings.ARTIFACT_ROOT)!r}, "planted"), "w")"""

    run = wait_for_run(submit(client, make_pipeline(alice, one_script_graph(body)))["id"])

    step = steps_of(run.pk)["probe"]
    assert run.status == RunStatus.FAILED
    assert step.status == StepStatus.FAILED
    assert step.error.startswith("PermissionError: [Errno 13] Permission denied:")
    lines = step.log.splitlines()
    for name in probes:
        assert f"{name} PermissionError" in lines
    if redis_socket and os.geteuid() == 0:
        assert "redis PermissionError" in lines
    assert "env []" in lines
    again = wait_for_run(submit(client, make_pipeline(alice, one_script_graph("return dataframe1,"), "again"))["id"])
    assert again.status == RunStatus.COMPLETED, again.error
