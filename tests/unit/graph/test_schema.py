"""Design-time schema propagation over a graph, with rules written out here: where each
answer comes from (declared, propagated, last known, unknown) and why."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from designer.graph import GraphDocument, ModuleSpec, ParamSpec, PortSpec
from designer.graph import schema as s

SOURCE = ModuleSpec(
    "source",
    "1.0.0",
    "Source",
    "data",
    outputs=(PortSpec("dataset", "DataFrame"),),
    params=(ParamSpec("columns", "columns", default=["a", "b"]),),
)
KEEP = ModuleSpec(
    "keep",
    "1.0.0",
    "Keep",
    "data",
    inputs=(PortSpec("dataset", "DataFrame"),),
    outputs=(PortSpec("dataset", "DataFrame"),),
    params=(ParamSpec("columns", "columns", default=[]),),
)
SCRIPT = ModuleSpec(
    "script",
    "1.0.0",
    "Script",
    "code",
    inputs=(PortSpec("dataframe1", "DataFrame", optional=True),),
    outputs=(PortSpec("result1", "DataFrame"),),
)
STACK = ModuleSpec(
    "stack",
    "1.0.0",
    "Stack",
    "data",
    inputs=(PortSpec("datasets", "DataFrame", multiple=True),),
    outputs=(PortSpec("dataset", "DataFrame"),),
)
SPECS = {spec.slug: spec for spec in (SOURCE, KEEP, SCRIPT, STACK)}


def source_rule(inputs: s.RuleInputs, params: Mapping[str, Any]) -> dict[str, s.Answer]:
    return {"dataset": s.table(((name, "int64") for name in s.column_names(params, "columns")), suggested_label="b")}


def keep_rule(inputs: s.RuleInputs, params: Mapping[str, Any]) -> dict[str, s.Answer]:
    dataset = inputs.need("dataset")
    named = s.column_names(params, "columns")
    s.require_columns(dataset, named, port="dataset")
    return {"dataset": dataset.with_columns(c for c in dataset.columns if c.name in named)}


def stack_rule(inputs: s.RuleInputs, params: Mapping[str, Any]) -> dict[str, s.Answer]:
    tables = inputs.all("datasets")
    return {"dataset": tables[0].with_columns(c for t in tables for c in t.columns)}


RULES = {
    "source": source_rule,
    "keep": keep_rule,
    "script": s.unknown_rule("known when it runs"),
    "stack": stack_rule,
}


def document(
    nodes: list[tuple[str, str, dict[str, Any]]], edges: list[tuple[str, str, str, str]], **extra: Any
) -> GraphDocument:
    return GraphDocument.from_dict(
        {
            "schema": 1,
            "nodes": [{"id": i, "module": m, "params": p, "position": {"x": 0, "y": 0}} for i, m, p in nodes],
            "edges": [{"source": a, "source_port": ap, "target": b, "target_port": bp} for a, ap, b, bp in edges],
            "parameters": extra.get("parameters", []),
        }
    )


def propagate(doc: GraphDocument, **kwargs: Any) -> dict[str, s.NodeSchema]:
    specs = {node.id: SPECS[node.module] for node in doc.nodes if node.module in SPECS}
    return s.propagate(doc, specs, RULES, **kwargs)


def names(port: s.PortSchema) -> list[str] | None:
    return None if port.table is None else port.table.names()


def test_a_source_declares_and_the_next_node_propagates_keeping_the_suggested_label() -> None:
    doc = document(
        [("keep", "keep", {"columns": ["b"]}), ("data", "source", {})], [("data", "dataset", "keep", "dataset")]
    )
    result = propagate(doc)
    assert result["data"].outputs["dataset"].source == s.DECLARED
    assert result["keep"].inputs["dataset"].source == s.DECLARED
    kept = result["keep"].outputs["dataset"]
    assert (kept.source, names(kept)) == (s.PROPAGATED, ["b"])
    assert kept.table is not None and kept.table.suggested_label == "b"


def test_unknown_is_an_answer_with_its_reason_and_travels_downstream() -> None:
    doc = document(
        [("data", "source", {}), ("code", "script", {}), ("keep", "keep", {"columns": ["a"]}), ("lonely", "keep", {})],
        [("data", "dataset", "code", "dataframe1"), ("code", "result1", "keep", "dataset")],
    )
    result = propagate(doc)
    assert result["code"].outputs["result1"] == s.PortSchema(s.UNKNOWN, reason="known when it runs")
    assert result["keep"].outputs["dataset"].source == s.UNKNOWN
    assert (
        "the columns of input 'dataset' are not known: known when it runs" in result["keep"].outputs["dataset"].reason
    )
    assert result["lonely"].inputs["dataset"] == s.PortSchema(s.UNKNOWN, reason="not connected")
    assert result["lonely"].outputs["dataset"].reason == "input 'dataset' is not connected"


def test_last_known_columns_stand_in_for_unknown_ones_and_mark_what_follows() -> None:
    doc = document(
        [("code", "script", {}), ("keep", "keep", {"columns": ["x"]})], [("code", "result1", "keep", "dataset")]
    )
    seen = s.LastKnown(s.table([("x", "float64"), ("y", "str")]), run=7)
    result = propagate(doc, last_known={("code", "result1"): seen})
    script = result["code"].outputs["result1"]
    assert (script.source, script.run, names(script), script.reason) == (
        s.LAST_KNOWN,
        7,
        ["x", "y"],
        "known when it runs",
    )
    kept = result["keep"].outputs["dataset"]
    assert (kept.source, names(kept)) == (s.LAST_KNOWN, ["x"])


def test_a_rule_that_finds_the_step_would_fail_says_so_instead_of_guessing() -> None:
    doc = document(
        [("data", "source", {}), ("keep", "keep", {"columns": ["zz"]})], [("data", "dataset", "keep", "dataset")]
    )
    kept = propagate(doc)["keep"].outputs["dataset"]
    assert (kept.source, kept.reason) == (s.UNKNOWN, "column 'zz' is not in input 'dataset' (the step would fail)")


def test_pipeline_parameters_are_read_as_their_defaults() -> None:
    doc = document(
        [("data", "source", {"columns": {"$param": "cols"}})],
        [],
        parameters=[{"name": "cols", "type": "columns", "default": ["p", "q"]}],
    )
    assert names(propagate(doc)["data"].outputs["dataset"]) == ["p", "q"]


def test_declared_answers_take_the_place_of_a_rule_and_unknown_modules_have_no_ports() -> None:
    doc = document([("data", "source", {}), ("other", "missing_module", {})], [])
    found = s.table([("from_db", "str")])
    result = propagate(doc, declared={"data": {"dataset": found}})
    assert result["data"].outputs["dataset"] == s.PortSchema(s.DECLARED, found)
    assert result["other"] == s.NodeSchema({}, {})


def test_each_wire_into_a_multiple_input_is_its_own_port_in_edge_order() -> None:
    doc = document(
        [("one", "source", {"columns": ["a"]}), ("two", "source", {"columns": ["b"]}), ("stack", "stack", {})],
        [("two", "dataset", "stack", "datasets"), ("one", "dataset", "stack", "datasets")],
    )
    result = propagate(doc)["stack"]
    assert names(result.inputs["datasets[0]"]) == ["b"]
    assert names(result.outputs["dataset"]) == ["b", "a"]


def test_nodes_on_a_cycle_see_their_inputs_as_unknown() -> None:
    doc = document(
        [("k1", "keep", {}), ("k2", "keep", {})],
        [("k1", "dataset", "k2", "dataset"), ("k2", "dataset", "k1", "dataset")],
    )
    result = propagate(doc)
    assert {result[n].outputs["dataset"].source for n in ("k1", "k2")} == {s.UNKNOWN}


def test_row_subsets_forget_which_values_occur() -> None:
    column = s.Column("city", "str", ("Lima", "Oslo"))
    assert s.Table((column,)).row_subset().columns[0].values is None
