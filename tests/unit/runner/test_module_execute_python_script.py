from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from runner.modules.execute_python_script import DEFAULT_SCRIPT


@pytest.fixture
def frame() -> pd.DataFrame:
    return pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})


def script(source: str) -> dict[str, str]:
    return {"script": textwrap.dedent(source)}


def test_the_default_script_passes_dataframe1_through(run_module: Any, frame: pd.DataFrame) -> None:
    run = run_module("execute_python_script", params={"script": DEFAULT_SCRIPT}, dataframe1=frame)

    assert run.result.status == "completed", run.error
    pd.testing.assert_frame_equal(run.outputs["result1"], frame)
    assert run.outputs["result2"].shape == (0, 0)


def test_main_gets_both_inputs_and_returns_two_frames(run_module: Any, frame: pd.DataFrame) -> None:
    source = """
        import pandas as pd

        def main(dataframe1, dataframe2):
            joined = pd.concat([dataframe1, dataframe2], ignore_index=True)
            return joined, joined.describe()
    """
    run = run_module("execute_python_script", params=script(source), dataframe1=frame, dataframe2=frame)

    assert len(run.outputs["result1"]) == 6
    assert list(run.outputs["result2"]["a"].round(3)) == [6.0, 2.0, 0.894, 1.0, 1.25, 2.0, 2.75, 3.0]


def test_log_metric_log_image_and_progress_are_globals_of_the_script(run_module: Any) -> None:
    source = """
        def main(dataframe1, dataframe2):
            progress(0.5, "halfway")
            log_metric("rows", 3)
            log_image("pixel", b"\\x89PNG\\r\\n\\x1a\\n...")
    """
    run = run_module("execute_python_script", params=script(source))

    assert run.result.metrics == {"rows": 3.0}
    assert [Path(p).name for p in run.result.images] == ["pixel.png"]
    assert {"event": "progress", "fraction": 0.5, "message": "halfway"} in run.events


def test_an_exception_shows_only_the_frames_of_the_users_script(run_module: Any) -> None:
    source = """
        def helper(frame):
            return frame["price"]

        def main(dataframe1, dataframe2):
            return helper(dataframe1)
    """
    run = run_module("execute_python_script", params=script(source), dataframe1=pd.DataFrame({"a": [1]}))

    assert run.result.status == "failed"
    assert run.error == "KeyError: 'price'"
    frames = [line.strip() for line in run.result.traceback.splitlines() if line.strip().startswith("File ")]
    assert frames == ['File "script.py", line 6, in main', 'File "script.py", line 3, in helper']
    assert 'return frame["price"]' in run.result.traceback
    assert "step_runtime" not in run.result.traceback
    assert "pandas" not in run.result.traceback


def test_a_syntax_error_points_at_the_line(run_module: Any) -> None:
    run = run_module("execute_python_script", params=script("def main(a, b):\n    return (\n"))

    assert run.error.startswith("SyntaxError: ")
    assert 'File "script.py", line 2' in run.result.traceback


@pytest.mark.parametrize(
    "source, message",
    [
        ("x = 1", "the script must define a function main(dataframe1, dataframe2)"),
        ("def main(df):\n    return df", "main() must accept two arguments, (dataframe1, dataframe2): too many"),
        (
            "def main(a, b):\n    return 42",
            "main() must return None, a DataFrame or a tuple of up to two DataFrames; got int",
        ),
        ("def main(a, b):\n    return a, b, a", "main() returned 3 values; it can return at most two DataFrames"),
        ("def main(a, b):\n    return None, [1]", "main() returned a list as value 2; expected a DataFrame"),
    ],
)
def test_a_script_that_breaks_the_contract_fails_saying_how(run_module: Any, source: str, message: str) -> None:
    run = run_module("execute_python_script", params={"script": source})

    assert run.result.status == "failed"
    assert run.error.startswith(message)


def test_requirements_are_checked_before_the_script_runs(run_module: Any) -> None:
    body = "def main(a, b):\n    print('ran')\n"
    met = run_module("execute_python_script", params={"script": body, "requirements": "pandas>=2  # ok\n\nnumpy"})
    missing = run_module("execute_python_script", params={"script": body, "requirements": "no-such-package-xyz==1.0"})
    old = run_module("execute_python_script", params={"script": body, "requirements": "pandas<1"})

    assert met.result.status == "completed", met.error
    assert missing.error.startswith("requirement 'no-such-package-xyz==1.0' is not met: no-such-package-xyz is not")
    assert old.error.startswith("requirement 'pandas<1' is not met: pandas 3.")


def test_python_files_in_the_bundle_are_importable(run_module: Any, tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "helpers.py").write_text("def double(frame):\n    return frame * 2\n")
    source = """
        import helpers

        def main(dataframe1, dataframe2):
            return helpers.double(dataframe1)
    """
    run = run_module("execute_python_script", params=script(source), dataframe1=pd.DataFrame({"a": [1]}), bundle=bundle)

    assert run.result.status == "completed", run.error
    assert run.outputs["result1"]["a"].tolist() == [2]
