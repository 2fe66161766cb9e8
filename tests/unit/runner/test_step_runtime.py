from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import joblib
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression

from runner.step_contract import StepSpec
from runner.step_runtime import ModelArtifact, ModuleError, StepContext, load_input, run_step, save_output
from runner.tables import DATAFRAME_FILE, read_frame


def custom(source: str, *, outputs: dict[str, str] | None = None, **fields: Any) -> StepSpec:
    return StepSpec(
        step_id="s1",
        module="my_module",
        version="1.0.0",
        entrypoint="main",
        source=source,
        outputs=outputs or {},
        **fields,
    )


def events_of(control: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in control.getvalue().splitlines()]


def test_a_module_error_fails_with_its_message_and_a_short_traceback(tmp_path: Path) -> None:
    source = (
        "from runner.step_runtime import ModuleError\n"
        "def main(ctx):\n"
        "    raise ModuleError(\"column 'price' not found in input dataset; available: a, b\")\n"
    )
    control = io.StringIO()

    result = run_step(custom(source), tmp_path, control)

    assert result.status == "failed"
    assert result.error == "column 'price' not found in input dataset; available: a, b"
    assert result.traceback.count('File "') <= 2
    assert events_of(control)[-1] == {
        "event": "result",
        "status": "failed",
        "error": result.error,
        "traceback": result.traceback,
        "outputs": {},
    }


def test_an_unexpected_error_in_a_builtin_reports_type_message_and_the_full_traceback(tmp_path: Path) -> None:
    # json.loads called as a module function raises a TypeError deep in the stdlib.
    spec = StepSpec(step_id="s1", module="broken", version="1.0.0", entrypoint="json:loads")

    result = run_step(spec, tmp_path, None)

    assert result.error == "TypeError: the JSON object must be str, bytes or bytearray, not StepContext"
    assert "step_runtime.py" in result.traceback
    assert "json/__init__.py" in result.traceback


def test_errors_in_a_custom_module_show_only_its_own_frames(tmp_path: Path) -> None:
    source = "import pandas as pd\n\ndef main(ctx):\n    return pd.DataFrame({'a': [1]})['b']\n"

    result = run_step(custom(source), tmp_path, None)

    assert result.error == "KeyError: 'b'"
    assert 'File "my_module.py", line 4, in main' in result.traceback
    assert result.traceback.count('File "') == 1


def test_outputs_are_saved_in_the_layout_of_their_port_type(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    source = (
        "import pandas as pd\n"
        "from sklearn.linear_model import LogisticRegression\n"
        "def main(ctx):\n"
        "    return {\n"
        "        'table': pd.DataFrame({0: [1, 2], 'b': ['x', None]}),\n"
        "        'model': LogisticRegression(C=0.5),\n"
        "        'metrics': {'kind': 'classification', 'metrics': {'accuracy': 0.9, 'auc': float('nan')}},\n"
        f"        'file': {str(tmp_path / 'notes.txt')!r},\n"
        "    }\n"
    )
    outputs = {"table": "DataFrame", "model": "Model", "metrics": "Metrics", "file": "AnyFile"}

    result = run_step(custom(source, outputs=outputs), tmp_path, None)

    assert result.status == "completed", result.error
    out = tmp_path / "outputs"
    assert result.outputs == {port: str(out / port) for port in outputs}
    table = read_frame(out / "table" / DATAFRAME_FILE)
    pd.testing.assert_frame_equal(table, pd.DataFrame({"0": [1, 2], "b": ["x", None]}))
    assert joblib.load(out / "model" / "model.joblib").C == 0.5
    meta = json.loads((out / "model" / "meta.json").read_text())
    assert meta["class"] == "sklearn.linear_model._logistic.LogisticRegression"
    assert meta["params"]["C"] == 0.5
    assert json.loads((out / "metrics" / "metrics.json").read_text())["metrics"] == {"accuracy": 0.9, "auc": None}
    assert (out / "file" / "notes.txt").read_text() == "hello"


def test_inputs_are_loaded_by_port_type(tmp_path: Path) -> None:
    save_output(pd.DataFrame({"a": [1]}), "DataFrame", tmp_path / "df", "df")
    save_output(ModelArtifact(LogisticRegression(), {"label": "y"}), "Model", tmp_path / "m", "m")
    save_output({"metrics": {"r2": 0.5}}, "Metrics", tmp_path / "met", "met")

    assert load_input(tmp_path / "df", "DataFrame", "df").to_dict("list") == {"a": [1]}
    model = load_input(tmp_path / "m", "Model", "m")
    assert isinstance(model, ModelArtifact) and model.meta["label"] == "y"
    assert load_input(tmp_path / "met", "Metrics", "met") == {"metrics": {"r2": 0.5}}
    assert load_input(tmp_path / "met", "AnyDirectory", "met") == tmp_path / "met"
    with pytest.raises(ModuleError, match=r"input 'x': the artifact at .* has no table \(data\.arrow or data\.parquet"):
        load_input(tmp_path / "met", "DataFrame", "x")


def test_an_unnamed_index_is_dropped_and_a_named_one_kept_as_columns(tmp_path: Path) -> None:
    picked = pd.DataFrame({"a": [1, 2, 3]}).iloc[[2, 0]]
    named = pd.DataFrame({"a": [1, 2]}, index=pd.Index(["x", "y"], name="key"))

    save_output(picked, "DataFrame", tmp_path / "picked", "picked")
    save_output(named, "DataFrame", tmp_path / "named", "named")

    assert read_frame(tmp_path / "picked" / DATAFRAME_FILE).to_dict("list") == {"a": [3, 1]}
    assert read_frame(tmp_path / "named" / DATAFRAME_FILE).to_dict("list") == {
        "key": ["x", "y"],
        "a": [1, 2],
    }


@pytest.mark.parametrize(
    "returned, message",
    [
        ("{}", "the module did not produce outputs: result"),
        ("{'result': pd.DataFrame(), 'extra': 1}", "the module returned unknown outputs: extra"),
        ("{'result': [1, 2]}", "output 'result': expected a DataFrame, got list"),
        ("{'result': pd.DataFrame([[1, 2]], columns=['a', 'a'])}", "output 'result': duplicate column names: a"),
        ("{'result': pd.DataFrame({'a': [1, 'x']})}", "output 'result' cannot be saved as a table"),
    ],
)
def test_bad_outputs_fail_naming_the_port(tmp_path: Path, returned: str, message: str) -> None:
    source = f"import pandas as pd\ndef main(ctx):\n    return {returned}\n"

    result = run_step(custom(source, outputs={"result": "DataFrame"}), tmp_path, None)

    assert result.status == "failed"
    assert result.error.startswith(message)


def test_a_missing_parameter_or_input_is_named(tmp_path: Path) -> None:
    param = run_step(custom("def main(ctx):\n    return ctx.params['fraction']\n"), tmp_path, None)
    port = run_step(custom("def main(ctx, *, dataset):\n    pass\n"), tmp_path, None)

    assert param.error == "parameter 'fraction' was not given"
    assert port.error == "required input 'dataset' is not connected"


def test_metrics_images_and_progress_are_sent_as_json_lines(tmp_path: Path) -> None:
    control = io.StringIO()
    ctx = StepContext(params={}, workdir=tmp_path, control=control)

    ctx.progress(0.25, "loading")
    ctx.progress(0.3)  # within 0.1 s of the last one: dropped
    ctx.log_metric("loss", float("inf"))
    ctx.log_metric("accuracy", 0.75)
    path = ctx.log_image("ROC curve", b"\x89PNG\r\n\x1a\nfake")
    ctx.progress(1.0, "done")

    assert path == tmp_path / "outputs" / "_images" / "ROC_curve.png"
    assert ctx.metrics == {"loss": None, "accuracy": 0.75}
    assert events_of(control) == [
        {"event": "progress", "fraction": 0.25, "message": "loading"},
        {"event": "metric", "name": "loss", "value": None},
        {"event": "metric", "name": "accuracy", "value": 0.75},
        {"event": "image", "name": "ROC_curve", "path": str(path)},
        {"event": "progress", "fraction": 1.0, "message": "done"},
    ]
    with pytest.raises(ModuleError, match="metric 'x' must be a number; got str"):
        ctx.log_metric("x", "high")  # type: ignore[arg-type]
    with pytest.raises(ModuleError, match="is not PNG data"):
        ctx.log_image("x", b"GIF89a")


def test_the_runtime_executors_and_previews_import_no_django() -> None:
    # The worker calls into these; they never call back, so Django must stay out.
    code = (
        "import sys, runner.step_runtime, runner.executors, runner.previews; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'django', 'celery', 'designer'}))"
    )
    root = Path(__file__).resolve().parents[3]
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(root)}

    output = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)

    assert output.stdout.strip() == "[]"
