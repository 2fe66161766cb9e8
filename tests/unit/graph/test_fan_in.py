"""Inputs that take many wires (PortSpec.multiple): the validator, the compiler and the
spec round trip."""

from __future__ import annotations

from typing import Any

from designer.graph import DictCatalog, GraphDocument, ModuleSpec, ParamSpec, PortSpec, compile_plan, validate_graph
from tests.unit.graph.conftest import SPECS, edge, entry, node, split_data

COMBINE = ModuleSpec(
    slug="combine_rows",
    version="1.0.0",
    name="Combine Rows",
    category="Data transformation",
    inputs=(PortSpec("datasets", "DataFrame", multiple=True), PortSpec("extra", "DataFrame", optional=True)),
    outputs=(PortSpec("dataset", "DataFrame"),),
    params=(ParamSpec("missing_columns", "choice", default="fail", choices=("fail", "fill", "drop")),),
    entrypoint="runner.modules.combine_rows:combine_rows",
)


def fan_in_catalog() -> DictCatalog:
    return DictCatalog([entry(spec) for spec in (*SPECS, split_data("1.1.0"), COMBINE)])


def three_branches() -> dict[str, Any]:
    """Three datasets into combine_rows, a split's two outputs among them."""
    return {
        "schema": 1,
        "nodes": [
            node("a", "sample_dataset", params={"name": "iris"}),
            node("b", "sample_dataset", params={"name": "wine"}),
            node("split", "split_data"),
            node("all", "combine_rows"),
        ],
        "edges": [
            edge("a", "dataset", "split", "dataset"),
            edge("split", "train", "all", "datasets"),
            edge("b", "dataset", "all", "datasets"),
            edge("split", "test", "all", "datasets"),
        ],
        "parameters": [],
    }


def messages(raw: dict[str, Any]) -> list[str]:
    return [p.message for p in validate_graph(raw, fan_in_catalog()).problems if p.severity == "error"]


def test_a_multiple_input_takes_many_wires_and_others_still_take_one() -> None:
    graph = three_branches()
    assert messages(graph) == []
    graph["edges"].append(edge("b", "dataset", "split", "dataset"))
    assert messages(graph) == [
        "input dataset is connected 2 times (from a.dataset, b.dataset); an input takes one wire"
    ]


def test_a_multiple_input_refuses_the_same_output_twice_and_wrong_types() -> None:
    graph = three_branches()
    graph["edges"].append(edge("b", "dataset", "all", "datasets"))
    assert messages(graph) == ["b.dataset is wired to input datasets twice"]
    graph = three_branches()
    graph["nodes"].append(node("lr", "logistic_regression"))
    graph["edges"].append(edge("lr", "model", "all", "datasets"))
    assert messages(graph) == ["cannot wire lr.model (UntrainedModel) to all.datasets, which takes DataFrame"]


def test_a_required_multiple_input_needs_at_least_one_wire() -> None:
    graph = three_branches()
    graph["edges"] = graph["edges"][:1]
    assert messages(graph) == ["required input datasets (DataFrame) is not connected"]


def test_the_plan_names_each_wire_in_the_order_of_the_edges_list() -> None:
    plan = compile_plan(GraphDocument.from_dict(three_branches()), fan_in_catalog(), {})
    step = plan.step("all")
    assert step.multiple == ("datasets",)
    assert step.inputs == {
        "datasets[0]": {"node_id": "split", "port": "train"},
        "datasets[1]": {"node_id": "b", "port": "dataset"},
        "datasets[2]": {"node_id": "split", "port": "test"},
    }
    assert step.input_types == dict.fromkeys(step.inputs, "DataFrame")
    assert step.upstream_node_ids() == ["split", "b"]
    assert type(step).from_dict(step.to_dict()) == step
    # A step without such an input writes nothing new into its plan JSON.
    assert "multiple" not in plan.step("split").to_dict()


def test_moving_other_edges_in_the_list_does_not_change_the_plan_but_reordering_the_wires_does() -> None:
    graph = three_branches()
    before = compile_plan(GraphDocument.from_dict(graph), fan_in_catalog(), {}).step("all")
    moved = three_branches()
    moved["edges"] = [*moved["edges"][1:], moved["edges"][0]]  # the split's own input, moved last
    assert compile_plan(GraphDocument.from_dict(moved), fan_in_catalog(), {}).step("all") == before
    swapped = three_branches()
    swapped["edges"][1], swapped["edges"][3] = swapped["edges"][3], swapped["edges"][1]
    after = compile_plan(GraphDocument.from_dict(swapped), fan_in_catalog(), {}).step("all")
    assert after.inputs["datasets[0]"] == {"node_id": "split", "port": "test"}


def test_multiple_survives_the_spec_round_trip_and_is_left_out_when_false() -> None:
    assert ModuleSpec.from_dict(COMBINE.to_dict()) == COMBINE
    assert COMBINE.to_dict()["inputs"][0]["multiple"] is True
    assert "multiple" not in COMBINE.to_dict()["inputs"][1]


def test_a_custom_module_may_declare_a_many_wire_input_but_not_output() -> None:
    from designer.registry import _spec_problems

    base: dict[str, Any] = {"slug": "stack_all", "version": "1.0.0", "name": "Stack all"}
    spec, problems = _spec_problems(
        {**base, "inputs": [{"name": "frames", "type": "DataFrame", "multiple": True}], "outputs": []}
    )
    assert problems == [] and spec is not None and spec.inputs[0].multiple
    _, problems = _spec_problems({**base, "outputs": [{"name": "out", "type": "DataFrame", "multiple": True}]})
    assert problems == ["output 'out' cannot be multiple; only an input takes many wires"]
