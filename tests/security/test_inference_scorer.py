"""A script in a real-time inference pipeline runs inside the endpoint's scorer on every
request: it is confined exactly as a step is (and as a model endpoint's scorer is), and
nothing it starts during a request outlives the request."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from designer.models import Pipeline
from runner import scoring
from runner.models import Endpoint
from tests.integration.graphs import edge, node, script
from tests.integration.helpers import make_pipeline, submit, update_graph, wait_for_run
from tests.security.test_step_survivors import processes_of

pytestmark = pytest.mark.integration

FEATURES = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"]
ROW = dict.fromkeys(FEATURES, 5.0)


def training_graph() -> dict[str, Any]:
    return {
        "schema": 1,
        "nodes": [
            node("load", "sample_dataset", {"name": "iris"}),
            node("features", "execute_python_script", {"script": script("return dataframe1,")}),
            node("split", "split_data", {"fraction": 0.7, "seed": 1}),
            node("algorithm", "logistic_regression", {}),
            node("train", "train_model", {"label_column": "label"}),
            node("score", "score_model", {}),
        ],
        "edges": [
            edge("load", "dataset", "features", "dataframe1"),
            edge("features", "result1", "split", "dataset"),
            edge("algorithm", "model", "train", "model"),
            edge("split", "train", "train", "dataset"),
            edge("train", "model", "score", "model"),
            edge("split", "test", "score", "dataset"),
        ],
        "parameters": [],
    }


def hostile_script(port: int, udp: tuple[str, int]) -> str:
    secret_key = Path(settings.DATA_DIR) / "secret_key"
    probes = {
        "secret": f"open({str(secret_key)!r}).read()",
        "data_dir": f"os.listdir({str(settings.DATA_DIR)!r})",
        "artifacts": f"os.listdir({str(settings.ARTIFACT_ROOT)!r})",
        "tmp_write": "open('/tmp/pipewright-inference-probe', 'w').write('x')",
        "tcp": f"socket.create_connection(('127.0.0.1', {port}), timeout=1)",
        "udp": f"socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', {udp!r})",
        "signal_test": f"os.kill({os.getpid()}, 9)",
    }
    body = "import os, socket, subprocess, sys\n"
    body += "".join(
        f"try:\n    {probe}\n    print({name!r}, 'reached', flush=True)\n"
        f"except Exception as exc:\n    print({name!r}, type(exc).__name__, flush=True)\n"
        for name, probe in probes.items()
    )
    # A survivor: a grandchild in a session of its own, sleeping.
    body += (
        'code = "import os, time\\nif os.fork() == 0:\\n    os.setsid()\\n    time.sleep(600)\\n"\n'
        "subprocess.run([sys.executable, '-c', code])\n"
        "print('uid', os.getuid(), flush=True)\n"
        "print('environ', sorted(os.environ), flush=True)\n"
    )
    return body + "def main(dataframe1, dataframe2):\n    return dataframe1,\n"


def test_a_script_in_an_inference_pipeline_is_confined_during_requests(client: APIClient, alice: Any) -> None:
    secret_key = Path(settings.DATA_DIR) / "secret_key"
    if not secret_key.exists():
        secret_key.write_text("test-secret")
    run = wait_for_run(submit(client, make_pipeline(alice, training_graph()))["id"], timeout=120)
    assert run.status == "completed", run.error
    created = client.post(f"/api/runs/{run.pk}/inference-pipeline/", {"kind": "realtime"}, format="json").json()
    inference = Pipeline.objects.get(pk=created["id"])
    with socket.socket() as web, socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        web.bind(("127.0.0.1", 0))
        web.listen()
        web.settimeout(1.0)
        udp.bind(("127.0.0.1", 0))
        udp.settimeout(1.0)
        graph = inference.graph
        for each in graph["nodes"]:
            if each["module"] == "execute_python_script":
                each["params"]["script"] = hostile_script(web.getsockname()[1], udp.getsockname())
        update_graph(client, inference, graph)
        deployed = client.post(f"/api/pipelines/{inference.pk}/deploy/", {"endpoint": "hostile"}, format="json")
        assert deployed.status_code == 201, deployed.content

        answered = client.post("/api/endpoints/hostile/score/", {"rows": [ROW]}, format="json")

        with pytest.raises(TimeoutError):
            web.accept()
        with pytest.raises(TimeoutError):
            udp.recvfrom(10)
    endpoint = Endpoint.objects.get(name="hostile")
    assert answered.status_code == 200, answered.content
    assert answered.json()["rows"][0]["Scored Labels"] in (0, 1, 2)
    lines = [line for line in scoring.read_endpoint_log(endpoint.pk).splitlines() if not line.startswith("[")]
    seen = dict(line.split(" ", 1) for line in lines if " " in line)
    for name in ("secret", "data_dir", "artifacts", "tmp_write", "tcp"):
        assert seen[name] == "PermissionError", (name, seen)
    assert seen["udp"] in ("OSError", "PermissionError") and seen["signal_test"] != "reached", seen
    assert "SECRET_KEY" not in seen["environ"] and "DATABASE_URL" not in seen["environ"]
    assert not Path("/tmp/pipewright-inference-probe").exists()
    if os.geteuid() == 0:
        uid = int(seen["uid"])
        assert uid >= 2_000_000_000
        # The survivor the request left is gone once the request is answered; the
        # scorer itself stays for the next request.
        assert scorer_only(uid)
        again = client.post("/api/endpoints/hostile/score/", {"rows": [ROW]}, format="json")
        assert again.status_code == 200 and scorer_only(uid)


def scorer_only(uid: int) -> bool:
    deadline = time.monotonic() + 3
    while len(processes_of(uid)) != 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    return len(processes_of(uid)) == 1
