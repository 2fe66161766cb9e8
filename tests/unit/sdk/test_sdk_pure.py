"""The SDK's pure parts: parameter checks, step problems, the graph document a pipeline
becomes, script arguments, configuration. No server: the module specs are written here
the way GET /api/modules/ gives them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pipewright import Pipeline, PipelineData, PipelineParameter, PipewrightError, PythonScriptStep, Step, Workspace
from pipewright.steps import ModuleInfo, check_param_value
from pipewright.workspace import find_config

SPLIT = ModuleInfo.from_api(
    {
        "slug": "split_data",
        "version": "1.0.0",
        "name": "Split Data",
        "inputs": [{"name": "dataset", "type": "DataFrame"}],
        "outputs": [{"name": "train", "type": "DataFrame"}, {"name": "test", "type": "DataFrame"}],
        "params": [
            {"name": "fraction", "type": "float", "default": 0.7, "min": 0.0, "max": 1.0},
            {"name": "seed", "type": "int", "default": 42},
            {"name": "mode", "type": "choice", "default": "rows", "choices": ["rows", "stratified"]},
        ],
        "versions": [{"version": "1.0.0"}],
    }
)
ENTER = ModuleInfo.from_api(
    {
        "slug": "enter_data",
        "version": "1.0.0",
        "name": "Enter Data",
        "outputs": [{"name": "dataset", "type": "DataFrame"}],
        "params": [{"name": "text", "type": "text", "default": "", "required": True}],
    }
)
EVALUATE = ModuleInfo.from_api(
    {
        "slug": "evaluate_model",
        "version": "1.0.0",
        "name": "Evaluate",
        "outputs": [{"name": "metrics", "type": "Metrics"}],
    }
)

COMBINE = ModuleInfo.from_api(
    {
        "slug": "combine_rows",
        "version": "1.0.0",
        "name": "Combine Rows",
        "inputs": [{"name": "datasets", "type": "DataFrame", "multiple": True}],
        "outputs": [{"name": "dataset", "type": "DataFrame"}],
        "params": [],
    }
)


def workspace() -> Workspace:
    return Workspace("http://127.0.0.1:1", "token")


@pytest.mark.parametrize(
    ("spec", "value", "reason"),
    [
        ({"type": "int"}, 3, None),
        ({"type": "int"}, 3.0, None),
        ({"type": "int"}, "3", "must be an int, got str '3'"),
        ({"type": "int"}, True, "must be an int, got bool True"),
        ({"type": "float", "min": 0, "max": 1}, 1, None),
        ({"type": "float", "min": 0, "max": 1}, 1.5, "must be at most 1, got 1.5"),
        ({"type": "bool"}, 1, "must be a bool, got int 1"),
        ({"type": "columns"}, ["a", "b"], None),
        ({"type": "columns"}, "a", "must be a list of column names, got str 'a'"),
        ({"type": "choice", "choices": ["a", "b"]}, "c", "must be one of 'a', 'b', got 'c'"),
        ({"type": "code"}, "print(1)", None),
        ({"type": "something new"}, object, None),
    ],
)
def test_parameter_values_follow_jsons_types(spec: dict[str, object], value: object, reason: str | None) -> None:
    assert check_param_value(spec, value) == reason


def test_a_step_names_every_problem_at_construction() -> None:
    with pytest.raises(PipewrightError) as caught:
        Step(SPLIT, inputs={"data": PipelineData("x")}, params={"fractoin": 0.5, "seed": "1"}, name="split")
    problems = caught.value.extra["errors"]
    assert [(p["port"], p["param"]) for p in problems] == [
        ("data", None),
        ("dataset", None),
        (None, "fractoin"),
        (None, "seed"),
    ]
    assert "did you mean 'fraction'?" in str(caught.value)
    assert all(p["node_id"] == "split" for p in problems)


def test_a_wire_of_the_wrong_type_is_refused_and_an_output_goes_to_one_pipeline_data() -> None:
    metrics = PipelineData("metrics")
    Step(EVALUATE, outputs={"metrics": metrics})
    assert metrics.type == "Metrics"
    with pytest.raises(PipewrightError, match="takes a DataFrame, but 'metrics' is a Metrics"):
        Step(SPLIT, inputs={"dataset": metrics})
    with pytest.raises(PipewrightError, match="already the output"):
        Step(ENTER, params={"text": "x\n1"}, outputs={"dataset": metrics})
    with pytest.raises(PipewrightError, match="needs a value for its parameter 'text'"):
        Step(ENTER)


def test_a_pipeline_is_laid_out_left_to_right_with_its_upstream_steps_and_parameters() -> None:
    raw = PipelineData("raw")
    Step(ENTER, params={"text": "x\n1\n"}, outputs={"dataset": raw})
    left = Step(SPLIT, inputs={"dataset": raw}, params={"fraction": PipelineParameter("fraction", 0.5)})
    right = Step(SPLIT, inputs={"dataset": left.output("test")}, name="split again", allow_reuse=False)
    graph = Pipeline(workspace(), [right], name="layout").graph()
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert set(nodes) == {"split_again", "split_data", "enter_data"}
    assert nodes["enter_data"]["position"]["x"] < nodes["split_data"]["position"]["x"]
    assert nodes["split_data"]["position"]["x"] < nodes["split_again"]["position"]["x"]
    assert nodes["split_data"]["params"] == {"fraction": {"$param": "fraction"}}
    assert nodes["split_again"]["reuse"] is False and nodes["split_again"]["label"] == "split again"
    assert graph["parameters"] == [{"name": "fraction", "type": "float", "default": 0.5}]
    assert {(e["source"], e["source_port"], e["target"]) for e in graph["edges"]} == {
        ("enter_data", "dataset", "split_data"),
        ("split_data", "test", "split_again"),
    }


def test_a_many_wire_input_takes_a_list_and_writes_one_edge_per_item_in_order() -> None:
    branches = [Step(ENTER, params={"text": f"x\n{n}\n"}, name=f"branch{n}") for n in (1, 2, 3)]
    # The list's order is the wires' order (not the steps' names or creation order).
    combined = Step(COMBINE, inputs={"datasets": [branches[2].output(), branches[0].output(), branches[1].output()]})
    graph = Pipeline(workspace(), [combined], name="fan-in").graph()
    assert {n["id"] for n in graph["nodes"]} == {"combine_rows", "branch1", "branch2", "branch3"}
    assert [(e["source"], e["source_port"], e["target"], e["target_port"]) for e in graph["edges"]] == [
        ("branch3", "dataset", "combine_rows", "datasets"),
        ("branch1", "dataset", "combine_rows", "datasets"),
        ("branch2", "dataset", "combine_rows", "datasets"),
    ]
    # One PipelineData alone is still one wire.
    single = Step(COMBINE, inputs={"datasets": branches[0].output()}, name="single")
    assert len(Pipeline(workspace(), [single]).graph()["edges"]) == 1


def test_a_list_on_a_single_wire_input_or_a_bad_item_in_a_list_is_named() -> None:
    one, two = PipelineData("one"), PipelineData("two")
    with pytest.raises(PipewrightError) as caught:
        Step(SPLIT, inputs={"dataset": [one, two]}, name="split")
    assert "split_data input 'dataset' takes one wire, got a list of 2 (one, two)" in str(caught.value)
    assert [p["port"] for p in caught.value.extra["errors"]] == ["dataset"]
    metrics = PipelineData("metrics")
    Step(EVALUATE, outputs={"metrics": metrics})
    with pytest.raises(PipewrightError) as caught:
        Step(COMBINE, inputs={"datasets": [one, "two", metrics]})
    message = str(caught.value)
    assert "input 'datasets' must be a PipelineData (another step's output) or a list of them, got str" in message
    assert "takes a DataFrame, but 'metrics' is a Metrics" in message
    with pytest.raises(PipewrightError, match="input 'datasets' got an empty list"):
        Step(COMBINE, inputs={"datasets": []})
    # The catalogue's factories: a list at an input port's name is an input, not a parameter.
    ws = workspace()
    ws.modules._infos = {"split_data": SPLIT, "combine_rows": COMBINE}
    assert ws.modules.combine_rows(datasets=(one, two)).inputs == {"datasets": [one, two]}
    with pytest.raises(PipewrightError, match="input 'dataset' takes one wire"):
        ws.modules.split_data(dataset=[one, two])


def test_a_python_script_step_snapshots_its_folder_and_maps_inputs_outputs_and_arguments(tmp_path: Path) -> None:
    (tmp_path / "train.py").write_text("import helpers\n")
    (tmp_path / "helpers.py").write_text("X = 1\n")
    first, second, out = PipelineData("first"), PipelineData("second"), PipelineData("out")
    step = PythonScriptStep(
        "train.py",
        source_directory=tmp_path,
        arguments=["--in", first, "--out", out, "--k", 3],
        inputs=[first, second],
        outputs=[out],
        requirements=["scikit-learn>=1.3", "numpy"],
        compute_target="gpu",
    )
    assert step.name == "train"
    assert step.arguments == ["--in", "${{inputs.dataframe1}}", "--out", "${{outputs.result1}}", "--k", "3"]
    assert step.inputs == {"dataframe1": first, "dataframe2": second} and out.port == "result1"
    assert step.snapshot.names() == ["helpers.py", "train.py"]
    node = step.node("train")
    assert node["module"] == "execute_python_script" and node["compute"] == "gpu"
    assert node["params"]["requirements"] == "scikit-learn>=1.3\nnumpy"
    assert node["params"]["source_snapshot"] == step.snapshot.digest and node["params"]["script"] == ""
    assert node["params"]["entry_script"] == "train.py"
    assert json.loads(node["params"]["arguments"]) == step.arguments
    # Saving takes the snapshot again: an edited helper is a new digest.
    (tmp_path / "helpers.py").write_text("X = 2\n")
    assert step.refresh_snapshot().digest != node["params"]["source_snapshot"]
    assert step.params["source_snapshot"] == step.snapshot.digest
    with pytest.raises(PipewrightError, match="at most 2 inputs"):
        PythonScriptStep("train.py", source_directory=tmp_path, inputs=[first, second, out])
    with pytest.raises(PipewrightError, match=r"'missing\.py' is not in the snapshot"):
        PythonScriptStep("missing.py", source_directory=tmp_path)
    with pytest.raises(PipewrightError, match="not among the step's inputs or outputs; list it there too"):
        PythonScriptStep("train.py", source_directory=tmp_path, arguments=["--in", PipelineData("stray")])
    # Without a source_directory, the script alone is the snapshot.
    alone = PythonScriptStep(str(tmp_path / "train.py"))
    assert alone.snapshot.names() == ["train.py"] and alone.params["entry_script"] == "train.py"


def test_configuration_comes_from_the_environment_or_the_nearest_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PIPEWRIGHT_URL", raising=False)
    monkeypatch.delenv("PIPEWRIGHT_TOKEN", raising=False)
    nested = tmp_path / "project" / "notebooks"
    nested.mkdir(parents=True)
    monkeypatch.chdir(nested)
    with pytest.raises(PipewrightError, match=r"no config\.json"):
        Workspace.from_config()
    (tmp_path / "project" / "config.json").write_text(
        json.dumps({"url": "http://a:8000/", "token": "t", "workspace": 3})
    )
    assert find_config(nested) == tmp_path / "project" / "config.json"
    ws = Workspace.from_config()
    assert (ws.url, ws.workspace) == ("http://a:8000", 3)
    monkeypatch.setenv("PIPEWRIGHT_URL", "http://b:9000")
    monkeypatch.setenv("PIPEWRIGHT_TOKEN", "other")
    assert Workspace.from_config().url == "http://b:9000"
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    with pytest.raises(PipewrightError, match='"url" and "token"'):
        Workspace.from_config(bad)


def test_the_readme_quotes_the_quickstart_example_as_it_is() -> None:
    root = Path(__file__).resolve().parents[3]
    example = (root / "sdk" / "examples" / "quickstart.py").read_text()
    body = example.split('"""', 2)[2].lstrip("\n")
    readme = (root / "README.md").read_text()
    assert f"```python\n{body}```" in readme, "README's Code-first example differs from sdk/examples/quickstart.py"


def test_a_step_carries_its_label_comment_time_limit_and_retries_and_a_pipeline_its_declared_parameters() -> None:
    raw = PipelineData("raw")
    Step(ENTER, params={"text": "x\n1\n"}, outputs={"dataset": raw}, name="data", label="", comment="from a note")
    split = Step(
        SPLIT,
        inputs={"dataset": raw},
        name="split",
        label="Split 70/30",
        timeout_seconds=12.5,
        max_retries=2,
        retry_on=("timeout",),
    )
    unused = PipelineParameter("unused", 1, type="float")
    graph = Pipeline(workspace(), [split], parameters=[unused]).graph()
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert (nodes["data"]["label"], nodes["data"]["comment"]) == ("", "from a note")
    assert "timeout_seconds" not in nodes["data"] and "max_retries" not in nodes["data"]
    assert nodes["split"]["label"] == "Split 70/30"
    assert (nodes["split"]["timeout_seconds"], nodes["split"]["max_retries"]) == (12.5, 2)
    assert nodes["split"]["retry_on"] == ["timeout"]
    # A parameter no step uses yet is kept, in the declared order.
    assert graph["parameters"] == [{"name": "unused", "type": "float", "default": 1}]
