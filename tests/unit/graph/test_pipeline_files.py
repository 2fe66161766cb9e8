"""Pipeline files and SDK code written from a graph document (designer/graph/pipeline_file.py,
designer/graph/sdk_code.py): the file gives the same document back, reading refuses
hostile or malformed YAML with the line and field, and the SDK code is Python that
says exactly what the document says. That running the code against a server gives the
same pipeline is tests/integration/test_pipeline_files.py."""

from __future__ import annotations

import ast
import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from designer.graph import GraphDocument
from designer.graph.pipeline_file import MAX_FILE_BYTES, PipelineFileError, parse_pipeline_file, to_yaml
from designer.graph.sdk_code import ExportError, _long_string, _text_block, literal, to_python
from designer.samples import SAMPLE_PIPELINES, sample_key

ROOT = Path(__file__).resolve().parents[3]


def problems_of(text: str | bytes) -> list[str]:
    with pytest.raises(PipelineFileError) as caught:
        parse_pipeline_file(text)
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize("sample", SAMPLE_PIPELINES, ids=[sample_key(s) for s in SAMPLE_PIPELINES])
def test_a_sample_written_as_a_file_reads_back_as_the_same_document(sample: dict[str, Any]) -> None:
    text = to_yaml(sample["name"], sample["description"], sample["graph"])
    read = parse_pipeline_file(text)
    assert (read.name, read.description, read.format) == (sample["name"], sample["description"], "yaml")
    assert read.graph == GraphDocument.from_dict(sample["graph"]).to_dict()


def test_the_file_reads_like_code_scripts_as_block_literals_and_wires_as_node_ports() -> None:
    text = to_yaml("Iris", "", SAMPLE_PIPELINES[0]["graph"])
    assert text.startswith("# A Pipewright pipeline.")
    assert "      script: |\n        def main(dataframe1, dataframe2):\n" in text
    assert "  - source: load.dataset\n    target: columns.dataset\n" in text
    assert "position: {x: 40, y: 160}" in text and "seed: {$param: seed}" in text
    # Only what differs from a node's defaults is written.
    assert "reuse:" not in text and "version:" not in text and "retry_on" not in text


def test_every_node_field_and_awkward_text_survive_the_file() -> None:
    graph = {
        "schema": 1,
        "compute": "cpu",
        "nodes": [
            {
                "id": "a.b:c-1",
                "module": "execute_python_script",
                "version": "2.0.0",
                "params": {
                    "script": "x = '''\\n'''  \ny = 1\t# trailing spaces above\n\n\n",
                    "when": "2024-01-01",
                    "yes": "yes",
                    "number_text": "1.0",
                    "empty": "",
                    "nested": {"list": [1, 2.5, None, True, "on"]},
                },
                "position": {"x": 1.5, "y": -3},
                "label": "Ünïcode ✓",
                "comment": "line one\nline two",
                "compute": "gpu",
                "reuse": False,
                "timeout_seconds": 9.5,
                "max_retries": 3,
                "retry_on": ["killed"],
            },
            {"id": "b", "module": "split_data", "params": {}, "position": {"x": 0, "y": 0}},
        ],
        "edges": [{"source": "a.b:c-1", "source_port": "result1", "target": "b", "target_port": "dataset"}],
        "parameters": [
            {"name": "p", "type": "columns", "default": ["x"]},
            {"name": "q", "type": "int", "default": None},
        ],
    }
    read = parse_pipeline_file(to_yaml("name: with a colon", "two\nlines", graph))
    assert read.graph == GraphDocument.from_dict(graph).to_dict()
    assert (read.name, read.description) == ("name: with a colon", "two\nlines")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pipewright: 1\nname: x\nnodes: []\ncolour: blue\n", "line 4, at colour: unknown key 'colour' in the file"),
        ("pipewright: 2\nname: x\n", "line 1, at pipewright: this server reads pipeline files of format 1, got 2"),
        ("name: x\nnodes: []\n", "at pipewright: this server reads pipeline files of format 1, got None"),
        ("pipewright: 1\nnodes: []\n", "at name: the pipeline needs a name (text), got null"),
        ("pipewright: 1\nname: x\nnodes: {a: 1}\n", "line 3, at nodes: must be a list, got a mapping"),
        ("pipewright: 1\nname: x\nnodes:\n  - 7\n", "line 4, at nodes[0]: a node must be a mapping, got a number"),
        (
            "pipewright: 1\nname: x\nnodes:\n  - id: a\n    module: m\n    colour: red\n",
            "line 6, at nodes[0].colour: unknown key 'colour' in a node",
        ),
        (
            "pipewright: 1\nname: x\nnodes:\n  - id: a\n    module: m\n    reuse: maybe\n",
            'line 4, at nodes[0]: node a: reuse must be true or false, got string "maybe"',
        ),
        (
            "pipewright: 1\nname: x\nnodes:\n  - id: a\n    module: m\n    params: {seed: .nan}\n",
            "line 6, at nodes[0].params.seed: nan is not a finite number",
        ),
        ("pipewright: 1\nname: x\nname: y\n", "line 3, at name: 'name' appears twice"),
        ("pipewright: 1\nname: x\nwires:\n  - source: a\n    target: b.c\n", "line 4, at wires[0].source: must be"),
        ("pipewright: 1\nname: x\nwires:\n  - target: b.c\n", "line 4, at wires[0]: a wire needs a source"),
        ("pipewright: 1\nname: !!binary aGk=\n", "at name: a bytes is not a value a pipeline can hold"),
        ("pipewright: 1\nname: x\n1: y\n", "keys must be text, got a number 1"),
        ("pipewright: 1\nname: !!python/object:os.system x\n", "not valid YAML: could not determine a constructor"),
        ("pipewright: 1\nname: [unclosed\n", "not valid YAML"),
        ('{"pipewright": 1, "name": }', "line 1: not valid JSON: Expecting value"),
        ("- just\n- a list\n", "a pipeline file is a mapping with pipewright, name, nodes and wires; got a list"),
        ("", "the file is empty"),
        ('{"hello": 1}', "not a pipeline file (no 'pipewright' key) nor a graph document"),
    ],
)
def test_a_malformed_file_is_refused_naming_the_line_and_field(text: str, expected: str) -> None:
    found = problems_of(text)
    assert any(expected in problem for problem in found), found


def test_every_problem_is_reported_at_once() -> None:
    text = "pipewright: 1\nname: x\nextra: 1\nnodes:\n  - id: a\n    module: m\n    oops: 1\nwires: 5\n"
    assert len(problems_of(text)) == 3


def test_an_alias_bomb_is_refused_before_it_expands() -> None:
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]  # 10**9 items
    found = problems_of("\n".join(levels) + "\n")
    assert found == ["line 2: aliases (*name) are not allowed in a pipeline file; write the value out"]


def test_deep_nesting_a_huge_file_binary_and_nul_are_refused() -> None:
    assert problems_of("a: " + "[" * 200 + "]" * 200 + "\n") == ["line 1: nested deeper than 64 levels"]
    assert "nested deeper than 64 levels" in problems_of("[" * 5000 + "]" * 5000)[0]
    assert problems_of(b"#" * (MAX_FILE_BYTES + 1))[0].startswith("the file is 2097153 bytes")
    assert "not UTF-8" in problems_of(b"name: \xff\xfe\n")[0]
    assert "NUL" in problems_of("pipewright: 1\nname: a\x00b\n")[0]


def test_a_graph_document_reads_as_json_and_its_problems_name_the_node() -> None:
    graph = copy.deepcopy(SAMPLE_PIPELINES[0]["graph"])
    read = parse_pipeline_file(__import__("json").dumps(graph), name="given")
    assert (read.name, read.format, read.graph) == ("given", "graph", GraphDocument.from_dict(graph).to_dict())
    graph["nodes"][1]["position"] = "left"
    assert any("node columns: position must be" in p for p in problems_of(__import__("json").dumps(graph)))


def test_a_timestamp_stays_text() -> None:
    text = "pipewright: 1\nname: 2024-01-01\nnodes:\n  - {id: a, module: m, params: {day: 2024-01-01}}\n"
    read = parse_pipeline_file(text)
    assert read.name == "2024-01-01" and read.graph["nodes"][0]["params"] == {"day": "2024-01-01"}


# --------------------------------------------------------------------------- SDK code


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60))
# Quotes, and a backslash, just before the closing quotes:
@example('"""')
@example('a""""')
@example('x\\"')
@settings(max_examples=300, deadline=None)
def test_any_text_written_as_a_literal_evaluates_to_itself(text: str) -> None:
    assert ast.literal_eval(_text_block(text)) == text
    assert ast.literal_eval(literal(text)) == text
    assert ast.literal_eval(_long_string(text * 3)) == text * 3


def test_values_are_written_as_python_literals_wrapped_when_long() -> None:
    value = {"a": [1, 2.5, None, True, False, "x\ny"], "b": {"c": ["long name"] * 12}}
    written = literal(value)
    assert ast.literal_eval(written) == value
    assert "\n" in written and all(len(line) <= 100 for line in written.splitlines())


@pytest.mark.parametrize("sample", SAMPLE_PIPELINES, ids=[sample_key(s) for s in SAMPLE_PIPELINES])
def test_sdk_code_for_a_sample_is_lint_clean_python(sample: dict[str, Any], tmp_path: Path) -> None:
    code = to_python(sample["name"], sample["description"], sample["graph"])
    compile(code, "exported.py", "exec")
    path = tmp_path / "exported.py"
    path.write_text(code)
    ruff = Path(sys.executable).parent / "ruff"
    checked = subprocess.run(
        [str(ruff), "check", "--no-cache", "--isolated", "--line-length", "120", "--select", "E,F,W,I,B,UP", str(path)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + code


def test_sdk_code_names_steps_after_nodes_and_uses_module_step_where_a_keyword_would_clash() -> None:
    code = to_python("Iris", "", SAMPLE_PIPELINES[0]["graph"])
    assert 'load = ModuleStep(ws, "sample_dataset", name="load", label="Iris", params={"name": "iris"})' in code
    assert "split = ws.modules.split_data(" in code and "    seed=seed,\n" in code
    assert 'seed = PipelineParameter("seed", 42)' in code
    assert '    dataframe1=split.output("train"),\n    script=SUMMARY_SCRIPT,\n' in code
    assert 'SUMMARY_SCRIPT = """\\\ndef main(dataframe1, dataframe2):\n' in code


def test_a_many_wire_input_is_a_list_in_wire_order_and_names_do_not_collide() -> None:
    graph = {
        "schema": 1,
        "nodes": [
            {"id": "list", "module": "enter_data", "params": {"text": "x\n1\n"}},
            {"id": "2nd", "module": "enter_data", "params": {"text": "x\n2\n"}},
            {"id": "all", "module": "combine_rows", "params": {}},
        ],
        "edges": [
            {"source": "2nd", "source_port": "dataset", "target": "all", "target_port": "datasets"},
            {"source": "list", "source_port": "dataset", "target": "all", "target_port": "datasets"},
        ],
        "parameters": [{"name": "all", "type": "float", "default": 1}],
    }
    code = to_python("fan-in", "", graph)
    assert 'all_parameter = PipelineParameter("all", 1, type="float")' in code
    assert "list_step = " in code and "step_2nd = " in code and "all_step = ws.modules.combine_rows(" in code
    assert 'datasets=[step_2nd.output("dataset"), list_step.output("dataset")]' in code


def test_a_cycle_or_a_wire_to_nowhere_cannot_be_written_as_code() -> None:
    node = {"module": "split_data", "params": {}}
    cycle = {
        "schema": 1,
        "nodes": [{"id": "a", **node}, {"id": "b", **node}],
        "edges": [
            {"source": "a", "source_port": "train", "target": "b", "target_port": "dataset"},
            {"source": "b", "source_port": "train", "target": "a", "target_port": "dataset"},
        ],
        "parameters": [],
    }
    with pytest.raises(ExportError, match="cycle through a, b"):
        to_python("loop", "", cycle)
    cycle["edges"] = [{"source": "ghost", "source_port": "x", "target": "a", "target_port": "dataset"}]
    with pytest.raises(ExportError, match="names a node the pipeline does not have"):
        to_python("ghost", "", cycle)
