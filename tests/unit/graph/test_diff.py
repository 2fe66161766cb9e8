"""The graph diff (designer/graph/diff.py): nodes matched by id, each change named
with its old and new value, scripts as line diffs, wires and the order of many-wire
inputs, pipeline parameters; and the same answer for the same two documents."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from designer.graph import DictCatalog, GraphDocument, ModuleSpec, ParamSpec, PortSpec
from designer.graph.diff import (
    catalog_param_types,
    diff_graphs,
    readable_document,
    same_json,
    script_diff,
    value_changes,
)
from designer.graph.document import DocumentError
from designer.samples import BINARY_CLASSIFICATION, FAMILY_SIZE_SCRIPT
from tests.unit.graph.conftest import edge, entry, node
from tests.unit.graph.test_fan_in import three_branches


def titanic() -> dict[str, Any]:
    return copy.deepcopy(BINARY_CLASSIFICATION["graph"])


def diff(old: dict[str, Any], new: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    return diff_graphs(GraphDocument.from_dict(old), GraphDocument.from_dict(new), **kwargs).to_dict()


def by_id(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {n["id"]: n for n in result["nodes"]}


def edited_titanic() -> dict[str, Any]:
    """The Titanic sample as someone might edit it between two runs."""
    graph = titanic()
    nodes = {n["id"]: n for n in graph["nodes"]}
    # A parameter changed, one added, one removed; a label; a pinned version.
    nodes["algorithm"]["params"]["C"] = 0.5
    nodes["algorithm"]["params"]["max_iter"] = 500
    del nodes["split"]["params"]["stratify_column"]
    nodes["split"]["label"] = "Split, not stratified"
    nodes["train"]["version"] = "1.1.0"
    # The script gains a line.
    nodes["family"]["params"]["script"] = FAMILY_SIZE_SCRIPT.replace(
        "    return frame,\n", "    frame['Alone'] = frame['FamilySize'] == 1\n    return frame,\n"
    )
    # A node only moved.
    nodes["score"]["position"] = {"x": 400, "y": 1080}
    # Normalize is taken out: its wires go, and the indicators feed the split directly.
    graph["nodes"] = [n for n in graph["nodes"] if n["id"] != "normalize"]
    graph["edges"] = [e for e in graph["edges"] if "normalize" not in (e["source"], e["target"])]
    graph["edges"].append(edge("indicators", "dataset", "split", "dataset"))
    # A summary of the scored rows, new.
    graph["nodes"].append({**node("summary", "summarize_data"), "position": {"x": 400, "y": 1200}, "label": "Summary"})
    graph["edges"].append(edge("score", "scored", "summary", "dataset"))
    # The pipeline parameter's default changes, and a new one comes.
    graph["parameters"][0]["default"] = 0.8
    graph["parameters"].append({"name": "seed", "type": "int", "default": 7})
    return graph


def test_the_titanic_sample_against_an_edited_copy() -> None:
    result = diff(titanic(), edited_titanic())
    nodes = by_id(result)
    assert [(n["id"], n["change"]) for n in result["nodes"]] == [
        ("algorithm", "changed"),
        ("family", "changed"),
        ("normalize", "removed"),
        ("score", "moved"),
        ("split", "changed"),
        ("summary", "added"),
        ("train", "changed"),
    ]
    assert nodes["algorithm"]["params"] == [
        {"name": "C", "change": "changed", "old": 1.0, "new": 0.5, "line_diff": None},
        {"name": "max_iter", "change": "added", "old": None, "new": 500, "line_diff": None},
    ]
    assert nodes["algorithm"]["fields"] == [] and nodes["algorithm"]["position"] is None
    assert nodes["split"]["params"] == [
        {"name": "stratify_column", "change": "removed", "old": "Survived", "new": None, "line_diff": None}
    ]
    assert nodes["split"]["fields"] == [
        {"name": "label", "change": "changed", "old": "Split 70/30", "new": "Split, not stratified", "line_diff": None}
    ]
    assert nodes["train"]["fields"] == [
        {"name": "version", "change": "changed", "old": None, "new": "1.1.0", "line_diff": None}
    ]
    # The script's change is a line diff (no module spec given: it spans lines).
    script = nodes["family"]["params"][0]
    assert script["name"] == "script" and script["change"] == "changed"
    assert script["line_diff"] == [
        "@@ -1,4 +1,5 @@",
        " def main(dataframe1, dataframe2):",
        "     frame = dataframe1.copy()",
        "     frame['FamilySize'] = frame['SibSp'] + frame['Parch'] + 1",
        "+    frame['Alone'] = frame['FamilySize'] == 1",
        "     return frame,",
    ]
    assert nodes["score"] == {
        "id": "score",
        "change": "moved",
        "module": "score_model",
        "label": "Score",
        "fields": [],
        "params": [],
        "position": {"old": {"x": 150, "y": 1080}, "new": {"x": 400, "y": 1080}},
        "node": None,
    }
    # Added and removed nodes come whole, so a canvas can draw a removed one where it was.
    assert nodes["normalize"]["node"]["position"] == {"x": 0, "y": 720}
    assert nodes["normalize"]["module"] == "normalize_data"
    assert nodes["summary"]["node"]["label"] == "Summary"
    assert [(w["change"], w["source"], w["source_port"], w["target"], w["target_port"]) for w in result["wires"]] == [
        ("removed", "indicators", "dataset", "normalize", "dataset"),
        ("added", "indicators", "dataset", "split", "dataset"),
        ("removed", "normalize", "dataset", "split", "dataset"),
        ("added", "score", "scored", "summary", "dataset"),
    ]
    assert result["parameters"] == [
        {"name": "seed", "change": "added", "old": None, "new": {"type": "int", "default": 7}, "line_diff": None},
        {
            "name": "train_fraction",
            "change": "changed",
            "old": {"type": "float", "default": 0.7},
            "new": {"type": "float", "default": 0.8},
            "line_diff": None,
        },
    ]
    assert result["reordered_inputs"] == [] and result["compute"] is None
    assert result["summary"] == {
        "nodes_added": 1,
        "nodes_removed": 1,
        "nodes_changed": 4,
        "nodes_moved": 1,
        "wires_added": 2,
        "wires_removed": 2,
        "inputs_reordered": 0,
        "parameters_changed": 2,
    }
    assert result["identical"] is False
    # The other way round, everything turns over.
    back = diff(edited_titanic(), titanic())
    assert {n["id"]: n["change"] for n in back["nodes"]}["normalize"] == "added"
    assert by_id(back)["algorithm"]["params"][0] == {
        "name": "C", "change": "changed", "old": 0.5, "new": 1.0, "line_diff": None
    }  # fmt: skip
    assert by_id(back)["family"]["params"][0]["line_diff"][4] == "-    frame['Alone'] = frame['FamilySize'] == 1"


def test_the_same_documents_give_the_same_answer_whatever_their_list_order() -> None:
    edited = edited_titanic()
    shuffled = copy.deepcopy(edited)
    shuffled["nodes"].reverse()
    shuffled["edges"].reverse()
    shuffled["parameters"].reverse()
    first = json.dumps(diff(titanic(), edited))
    assert json.dumps(diff(titanic(), edited)) == first
    assert json.dumps(diff(titanic(), shuffled)) == first


def test_identical_documents_and_a_wire_drawn_again_are_no_change() -> None:
    graph = titanic()
    result = diff(graph, titanic())
    assert result["identical"] is True and result["nodes"] == result["wires"] == []
    redrawn = titanic()
    redrawn["edges"].append(redrawn["edges"].pop(0))  # deleted and drawn again: now last
    assert diff(graph, redrawn)["identical"] is True


def test_json_equality_is_that_of_json_values() -> None:
    assert same_json(1, 1.0) and same_json({"a": [1, 2.0]}, {"a": [1.0, 2]})
    assert not same_json(True, 1) and not same_json(1, True) and not same_json(0, False)
    assert not same_json("1", 1) and not same_json(None, 0) and not same_json([1], [1, 1])
    assert not same_json({"a": 1}, {"b": 1})
    graph = titanic()
    changed = titanic()
    changed["nodes"][0]["params"] = {"name": "titanic"}  # unchanged
    changed["nodes"][7]["params"]["seed"] = 42.0  # the same number
    assert diff(graph, changed)["identical"] is True
    changed["nodes"][8]["params"]["C"] = True  # not the number 1
    assert by_id(diff(graph, changed))["algorithm"]["params"] == [
        {"name": "C", "change": "changed", "old": 1.0, "new": True, "line_diff": None}
    ]


def test_every_node_field_is_compared_and_position_alone_is_a_move() -> None:
    old = {
        "schema": 1,
        "nodes": [node("n", "split_data", position={"x": 0, "y": 0})],
        "edges": [],
        "parameters": [],
    }
    new = copy.deepcopy(old)
    new["nodes"][0].update(
        module="random_sample",
        version="1.0.0",
        label="Sample",
        comment="why",
        compute="gpu",
        reuse=False,
        timeout_seconds=60,
        max_retries=2,
        retry_on=["timeout"],
        position={"x": 10, "y": 0},
    )
    new["compute"] = "big"
    result = diff(old, new)
    changed = by_id(result)["n"]
    assert changed["change"] == "changed"
    assert [(f["name"], f["old"], f["new"]) for f in changed["fields"]] == [
        ("module", "split_data", "random_sample"),
        ("version", None, "1.0.0"),
        ("label", "", "Sample"),
        ("comment", "", "why"),
        ("compute", None, "gpu"),
        ("reuse", True, False),
        ("timeout_seconds", None, 60),
        ("max_retries", 0, 2),
        ("retry_on", ["error", "timeout", "killed", "worker_lost"], ["timeout"]),
    ]
    assert changed["position"] == {"old": {"x": 0, "y": 0}, "new": {"x": 10, "y": 0}}
    assert changed["module"] == "random_sample"
    assert result["compute"] == {"name": "compute", "change": "changed", "old": None, "new": "big", "line_diff": None}


def test_a_many_wire_input_whose_wires_come_in_another_order_is_reordered() -> None:
    old = three_branches()
    swapped = copy.deepcopy(old)
    # split.train and b.dataset swap places: Combine Rows stacks them the other way round.
    swapped["edges"][1], swapped["edges"][2] = swapped["edges"][2], swapped["edges"][1]
    result = diff(old, swapped)
    assert result["wires"] == [] and result["nodes"] == []
    assert result["reordered_inputs"] == [
        {
            "target": "all",
            "target_port": "datasets",
            "old": [
                {"source": "split", "source_port": "train"},
                {"source": "b", "source_port": "dataset"},
                {"source": "split", "source_port": "test"},
            ],
            "new": [
                {"source": "b", "source_port": "dataset"},
                {"source": "split", "source_port": "train"},
                {"source": "split", "source_port": "test"},
            ],
        }
    ]
    assert result["identical"] is False and result["summary"]["inputs_reordered"] == 1
    # A wire removed, another appended: the ones kept stay in order, so only the wires change.
    grown = copy.deepcopy(old)
    del grown["edges"][2]  # b.dataset
    grown["edges"].append(edge("a", "dataset", "all", "datasets"))
    result = diff(old, grown)
    assert result["reordered_inputs"] == []
    assert [(w["change"], w["source"]) for w in result["wires"]] == [("added", "a"), ("removed", "b")]


def test_the_same_wire_twice_counts_twice() -> None:
    old = three_branches()
    doubled = copy.deepcopy(old)
    doubled["edges"].append(edge("b", "dataset", "all", "datasets"))
    result = diff(old, doubled)
    assert [(w["change"], w["source"]) for w in result["wires"]] == [("added", "b")]
    assert diff(doubled, old)["wires"][0]["change"] == "removed"


SCRIPTED = ModuleSpec(
    slug="scripted",
    version="1.0.0",
    name="Scripted",
    category="Custom",
    inputs=(PortSpec("dataset", "DataFrame"),),
    outputs=(PortSpec("dataset", "DataFrame"),),
    params=(ParamSpec("script", "code"), ParamSpec("query", "text"), ParamSpec("name", "string")),
)


def scripted(**params: Any) -> dict[str, Any]:
    return {"schema": 1, "nodes": [node("s", "scripted", params=params)], "edges": [], "parameters": []}


def test_code_and_text_parameters_are_line_diffs_by_their_spec() -> None:
    types = catalog_param_types(DictCatalog([entry(SCRIPTED)]))
    result = diff(
        scripted(script="x = 1", query="select 1", name="a\nb"),
        scripted(script="x = 2", query="select 2\nfrom t", name="a\nc"),
        param_types=types,
    )
    params = {p["name"]: p for p in by_id(result)["s"]["params"]}
    # One-line scripts are scripts all the same, by their type.
    assert params["script"]["line_diff"] == ["@@ -1 +1 @@", "-x = 1", "+x = 2"]
    assert params["query"]["line_diff"] == ["@@ -1 +1,2 @@", "-select 1", "+select 2", "+from t"]
    # A string parameter is a value, even one that spans lines.
    assert params["name"]["line_diff"] is None
    # A script added whole, or bound to a pipeline parameter.
    added = diff(scripted(), scripted(script="a\nb\n"), param_types=types)
    assert by_id(added)["s"]["params"][0]["line_diff"] == ["@@ -0,0 +1,2 @@", "+a", "+b"]
    bound = diff(scripted(script="a"), scripted(script={"$param": "code"}), param_types=types)
    assert by_id(bound)["s"]["params"][0]["line_diff"] is None


def test_without_a_spec_only_text_that_spans_lines_is_a_script() -> None:
    result = diff(scripted(name="a", script="x\ny"), scripted(name="b", script="x\nz"))
    params = {p["name"]: p for p in by_id(result)["s"]["params"]}
    assert params["name"]["line_diff"] is None
    assert params["script"]["line_diff"] == ["@@ -1,2 +1,2 @@", " x", "-y", "+z"]
    # An unknown module in the catalogue falls back the same way.
    types = catalog_param_types(DictCatalog([]))
    assert by_id(diff(scripted(script="x\ny"), scripted(script="x"), param_types=types))["s"]["params"][0][
        "line_diff"
    ] == ["@@ -1,2 +1 @@", "-x", "-y", "+x"]


def test_a_change_of_line_ends_alone_still_shows() -> None:
    assert script_diff("a\n", "a") == ("@@ -1 +1 @@", "-a", "+a")
    assert script_diff("a\r\nb\r\n", "a\r\nc\r\n") == ("@@ -1,2 +1,2 @@", " a", "-b", "+c")


def test_run_parameter_values_compare_by_name() -> None:
    changes = value_changes({"fraction": 0.7, "seed": 1, "same": [1]}, {"fraction": 0.8, "extra": None, "same": [1.0]})
    assert [(c.name, c.change, c.old, c.new) for c in changes] == [
        ("extra", "added", None, None),
        ("fraction", "changed", 0.7, 0.8),
        ("seed", "removed", 1, None),
    ]


def test_a_stored_graph_is_read_leniently_but_not_another_schema() -> None:
    graph = titanic()
    graph["nodes"][0]["position"] = "nowhere"  # a broken optional field: read as the default
    assert readable_document(graph).node("load") is not None
    with pytest.raises(DocumentError):
        readable_document({"schema": 2, "nodes": [], "edges": []})
    with pytest.raises(DocumentError):
        readable_document(None)
