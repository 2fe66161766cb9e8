"""The Python SDK (sdk/, import name pipewright) against the live server and worker.

Each test talks to the real Daphne and Celery worker of the live_stack fixture through
the SDK, with API tokens, as a notebook would.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from pipewright import (
    Dataset,
    Experiment,
    ModuleStep,
    Pipeline,
    PipelineData,
    PipelineParameter,
    PipelineRun,
    PipewrightError,
    PublishedPipeline,
    PythonScriptStep,
    Schedule,
    Workspace,
)
from rest_framework.authtoken.models import Token

from designer import versions
from designer.models import Pipeline as StoredPipeline

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "sdk" / "examples"

SCRIPT = """\
import argparse
import os

import pandas as pd
from pipewright_step import log_metric

parser = argparse.ArgumentParser()
parser.add_argument("--input")
parser.add_argument("--output")
parser.add_argument("--mode")
args = parser.parse_args()
frame = pd.read_parquet(args.input)
print(f"script saw {len(frame)} rows in mode {args.mode}")
log_metric("rows", len(frame))
os.makedirs(args.output)
frame.assign(y=frame["y"] + 1).to_parquet(os.path.join(args.output, "result.parquet"))
"""

# A program and a helper module it imports, as a source_directory holds them.
TRAIN = """\
import argparse
import os

import pandas as pd

import helpers

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()
    frame = helpers.transform(pd.read_parquet(args.input))
    os.makedirs(args.output, exist_ok=True)
    frame.to_csv(os.path.join(args.output, "scored.csv"), index=False)
"""
HELPERS = "OFFSET = {offset}\n\n\ndef transform(frame):\n    return frame.assign(y=frame['y'] + OFFSET)\n"


def workspace_of(user: Any, live_stack: Any) -> Workspace:
    token, _ = Token.objects.get_or_create(user=user)
    return Workspace(live_stack.base_url, token.key)


@pytest.fixture
def ws(alice: Any, modules: None, live_stack: Any) -> Workspace:
    return workspace_of(alice, live_stack)


def numbers(rows: int = 10) -> pd.DataFrame:
    return pd.DataFrame({"x": list(range(rows)), "y": [float(2 * i) for i in range(rows)], "name": ["n"] * rows})


def three_steps(ws: Workspace, tmp_path: Path, fraction: Any = 0.7) -> tuple[Pipeline, PythonScriptStep]:
    (tmp_path / "add_one.py").write_text(SCRIPT)
    Dataset.upload(ws, "numbers", numbers())
    raw, train, result = PipelineData("raw"), PipelineData("train"), PipelineData("result")
    ws.modules.import_data(name="load", dataset="numbers", outputs={"dataset": raw})
    ws.modules.split_data(name="split", dataset=raw, fraction=fraction, randomize=False, outputs={"train": train})
    script = PythonScriptStep(
        "add_one.py",
        source_directory=tmp_path,
        arguments=["--input", train, "--output", result, "--mode", 1],
        inputs=[train],
        outputs=[result],
    )
    return Pipeline(ws, [script], name="sdk three steps"), script


def test_a_dataframe_uploads_as_a_dataset_and_reads_back(ws: Workspace, tmp_path: Path) -> None:
    frame = numbers()
    first = Dataset.upload(ws, "numbers", frame, description="from a notebook")
    assert (first.version, first.row_count) == (1, 10)
    csv = tmp_path / "more.csv"
    csv.write_text("x,y,name\n1,2.5,a\n")
    assert Dataset.upload(ws, "numbers", csv).version == 2

    newest = Dataset.get(ws, "numbers")
    assert newest.version == 2
    assert newest.to_pandas_dataframe().to_dict("list") == {"x": [1], "y": [2.5], "name": ["a"]}
    pd.testing.assert_frame_equal(Dataset.get(ws, "numbers", version=1).to_pandas_dataframe(), frame)
    assert set(ws.datasets) == {"numbers"}

    with pytest.raises(PipewrightError, match="has no version 3"):
        Dataset.get(ws, "numbers", version=3)
    with pytest.raises(PipewrightError, match="'prices' not found"):
        Dataset.get(ws, "prices")


def test_a_step_with_a_wrong_parameter_name_type_and_port_names_all_three_at_once(ws: Workspace) -> None:
    raw = PipelineData("raw")
    ws.modules.enter_data(text="x\n1\n", outputs={"dataset": raw})
    with pytest.raises(PipewrightError) as caught:
        ws.modules.split_data(name="split", data=raw, fractoin=0.7, seed="7")
    message = str(caught.value)
    assert "split_data has no input port 'data'" in message and "dataset (DataFrame)" in message
    assert "split_data has no parameter 'fractoin' (did you mean 'fraction'?)" in message
    assert "split_data parameter 'seed' (int) must be an int, got str '7'" in message
    assert "split_data needs its input 'dataset' (DataFrame)" in message
    assert {(e["port"], e["param"]) for e in caught.value.extra["errors"]} == {
        ("data", None),
        (None, "fractoin"),
        (None, "seed"),
        ("dataset", None),
    }

    # A wire of the wrong type: a Metrics output into a DataFrame input.
    metrics = PipelineData("metrics")
    ModuleStep(ws, "evaluate_model", inputs={"scored": raw}, outputs={"metrics": metrics})
    with pytest.raises(PipewrightError, match="input 'dataset' takes a DataFrame, but 'metrics' is a Metrics"):
        ModuleStep(ws, "split_data", inputs={"dataset": metrics})
    with pytest.raises(PipewrightError, match="no module 'split_dta' in the catalogue \\(did you mean 'split_data'"):
        ModuleStep(ws, "split_dta")


def test_validate_returns_every_problem_of_a_pipeline_at_once(ws: Workspace, tmp_path: Path) -> None:
    pipeline, script = three_steps(ws, tmp_path)
    assert [p for p in pipeline.validate() if p.severity == "error"] == []

    # Steps edited after they were built are checked again, with the server's own checks.
    split = next(s for s in pipeline.steps if s.name == "split")
    split.params["fractoin"] = split.params.pop("fraction")
    split.params["seed"] = "seven"
    script.inputs["dataframe3"] = script.inputs.pop("dataframe1")
    split.compute_target = "gpu-nowhere"
    problems = pipeline.validate()
    found = {(p.step, p.port, p.param) for p in problems if p.severity == "error"}
    assert {("split", None, "fractoin"), ("split", None, "seed"), ("add_one", "dataframe3", None)} <= found
    assert any(p.step == "split" and "gpu-nowhere" in p.message for p in problems), problems
    # Each save the SDK made (one per validate) is a version of the pipeline's history.
    stored = StoredPipeline.objects.get(pk=pipeline.id)
    assert [v.number for v in versions.version_list(pipeline=stored)] == list(range(stored.revision, 0, -1))
    assert stored.revision >= 2
    assert versions.version_graph(versions.version_get(pipeline=stored, number=stored.revision)) == stored.graph


def test_a_pipeline_runs_streams_its_logs_and_gives_metrics_and_outputs(ws: Workspace, tmp_path: Path) -> None:
    pipeline, script = three_steps(ws, tmp_path)
    run = Experiment(ws, "sdk").submit(pipeline)
    output = io.StringIO()
    reads: list[str] = []
    ws._client.session.hooks["response"].append(lambda response, *a, **k: reads.append(response.request.path_url))
    assert run.wait_for_completion(show_output=True, timeout=120, stream=output) == "completed"
    ws._client.session.hooks["response"].clear()
    shown = output.getvalue()
    assert "[add_one] script saw 7 rows in mode 1" in shown
    assert shown.count("script saw 7 rows") == 1, shown
    assert "[load] completed" in shown and f"run {run.id} (#1): completed" in shown
    # Followed over the websocket with the token: no status polling, one read of the run
    # at the end, and the script's log line came over the socket (its log is read once,
    # when the step has finished, for anything the socket had not brought yet).
    assert reads.count(f"/api/runs/{run.id}/status/") == 1 and reads.count(f"/api/runs/{run.id}/") == 1
    assert reads.count(f"/api/runs/{run.id}/steps/add_one/logs/") == 1
    assert shown.index("[add_one] script saw") < shown.index("[add_one] completed"), shown

    assert run.get_metrics() == {"add_one": {"rows": 7.0}}
    result = run.step(script).get_output("result1")
    assert result["y"].tolist() == [2 * i + 1.0 for i in range(7)]
    assert run.step("split").get_output("test")["x"].tolist() == [7, 8, 9]
    assert run.get_status() == "completed"
    assert {s.node_id: s.status for s in run.get_steps()} == {
        "load": "completed",
        "split": "completed",
        "add_one": "completed",
    }

    # The pipeline is a draft on the canvas, laid out left to right by depth.
    graph = ws._client.get(f"/api/pipelines/{pipeline.id}/")["graph"]
    x = {n["id"]: n["position"]["x"] for n in graph["nodes"]}
    assert x["load"] < x["split"] < x["add_one"]
    assert {(e["source"], e["target"], e["target_port"]) for e in graph["edges"]} == {
        ("load", "split", "dataset"),
        ("split", "add_one", "dataframe1"),
    }

    # The same pipeline again: every step is reused from the first run.
    again = Experiment(ws, "sdk").submit(pipeline)
    assert again.wait_for_completion(show_output=False, timeout=60) == "completed"
    assert {s.status for s in again.get_steps()} == {"reused"}

    # Both runs are in the experiment "sdk", created by the first submit, each with the
    # script's logged metric as its main metric (the reused run's came with its steps).
    assert [e.name for e in Experiment.list(ws)] == ["sdk"]
    experiment = Experiment(ws, "sdk")
    assert experiment.get_details()["run_count"] == 2
    listed = experiment.get_runs()
    assert [r.id for r in listed] == [again.id, run.id]
    assert all(r.row is not None and r.row["metrics"] == {"rows": 7.0} for r in listed)
    assert listed[0].row is not None and listed[0].row["main_metric"]["name"] == "rows"
    assert [r.id for r in experiment.get_runs(sort="number", status="completed")] == [run.id, again.id]
    assert listed[1].get_status() == "completed"
    with pytest.raises(PipewrightError, match="not found"):
        Experiment(ws, "never submitted").get_runs()


def test_without_the_websockets_package_a_run_is_followed_by_polling(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "websockets.sync.client", None)  # import fails as if not installed
    pipeline, _script = three_steps(ws, tmp_path)
    run = Experiment(ws, "sdk").submit(pipeline)
    output = io.StringIO()
    assert run.wait_for_completion(show_output=True, timeout=120, stream=output, poll_interval=0.2) == "completed"
    shown = output.getvalue()
    assert shown.count("[add_one] script saw 7 rows in mode 1") == 1, shown
    assert f"run {run.id} (#1): completed" in shown and shown.count("[add_one] completed") == 1


def test_a_failing_script_raises_with_its_error(ws: Workspace, tmp_path: Path) -> None:
    (tmp_path / "boom.py").write_text("def check():\n    raise ValueError('no good')\n\n\ncheck()\n")
    data = PipelineData("data")
    ws.modules.enter_data(name="data", text="x\n1\n", outputs={"dataset": data})
    pipeline = Pipeline(ws, [PythonScriptStep("boom.py", source_directory=tmp_path, inputs=[data])])
    run = Experiment(ws, "sdk").submit(pipeline)
    with pytest.raises(PipewrightError, match="failed") as caught:
        run.wait_for_completion(show_output=False, timeout=60)
    assert "no good" in caught.value.extra["failed_steps"]["boom"]


def test_a_failed_run_resumes_with_what_finished_reused(ws: Workspace, tmp_path: Path) -> None:
    (tmp_path / "boom.py").write_text("raise ValueError('no good')\n")
    data = PipelineData("data")
    ws.modules.enter_data(name="data", text="x\n1\n", outputs={"dataset": data})
    pipeline = Pipeline(ws, [PythonScriptStep("boom.py", source_directory=tmp_path, inputs=[data])])
    run = Experiment(ws, "sdk").submit(pipeline)
    assert run.wait_for_completion(show_output=False, timeout=60, raise_on_error=False) == "failed"
    assert run.resumed_from is None

    resumed = run.resume(with_fix=True)  # nothing was fixed: the script fails again
    assert (resumed.resumed_from, resumed.number) == (run.id, run.number + 1)
    assert resumed.wait_for_completion(show_output=False, timeout=60, raise_on_error=False) == "failed"
    assert resumed.step("data").status == "reused"
    assert resumed.step("boom").status == "failed"
    with pytest.raises(PipewrightError, match="only a failed or canceled run can be resumed") as refused:
        Experiment(ws, "sdk").submit(Pipeline(ws, [ws.modules.enter_data(name="ok", text="x\n1\n")])).resume()
    assert refused.value.status == 400


def test_publish_trigger_schedule_and_another_user_sees_none_of_it(
    ws: Workspace, tmp_path: Path, bob: Any, live_stack: Any
) -> None:
    pipeline, script = three_steps(ws, tmp_path, fraction=PipelineParameter("fraction", 0.7))
    published = pipeline.publish("sdk-numbers", description="from the SDK")
    assert (published.endpoint, published.version) == ("sdk-numbers", 1)

    run = published.submit({"fraction": 0.5}, experiment_name="triggered")
    assert run.wait_for_completion(show_output=False, timeout=120) == "completed"
    assert run.get_details()["trigger"] == "endpoint"
    assert run.get_details()["experiment"] == "triggered"
    assert [r.id for r in Experiment(ws, "triggered").get_runs()] == [run.id]
    assert len(run.step(script).get_output("result1")) == 5
    again = PublishedPipeline.get(ws, "sdk-numbers").submit({"fraction": 0.5}, idempotency_key="same")
    assert PublishedPipeline.get(ws, "sdk-numbers").submit({"fraction": 0.5}, idempotency_key="same").id == again.id

    schedule = Schedule.create(ws, published, interval_seconds=3600, parameters={"fraction": 0.6})
    assert schedule.details["kind"] == "interval" and schedule.details["enabled"] is True
    assert schedule.disable().details["enabled"] is False
    nightly = Schedule.create(ws, "sdk-numbers", cron="0 3 * * *", timezone="Europe/Paris")
    assert nightly.details["timezone"] == "Europe/Paris"

    intruder = workspace_of(bob, live_stack)
    for attempt in (
        lambda: PipelineRun.get(intruder, run.id),
        # The websocket refuses bob's token for alice's run (4403); polling then gets a 404.
        lambda: PipelineRun(intruder, {"id": run.id}).wait_for_completion(show_output=True, timeout=30),
        lambda: intruder._client.get(f"/api/pipelines/{pipeline.id}/"),
        lambda: PublishedPipeline.get(intruder, "sdk-numbers"),
        lambda: Dataset.get(intruder, "numbers"),
        lambda: Experiment(intruder, "triggered").get_runs(),
    ):
        with pytest.raises(PipewrightError) as caught:
            attempt()
        assert caught.value.status == 404, caught.value
    assert Experiment.list(intruder) == []


def test_the_readme_quickstart_runs_against_the_server(
    ws: Workspace, alice: Any, tmp_path: Path, live_stack: Any
) -> None:
    token, _ = Token.objects.get_or_create(user=alice)
    env = {**os.environ, "PIPEWRIGHT_URL": live_stack.base_url, "PIPEWRIGHT_TOKEN": token.key}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "quickstart.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "[scale] scaling 14 rows by 3.0" in done.stdout
    assert "metrics: {'scale': {'rows': 14.0}}" in done.stdout
    assert "on the canvas: " + live_stack.base_url + "/pipelines/" in done.stdout


def test_three_branches_combine_through_a_many_wire_input_and_polling_reads_the_full_run_only_on_change(
    ws: Workspace,
) -> None:
    branches = [
        ws.modules.enter_data(name="one", text="x,y\n1,a\n2,b\n"),
        ws.modules.enter_data(name="two", text="y,x\nc,3\n"),
        ws.modules.enter_data(name="three", text="x,y\n4,d\n5,e\n"),
    ]
    # The list's order is the wires' order: the third branch's rows come first.
    combine = ws.modules.combine_rows(
        name="all",
        datasets=[branches[2].output(), branches[0].output(), branches[1].output()],
        source_column="branch",
    )
    pipeline = Pipeline(ws, [combine], name="sdk fan-in")
    assert pipeline.validate() == []
    graph = ws._client.get(f"/api/pipelines/{pipeline.id}/")["graph"]
    assert [(e["source"], e["target"], e["target_port"]) for e in graph["edges"]] == [
        ("three", "all", "datasets"),
        ("one", "all", "datasets"),
        ("two", "all", "datasets"),
    ]

    # Every answer the SDK gets while it follows the run.
    seen: list[tuple[str, int, bool]] = []

    def record(response: Any, *args: Any, **kwargs: Any) -> None:
        request = response.request
        seen.append((request.path_url, response.status_code, "If-None-Match" in request.headers))

    ws._client.session.hooks["response"].append(record)
    run = Experiment(ws, "sdk").submit(pipeline)
    assert run.wait_for_completion(show_output=False, timeout=120, poll_interval=0.1) == "completed"
    status_url, run_url = f"/api/runs/{run.id}/status/", f"/api/runs/{run.id}/"
    statuses = [(code, conditional) for path, code, conditional in seen if path == status_url]
    full_reads = [path for path, _code, _conditional in seen if path == run_url]
    # Polling asks for the light status, with the last ETag once it has one; the full run
    # (every step, the frozen graph) is read only after the status changed.
    assert statuses[0][1] is False and all(conditional for _code, conditional in statuses[1:])
    assert 1 <= len(full_reads) <= sum(1 for code, _ in statuses if code == 200)

    # The run has finished: once the SDK has read its last status (the loop may have
    # stopped on a full read newer than its status), reading it again costs one empty
    # 304 each, and no full read.
    run.refresh()
    seen.clear()
    assert {s.node_id: s.status for s in run.get_steps()} == {n: "completed" for n in ("one", "two", "three", "all")}
    assert run.get_status() == "completed"
    assert seen == [(status_url, 304, True), (status_url, 304, True)]
    ws._client.session.hooks["response"].remove(record)

    combined = run.step(combine).get_output("dataset")
    assert combined["x"].tolist() == [4, 5, 1, 2, 3]
    assert combined["y"].tolist() == ["d", "e", "a", "b", "c"]
    assert combined["branch"].tolist() == [1, 1, 2, 2, 3]


def test_a_source_folder_is_snapshotted_and_only_a_change_to_its_files_reruns_the_step(
    ws: Workspace, tmp_path: Path
) -> None:
    source = tmp_path / "src"
    source.mkdir()
    (source / "train.py").write_text(TRAIN)
    (source / "helpers.py").write_text(HELPERS.format(offset=1))
    (source / ".pwignore").write_text("*.log\n")
    data, scored = PipelineData("data"), PipelineData("scored")
    ws.modules.enter_data(name="data", text="x,y\n1,1.0\n2,2.0\n", outputs={"dataset": data})
    train = PythonScriptStep(
        "train.py",
        source_directory=source,
        arguments=["--input", data, "--output", scored],
        inputs=[data],
        outputs=[scored],
    )
    pipeline = Pipeline(ws, [train], name="sdk snapshot")
    uploads: list[str] = []

    def record(response: Any, *args: Any, **kwargs: Any) -> None:
        if response.request.method == "POST" and response.request.path_url == "/api/snapshots/":
            uploads.append(response.request.path_url)

    ws._client.session.hooks["response"].append(record)

    def run_train() -> dict[str, Any]:
        run = Experiment(ws, "sdk").submit(pipeline)
        assert run.wait_for_completion(show_output=False, timeout=120) == "completed"
        step = run.step(train)
        return {"status": step.status, "reasons": step.state["reasons"], "y": step.get_output("result1")["y"].tolist()}

    first = run_train()
    assert first["status"] == "completed" and first["y"] == [2.0, 3.0] and len(uploads) == 1

    # The same folder: the step is reused, and nothing is uploaded again.
    (source / "__pycache__").mkdir()
    (source / "__pycache__" / "helpers.cpython-311.pyc").write_bytes(b"\x00bytecode")
    (source / "debug.log").write_text("excluded by .pwignore\n")
    again = run_train()
    assert again["status"] == "reused" and "unchanged" in again["reasons"][0] and len(uploads) == 1

    # A change to the helper, not to the script the step names, re-runs it and says why.
    (source / "helpers.py").write_text(HELPERS.format(offset=10))
    edited = run_train()
    assert edited["status"] == "completed" and edited["y"] == [11.0, 12.0] and len(uploads) == 2
    assert len(edited["reasons"]) == 1 and edited["reasons"][0].startswith("source snapshot changed ("), edited

    # Grown over the cap since the step was built: refused before anything is sent.
    runs_before = len(ws._client.all_pages("/api/runs/"))
    (source / "weights.bin").write_bytes(b"\0" * (26 * 1024 * 1024))
    with pytest.raises(PipewrightError, match=r"holds 26\.0 MB in 4 files, over the snapshot limit of 25\.0 MB"):
        Experiment(ws, "sdk").submit(pipeline)
    assert len(uploads) == 2 and len(ws._client.all_pages("/api/runs/")) == runs_before
    ws._client.session.hooks["response"].remove(record)
