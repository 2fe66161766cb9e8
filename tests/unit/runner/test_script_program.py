"""Execute Python Script's program mode: a source snapshot's entry script run as
__main__ with its inputs and outputs as paths in its arguments, in the step runtime."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from designer.graph import CatalogEntry, DictCatalog, validate_graph
from runner.modules import BUILTIN_MODULES
from runner.modules.execute_python_script import parse_arguments, substitute_arguments
from runner.step_contract import StepSpec
from runner.step_runtime import ModuleError, load_input, run_step, save_output

SPEC = BUILTIN_MODULES["execute_python_script"].spec
IN, OUT = "${{inputs.dataframe1}}", "${{outputs.result1}}"


def test_placeholders_become_paths_and_name_the_outputs_given() -> None:
    argv, named = substitute_arguments(
        ["--input", IN, f"--out={OUT}", "--k", "3", "${{ outputs.result2 }}"],
        {"dataframe1": "/in/d1.parquet"},
        {"result1": "/out/result1", "result2": "/out/result2"},
    )
    assert argv == ["--input", "/in/d1.parquet", "--out=/out/result1", "--k", "3", "/out/result2"]
    assert named == {"result1", "result2"}
    with pytest.raises(ModuleError, match="names input 'dataframe2', which is not connected"):
        substitute_arguments(["${{inputs.dataframe2}}"], {"dataframe1": "/x"}, {})
    with pytest.raises(ModuleError, match="names no output of this step; its outputs are result1, result2"):
        substitute_arguments(["${{outputs.model}}"], {}, {"result1": "/a", "result2": "/b"})


def test_arguments_are_a_json_list_of_strings() -> None:
    assert parse_arguments("") == [] and parse_arguments('["--a", "1"]') == ["--a", "1"]
    for bad in ("--a 1", '["--a", 1]', '{"a": 1}'):
        with pytest.raises(ModuleError, match="must be a JSON list of strings"):
            parse_arguments(bad)


def snapshot(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / "src" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return root


def run_program(
    tmp_path: Path,
    files: dict[str, str],
    arguments: list[str],
    frame: pd.DataFrame | None = None,
    entry: str = "main.py",
) -> tuple[Any, Path]:
    source = snapshot(tmp_path / "snapshot", files)
    inputs, types = {"source_snapshot": str(source)}, {"source_snapshot": "AnyDirectory"}
    if frame is not None:
        save_output(frame, "DataFrame", tmp_path / "in", "dataframe1")
        inputs["dataframe1"], types["dataframe1"] = str(tmp_path / "in"), "DataFrame"
    spec = StepSpec(
        step_id="t",
        module=SPEC.slug,
        version=SPEC.version,
        entrypoint=SPEC.entrypoint,
        params={
            **{p.name: p.default for p in SPEC.params},
            "source_snapshot": "ab" * 32,
            "entry_script": entry,
            "arguments": json.dumps(arguments),
        },
        inputs=inputs,
        input_types=types,
        outputs={p.name: p.type for p in SPEC.outputs},
    )
    work = tmp_path / "work"
    work.mkdir()
    return run_step(spec, work, None), work


PROGRAM = {
    "main.py": """
        import argparse, os, sys
        import pandas as pd
        from lib.scale import scale
        from pipewright_step import log_metric

        if __name__ == "__main__":
            parser = argparse.ArgumentParser()
            parser.add_argument("--input")
            parser.add_argument("--output")
            args = parser.parse_args()
            frame = pd.read_parquet(args.input)
            log_metric("rows", len(frame))
            open("written-next-to-me.txt", "w").write("the working copy is writable")
            os.makedirs(args.output)
            scale(frame).to_csv(os.path.join(args.output, "out.csv"), index=False)
            sys.exit(0)
    """,
    "lib/__init__.py": "",
    "lib/scale.py": """
        def scale(frame):
            if frame["y"].min() < 0:
                raise ValueError("negative y")
            return frame.assign(y=frame["y"] * 10)
    """,
}


def test_a_program_reads_its_input_writes_its_output_and_imports_its_own_modules(tmp_path: Path) -> None:
    result, work = run_program(tmp_path, PROGRAM, ["--input", IN, "--output", OUT], pd.DataFrame({"y": [1, 2]}))
    assert result.status == "completed", result.error + result.traceback
    assert result.metrics == {"rows": 2.0}
    table = load_input(Path(result.outputs["result1"]), "DataFrame", "result1")
    assert table["y"].tolist() == [10, 20]
    # An output the arguments do not name is an empty table.
    assert load_input(Path(result.outputs["result2"]), "DataFrame", "result2").shape == (0, 0)
    assert (work / "source" / "written-next-to-me.txt").is_file()


def test_an_error_in_a_helper_module_names_its_file_and_line(tmp_path: Path) -> None:
    result, _ = run_program(tmp_path, PROGRAM, ["--input", IN, "--output", OUT], pd.DataFrame({"y": [-1]}))
    assert result.status == "failed" and result.error == "ValueError: negative y"
    assert 'File "lib/scale.py", line 4, in scale' in result.traceback
    assert 'File "main.py", line 16, in <module>' in result.traceback
    assert "runpy" not in result.traceback and "execute_python_script" not in result.traceback


def test_a_non_zero_exit_fails_and_a_missing_output_is_named(tmp_path: Path) -> None:
    result, _ = run_program(tmp_path / "a", {"main.py": "import sys\nsys.exit(3)\n"}, [])
    assert result.status == "failed" and result.error == "SystemExit: 3"
    result, _ = run_program(tmp_path / "b", {"main.py": "print('forgot to write')\n"}, ["--out", OUT])
    assert result.status == "failed"
    assert "output 'result1' (${{outputs.result1}}): the script wrote no table" in result.error
    # A table written at exactly the output's path is taken as it is.
    at_path = "import sys, pandas as pd\npd.DataFrame({'a': [1]}).to_parquet(sys.argv[1])\n"
    result, _ = run_program(tmp_path / "c", {"main.py": at_path}, [OUT])
    assert result.status == "completed", result.error
    assert load_input(Path(result.outputs["result1"]), "DataFrame", "result1")["a"].tolist() == [1]


def test_an_entry_script_not_in_the_snapshot_lists_what_is_there(tmp_path: Path) -> None:
    result, _ = run_program(tmp_path, PROGRAM, [], entry="train.py")
    assert result.status == "failed"
    assert "has no file 'train.py'; its Python files are: lib/__init__.py, lib/scale.py, main.py" in result.error
    result, _ = run_program(tmp_path / "up", PROGRAM, [], entry="../main.py")
    assert "must be a path inside the source snapshot" in result.error


def test_the_validator_refuses_a_snapshot_the_workspace_does_not_own() -> None:
    catalog = DictCatalog([CatalogEntry(spec=SPEC, status="active", code_digest="c", environment_digest="e")])
    graph = {
        "schema": 1,
        "nodes": [{"id": "train", "module": SPEC.slug, "params": {"source_snapshot": "cd" * 32}}],
        "edges": [],
    }
    refused = validate_graph(graph, catalog, source_snapshots=set())
    assert [(p.node_id, p.param) for p in refused.errors] == [("train", "source_snapshot")]
    assert "was not uploaded to this workspace" in refused.errors[0].message
    assert validate_graph(graph, catalog, source_snapshots={"cd" * 32}).ok
    assert validate_graph(graph, catalog).ok  # pure callers without a workspace skip the check
