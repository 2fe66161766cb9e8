"""JSON nested too deep is refused with a problem, never a RecursionError."""

from __future__ import annotations

from typing import Any

import pytest

from designer.graph import CompileError, DictCatalog, GraphDocument, compile_plan, parse_document, validate_graph
from designer.graph.nesting import MAX_JSON_DEPTH, TooDeep, loads, too_deep_at


def nested(depth: int, leaf: Any = 1) -> Any:
    value = leaf
    for _ in range(depth):
        value = [value]
    return value


def test_the_outermost_container_is_level_one() -> None:
    assert too_deep_at(1) is None
    assert too_deep_at(nested(MAX_JSON_DEPTH)) is None
    assert too_deep_at(nested(MAX_JSON_DEPTH + 1)) == [0] * MAX_JSON_DEPTH
    assert too_deep_at({"a": [1, {"b": nested(3)}]}, limit=4) == ["a", 1, "b", 0]
    assert too_deep_at({"a": [1, {"b": nested(1)}]}, limit=4) is None


def test_it_measures_a_value_far_deeper_than_the_stack_and_one_that_contains_itself() -> None:
    assert too_deep_at(nested(200_000)) is not None
    loop: list[Any] = []
    loop.append(loop)
    assert too_deep_at(loop) is not None


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 900, 100_000])
def test_loads_refuses_text_nested_too_deep(depth: int) -> None:
    with pytest.raises(TooDeep, match=f"^JSON nested deeper than {MAX_JSON_DEPTH} levels$"):
        loads("[" * depth + "]" * depth)
    assert loads("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH) == nested(MAX_JSON_DEPTH - 1, [])


def test_a_graph_too_deep_outside_the_params_is_a_document_problem() -> None:
    raw = {"schema": 1, "nodes": [], "edges": [], "parameters": [{"name": "p", "type": "int", "default": nested(900)}]}
    document, problems = parse_document(raw)
    assert document is None
    assert [(p.node_id, p.param, p.message) for p in problems] == [
        (None, None, f"the graph document is JSON nested deeper than {MAX_JSON_DEPTH} levels")
    ]


def test_a_node_field_too_deep_is_pinned_to_the_node(catalog: DictCatalog) -> None:
    raw = {"schema": 1, "nodes": [{"id": "n", "module": "split_data", "position": nested(900)}], "edges": []}
    result = validate_graph(raw, catalog)
    assert [(p.node_id, p.param, p.message) for p in result.errors] == [
        ("n", None, f"position is JSON nested deeper than {MAX_JSON_DEPTH} levels")
    ]


def test_a_run_parameter_value_too_deep_is_a_compile_problem(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    with pytest.raises(CompileError) as raised:
        compile_plan(GraphDocument.from_dict(pipeline), catalog, {"seed": nested(900)})
    assert [(p.param, p.message) for p in raised.value.problems] == [
        ("seed", f"pipeline parameter seed is JSON nested deeper than {MAX_JSON_DEPTH} levels")
    ]
