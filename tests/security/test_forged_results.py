"""A step cannot make the worker store a folder of its choosing.

The result a step reports travels on a pipe the step's own code can write to, so a
step can report any path as its output. The engine stores only the output folders of
the step's work directory, so a forged path gets the step nothing but a failure.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from django.conf import settings
from rest_framework.test import APIClient

from runner.models import RunStatus
from tests.integration.graphs import CSV, edge, node, script
from tests.integration.helpers import make_pipeline, steps_of, submit, wait_for_run

pytestmark = pytest.mark.integration


def test_a_forged_result_naming_another_folder_fails_the_step_and_stores_nothing_of_it(
    client: APIClient, alice: Any
) -> None:
    victim = Path(settings.ARTIFACT_ROOT) / "sha256" / "ee" / ("e" * 64)
    victim.mkdir(parents=True, exist_ok=True)
    pd.DataFrame({"salary": [123456]}).to_parquet(victim / "data.parquet")
    (victim / "manifest.json").write_text(json.dumps({"digest": "e" * 64, "type": "DataFrame", "files": {}}))
    forged = {"event": "result", "status": "completed", "error": "", "traceback": "", "outputs": {}}
    forged["outputs"] = {"result1": str(victim), "result2": str(victim)}
    body = f"""import os
line = {json.dumps(forged)!r}.encode() + b"\\n"
for fd in range(3, 64):
    try:
        if os.readlink(f"/proc/self/fd/{{fd}}").startswith("pipe:"):
            os.write(fd, line)
    except OSError:
        pass
os._exit(0)"""
    graph = {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": CSV}),
            node("forger", "execute_python_script", {"script": script(body)}),
        ],
        "edges": [edge("data", "dataset", "forger", "dataframe1")],
        "parameters": [],
    }

    run = wait_for_run(submit(client, make_pipeline(alice, graph))["id"])

    step = steps_of(run.pk)["forger"]
    assert run.status == RunStatus.FAILED
    assert step.error == "the step's outputs could not be stored: output result1 was not written as a folder"
    assert step.outputs == {}
    assert pd.read_parquet(victim / "data.parquet")["salary"].tolist() == [123456]


@pytest.mark.parametrize("port", ["../../../../etc", "a/b", "..", ".hidden"])
def test_a_custom_module_cannot_name_a_port_that_leaves_its_output_folder(alice: Any, modules: None, port: str) -> None:
    """Port names become folder names the worker reads outputs from."""
    from tests.integration.test_modules import SPEC_YAML, client_for, publish

    spec = SPEC_YAML.replace(
        "outputs: [{name: dataset, type: DataFrame}]", f'outputs: [{{name: "{port}", type: AnyFile}}]'
    )
    assert port in spec

    response = publish(client_for(alice), spec)

    assert response.status_code == 400
    assert f"output name {port!r} must be a Python identifier" in " | ".join(response.json()["extra"]["problems"])
