from __future__ import annotations

import time
from typing import Any

import pytest

from designer.graph import DEFAULT_LIMITS, DictCatalog, GraphLimits, Problem, validate_graph


def node(node_id: str, module: str, **fields: Any) -> dict[str, Any]:
    return {"id": node_id, "module": module, "version": None, "params": {}, **fields}


def edge(source: str, source_port: str, target: str, target_port: str) -> dict[str, str]:
    return {"source": source, "source_port": source_port, "target": target, "target_port": target_port}


def problems_of(raw: object, catalog: DictCatalog, limits: GraphLimits = DEFAULT_LIMITS) -> list[Problem]:
    return validate_graph(raw, catalog, limits).problems


def the_problem(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [p.message for p in problems]
    return problems[0]


def where(problem: Problem) -> tuple[str | None, str | None, str | None]:
    return (problem.node_id, problem.port, problem.param)


# --- the happy path ---------------------------------------------------------------------


def test_a_valid_pipeline_has_no_problems(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    result = validate_graph(pipeline, catalog)

    assert result.problems == []
    assert result.ok
    assert result.document is not None
    assert [n.id for n in result.document.nodes] == ["n1", "n2", "n3", "n4"]


def test_an_empty_graph_is_valid(catalog: DictCatalog) -> None:
    result = validate_graph({"schema": 1, "nodes": [], "edges": []}, catalog)

    assert result.ok and result.problems == []


def test_the_result_serializes_errors_and_warnings_apart(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"][1]["version"] = "1.0.0"  # deprecated
    pipeline["nodes"][3]["params"] = {}  # label_column is required

    data = validate_graph(pipeline, catalog).to_dict()

    assert data["ok"] is False
    assert [p["message"] for p in data["errors"]] == ["label_column is required"]
    assert [p["message"] for p in data["warnings"]] == ["module split_data 1.0.0 is deprecated; consider 1.1.0"]
    assert set(data["errors"][0]) == {"node_id", "port", "param", "message", "severity"}


# --- structure --------------------------------------------------------------------------


def test_a_structurally_broken_document_has_no_document_but_is_still_checked(catalog: DictCatalog) -> None:
    raw = {
        "schema": 1,
        "nodes": [node("a", "sample_dataset", label=7), node("b", "no_such_module")],
        "edges": [],
    }

    result = validate_graph(raw, catalog)

    assert result.document is None
    assert [(p.node_id, p.message) for p in result.problems] == [
        ("a", "label must be a string, got number 7"),
        ("b", "unknown module 'no_such_module'"),
    ]


def test_a_node_with_an_unreadable_module_is_not_also_reported_as_unknown(catalog: DictCatalog) -> None:
    raw = {
        "schema": 1,
        "nodes": [node("a", "sample_dataset"), {"id": "b", "module": 5}],
        "edges": [edge("a", "dataset", "b", "dataset")],
    }

    problem = the_problem(problems_of(raw, catalog))

    assert (problem.node_id, problem.message) == ("b", "module must be a non-empty string, got number 5")


def test_a_malformed_edge_does_not_also_leave_its_input_unconnected(catalog: DictCatalog) -> None:
    raw = {
        "schema": 1,
        "nodes": [node("a", "sample_dataset"), node("b", "split_data")],
        "edges": [{"source": "a", "source_port": None, "target": "b", "target_port": "dataset"}],
    }

    problem = the_problem(problems_of(raw, catalog))

    assert where(problem) == ("b", "dataset", None)
    assert "source_port must be non-empty strings" in problem.message


def test_it_reports_duplicate_node_ids_once_per_id(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"].append(node("n3", "logistic_regression"))
    pipeline["nodes"].append(node("n3", "logistic_regression"))

    problem = the_problem(problems_of(pipeline, catalog))

    assert where(problem) == ("n3", None, None)
    assert problem.message == "node id n3 is used by 3 nodes; ids must be unique"


@pytest.mark.parametrize("node_id", ["a/b", "has space", "-leading", "x" * 101, "ü", "n1\n"])
def test_it_reports_a_node_id_that_would_not_survive_a_url(node_id: str, catalog: DictCatalog) -> None:
    raw = {"schema": 1, "nodes": [node(node_id, "logistic_regression")], "edges": []}

    problem = the_problem(problems_of(raw, catalog))

    assert problem.node_id == node_id
    assert "may only contain letters, digits" in problem.message


@pytest.mark.parametrize("node_id", ["n1", "dndnode_0", "3f2a9c1e-8d4b-4c1a-9e2f-0b6c7d8e9f10", "a.b:c"])
def test_usual_node_ids_are_accepted(node_id: str, catalog: DictCatalog) -> None:
    raw = {"schema": 1, "nodes": [node(node_id, "logistic_regression")], "edges": []}

    assert problems_of(raw, catalog) == []


def test_it_reports_an_edge_to_an_unknown_node_on_the_node_it_leaves(
    pipeline: dict[str, Any], catalog: DictCatalog
) -> None:
    pipeline["edges"].append(edge("n2", "test", "ghost", "dataset"))

    problem = the_problem(problems_of(pipeline, catalog))

    assert where(problem) == ("n2", "test", None)
    assert problem.message == "edge n2.test → ghost.dataset points to unknown node ghost"


def test_it_reports_an_edge_from_an_unknown_node_on_the_input_it_reaches(catalog: DictCatalog) -> None:
    raw = {
        "schema": 1,
        "nodes": [node("n2", "split_data")],
        "edges": [edge("ghost", "dataset", "n2", "dataset")],
    }

    # Only the dangling edge: the input it reaches is not also "not connected".
    problem = the_problem(problems_of(raw, catalog))

    assert where(problem) == ("n2", "dataset", None)
    assert problem.message == "edge ghost.dataset → n2.dataset points to unknown node ghost"


def test_an_edge_between_two_unknown_nodes_names_both(catalog: DictCatalog) -> None:
    raw = {"schema": 1, "nodes": [], "edges": [edge("x", "a", "y", "b")]}

    problem = the_problem(problems_of(raw, catalog))

    assert where(problem) == (None, None, None)
    assert problem.message == "edge x.a → y.b points to unknown nodes x and y"


# --- modules and versions ---------------------------------------------------------------


def test_it_reports_an_unknown_module(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"].append(node("n5", "teleport"))

    problem = the_problem(problems_of(pipeline, catalog))

    assert where(problem) == ("n5", None, None)
    assert problem.message == "unknown module 'teleport'"


def test_it_reports_an_unknown_version_and_lists_the_usable_ones(
    pipeline: dict[str, Any], catalog: DictCatalog
) -> None:
    pipeline["nodes"][1]["version"] = "1.2.0"

    problem = the_problem(problems_of(pipeline, catalog))

    assert where(problem) == ("n2", None, None)
    # 2.0.0 exists but is disabled, so it is not offered.
    assert problem.message == "module split_data has no version 1.2.0 (available: 1.0.0, 1.1.0)"


def test_a_disabled_version_is_an_error_that_offers_the_others(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"][1]["version"] = "2.0.0"

    problem = the_problem(problems_of(pipeline, catalog))

    assert where(problem) == ("n2", None, None)
    assert problem.severity == "error"
    assert problem.message == "module split_data 2.0.0 is disabled; use one of: 1.0.0, 1.1.0"


def test_a_deprecated_version_is_only_a_warning(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"][1]["version"] = "1.0.0"

    result = validate_graph(pipeline, catalog)

    problem = the_problem(result.problems)
    assert result.ok
    assert problem.severity == "warning"
    assert where(problem) == ("n2", None, None)
    assert problem.message == "module split_data 1.0.0 is deprecated; consider 1.1.0"


def test_a_node_of_a_disabled_version_is_still_checked(catalog: DictCatalog) -> None:
    raw = {"schema": 1, "nodes": [node("n1", "split_data", version="2.0.0", params={"fraction": 2})], "edges": []}

    messages = [p.message for p in problems_of(raw, catalog)]

    assert messages == [
        "module split_data 2.0.0 is disabled; use one of: 1.0.0, 1.1.0",
        "fraction must be at most 1, got 2",
        "required input dataset (DataFrame) is not connected",
    ]


def test_version_null_means_the_default_version(catalog: DictCatalog) -> None:
    # Default is 1.1.0 (the highest that is not disabled), which is active: no warning.
    raw = {"schema": 1, "nodes": [node("a", "sample_dataset"), node("b", "split_data")], "edges": []}
    raw["edges"].append(edge("a", "dataset", "b", "dataset"))

    assert problems_of(raw, catalog) == []


# --- ports and wires --------------------------------------------------------------------


def test_it_reports_an_unknown_output_port_and_lists_the_outputs(
    pipeline: dict[str, Any], catalog: DictCatalog
) -> None:
    pipeline["edges"][2]["source_port"] = "validation"

    problem = the_problem(problems_of(pipeline, catalog))

    assert where(problem) == ("n2", "validation", None)
    assert problem.message == "split_data has no output 'validation' (outputs: train, test)"


def test_it_reports_an_unknown_input_port_and_lists_the_inputs(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["edges"][0]["target_port"] = "data"

    problems = problems_of(pipeline, catalog)

    assert [(where(p), p.message) for p in problems] == [
        (("n2", "data", None), "split_data has no input 'data' (inputs: dataset)"),
        (("n2", "dataset", None), "required input dataset (DataFrame) is not connected"),
    ]


def test_it_says_when_a_module_has_no_inputs_at_all(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"].append(node("n5", "sample_dataset"))
    pipeline["edges"].append(edge("n2", "test", "n5", "dataset"))

    problem = the_problem(problems_of(pipeline, catalog))

    assert where(problem) == ("n5", "dataset", None)
    assert problem.message == "sample_dataset has no input 'dataset' (inputs: none)"


def test_it_reports_a_port_type_mismatch_naming_both_types(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["edges"][1] = edge("n2", "test", "n4", "model")  # DataFrame into UntrainedModel

    problem = the_problem(problems_of(pipeline, catalog))

    assert where(problem) == ("n4", "model", None)
    assert problem.message == "cannot wire n2.test (DataFrame) to n4.model, which takes UntrainedModel"


def test_an_any_file_input_takes_any_output(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"].append(node("n5", "export_file"))
    pipeline["edges"].append(edge("n4", "model", "n5", "file"))
    pipeline["edges"].append(edge("n2", "test", "n5", "extra"))

    assert problems_of(pipeline, catalog) == []


def test_it_reports_an_input_connected_twice(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["edges"].append(edge("n2", "test", "n4", "dataset"))

    problem = the_problem(problems_of(pipeline, catalog))

    assert where(problem) == ("n4", "dataset", None)
    assert problem.message == "input dataset is connected 2 times (from n2.train, n2.test); an input takes one wire"


def test_the_same_wire_drawn_twice_is_an_input_connected_twice(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["edges"].append(dict(pipeline["edges"][0]))

    problem = the_problem(problems_of(pipeline, catalog))

    assert where(problem) == ("n2", "dataset", None)
    assert "connected 2 times (from n1.dataset, n1.dataset)" in problem.message


def test_an_output_may_feed_many_inputs(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"].append(node("n5", "split_data"))
    pipeline["edges"].append(edge("n1", "dataset", "n5", "dataset"))

    assert problems_of(pipeline, catalog) == []


def test_it_reports_each_required_input_left_unconnected(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["edges"] = [pipeline["edges"][0]]

    problems = problems_of(pipeline, catalog)

    assert [(where(p), p.message) for p in problems] == [
        (("n4", "model", None), "required input model (UntrainedModel) is not connected"),
        (("n4", "dataset", None), "required input dataset (DataFrame) is not connected"),
    ]


def test_optional_inputs_may_stay_unconnected(catalog: DictCatalog) -> None:
    raw = {
        "schema": 1,
        "nodes": [node("a", "sample_dataset"), node("b", "apply_sql")],
        "edges": [edge("a", "dataset", "b", "t1")],
    }

    assert problems_of(raw, catalog) == []


# --- cycles -----------------------------------------------------------------------------


def test_it_reports_a_node_wired_into_itself(catalog: DictCatalog) -> None:
    raw = {
        "schema": 1,
        "nodes": [node("a", "sample_dataset"), node("b", "apply_sql")],
        "edges": [edge("a", "dataset", "b", "t1"), edge("b", "dataset", "b", "t2")],
    }

    problem = the_problem(problems_of(raw, catalog))

    assert where(problem) == ("b", "t2", None)
    assert problem.message == "b.dataset → b.t2 wires the node into itself; a node cannot feed its own input"


def test_it_reports_a_cycle_with_its_nodes(catalog: DictCatalog) -> None:
    raw = {
        "schema": 1,
        "nodes": [
            node("src", "sample_dataset"),
            node("a", "apply_sql"),
            node("b", "apply_sql"),
            node("c", "apply_sql"),
        ],
        "edges": [
            edge("src", "dataset", "a", "t1"),
            edge("a", "dataset", "b", "t1"),
            edge("b", "dataset", "c", "t1"),
            edge("c", "dataset", "a", "t2"),
        ],
    }

    problems = problems_of(raw, catalog)

    # Each node of the loop once, each with the loop read from that node.
    assert [(p.node_id, p.message) for p in problems] == [
        ("a", "node is part of a cycle: a → b → c → a"),
        ("b", "node is part of a cycle: b → c → a → b"),
        ("c", "node is part of a cycle: c → a → b → c"),
    ]


def test_it_reports_separate_cycles_separately(catalog: DictCatalog) -> None:
    raw = {
        "schema": 1,
        "nodes": [node(i, "apply_sql") for i in ("a", "b", "x", "y", "z")],
        "edges": [
            edge("a", "dataset", "b", "t1"),
            edge("b", "dataset", "a", "t1"),
            edge("x", "dataset", "y", "t1"),
            edge("y", "dataset", "x", "t1"),
            edge("b", "dataset", "z", "t1"),
        ],
    }

    problems = problems_of(raw, catalog)

    assert [(p.node_id, p.message) for p in problems] == [
        ("a", "node is part of a cycle: a → b → a"),
        ("b", "node is part of a cycle: b → a → b"),
        ("x", "node is part of a cycle: x → y → x"),
        ("y", "node is part of a cycle: y → x → y"),
    ]


def test_a_node_on_two_loops_is_reported_once_with_its_shortest_loop(catalog: DictCatalog) -> None:
    raw = {
        "schema": 1,
        "nodes": [node(i, "apply_sql") for i in ("a", "b", "c")],
        "edges": [
            edge("a", "dataset", "b", "t1"),
            edge("b", "dataset", "a", "t1"),
            edge("b", "dataset", "c", "t1"),
            edge("c", "dataset", "a", "t2"),
        ],
    }

    problems = problems_of(raw, catalog)

    assert [(p.node_id, p.message) for p in problems] == [
        ("a", "node is part of a cycle: a → b → a"),
        ("b", "node is part of a cycle: b → a → b"),
        ("c", "node is part of a cycle: c → a → b → c"),
    ]


def test_a_large_cycle_is_reported_quickly(catalog: DictCatalog) -> None:
    ids = [f"n{i}" for i in range(500)]
    raw = {
        "schema": 1,
        "nodes": [node(i, "apply_sql") for i in ids],
        "edges": [edge(a, "dataset", b, "t1") for a, b in zip(ids, ids[1:] + ids[:1], strict=True)],
    }

    started = time.perf_counter()
    problems = problems_of(raw, catalog)

    assert time.perf_counter() - started < 1.0
    assert len(problems) == 500
    assert problems[0].message.startswith("node is part of a cycle: n0 → n1 → n2")
    assert problems[7].message.startswith("node is part of a cycle: n7 → n8")


# --- parameters -------------------------------------------------------------------------


def param_problem(catalog: DictCatalog, module: str, params: dict[str, Any]) -> Problem:
    raw = {"schema": 1, "nodes": [node("n1", module, params=params)], "edges": []}
    return the_problem(problems_of(raw, catalog))


def test_it_reports_an_unknown_param_and_lists_the_known_ones(catalog: DictCatalog) -> None:
    problem = param_problem(catalog, "logistic_regression", {"alpha": 1})

    assert where(problem) == ("n1", None, "alpha")
    assert problem.message == "logistic_regression has no parameter 'alpha' (known: C, penalty, max_iter)"


@pytest.mark.parametrize(
    ("params", "param", "message"),
    [
        ({"max_iter": True}, "max_iter", "max_iter must be an integer, got a boolean true"),
        ({"max_iter": 10.0}, "max_iter", "max_iter must be an integer, got a number 10.0"),
        ({"max_iter": "10"}, "max_iter", 'max_iter must be an integer, got a string "10"'),
        ({"C": False}, "C", "C must be a number, got a boolean false"),
        ({"C": "1"}, "C", 'C must be a number, got a string "1"'),
        ({"C": float("inf")}, "C", "C must be a finite number, got a number Infinity"),
        ({"penalty": "l3"}, "penalty", 'penalty must be one of l1, l2; got "l3"'),
        ({"penalty": 1}, "penalty", "penalty must be a string, got an integer 1"),
        ({"max_iter": 0}, "max_iter", "max_iter must be at least 1, got 0"),
        ({"max_iter": 10001}, "max_iter", "max_iter must be at most 10000, got 10001"),
        ({"C": 0.00001}, "C", "C must be at least 0.0001, got 1e-05"),
    ],
)
def test_it_reports_a_bad_param_value(catalog: DictCatalog, params: dict[str, Any], param: str, message: str) -> None:
    problem = param_problem(catalog, "logistic_regression", params)

    assert where(problem) == ("n1", None, param)
    assert problem.message == message


def test_an_integer_is_a_fine_value_for_a_float_param(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"][1]["params"]["fraction"] = 1

    assert problems_of(pipeline, catalog) == []


def test_range_bounds_are_inclusive(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"][1]["params"]["fraction"] = 0
    pipeline["nodes"][2]["params"] = {"max_iter": 10000}

    assert problems_of(pipeline, catalog) == []


@pytest.mark.parametrize(
    ("params", "param", "message"),
    [
        ({"randomize": "yes"}, "randomize", 'randomize must be true or false, got a string "yes"'),
        ({"randomize": 1}, "randomize", "randomize must be true or false, got an integer 1"),
        ({"stratify": "label"}, "stratify", 'stratify must be a list of column names, got a string "label"'),
        ({"stratify": ["a", 1]}, "stratify", 'stratify must be a list of column names, got a list ["a", 1]'),
    ],
)
def test_it_checks_bool_and_columns_params(
    catalog: DictCatalog, params: dict[str, Any], param: str, message: str
) -> None:
    raw = {
        "schema": 1,
        "nodes": [node("a", "sample_dataset"), node("n1", "split_data", params=params)],
        "edges": [edge("a", "dataset", "n1", "dataset")],
    }

    problem = the_problem(problems_of(raw, catalog))

    assert (where(problem), problem.message) == (("n1", None, param), message)


def test_text_params_must_be_strings(catalog: DictCatalog) -> None:
    raw = {"schema": 1, "nodes": [node("n1", "train_model", params={"label_column": ["y"]})], "edges": []}

    # The module's inputs are unconnected too; only the parameter matters here.
    problem = the_problem([p for p in problems_of(raw, catalog) if p.param])
    assert problem.message == 'label_column must be a string, got a list ["y"]'


def test_null_is_allowed_for_a_param_that_is_not_required(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"][1]["params"] = {"fraction": None, "seed": None, "stratify": None}
    pipeline["parameters"] = []

    assert problems_of(pipeline, catalog) == []


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, "label_column is required"),
        ({"label_column": None}, "label_column is required"),
        ({"label_column": ""}, "label_column is required and cannot be empty"),
        ({"label_column": "   "}, "label_column is required and cannot be empty"),
    ],
)
def test_it_reports_a_required_param_missing_or_empty(
    pipeline: dict[str, Any], catalog: DictCatalog, params: dict[str, Any], message: str
) -> None:
    pipeline["nodes"][3]["params"] = params

    problem = the_problem(problems_of(pipeline, catalog))

    assert where(problem) == ("n4", None, "label_column")
    assert problem.message == message


def test_a_required_param_with_a_module_default_may_be_left_out(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"][0]["params"] = {}  # sample_dataset.name is required, default "iris"

    assert problems_of(pipeline, catalog) == []


def test_it_reports_node_parameters_over_the_size_limit(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"][3]["params"]["label_column"] = "x" * 200

    problem = the_problem(problems_of(pipeline, catalog, GraphLimits(max_param_bytes=100)))

    assert where(problem) == ("n4", None, None)
    assert problem.message == "parameters take 219 bytes as JSON; at most 100 allowed"


def test_it_reports_a_label_over_the_length_limit(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"][0]["label"] = "é" * 201

    problem = the_problem(problems_of(pipeline, catalog))

    assert where(problem) == ("n1", None, None)
    assert problem.message == "label is 201 characters long; at most 200 allowed"


# --- pipeline parameters and bindings ---------------------------------------------------


def test_it_reports_a_binding_to_an_undefined_pipeline_parameter(
    pipeline: dict[str, Any], catalog: DictCatalog
) -> None:
    pipeline["nodes"][1]["params"]["fraction"] = {"$param": "ratio"}

    problem = the_problem(problems_of(pipeline, catalog))

    assert where(problem) == ("n2", None, "fraction")
    assert problem.message == "fraction is bound to undefined pipeline parameter 'ratio' (defined: seed)"


def test_it_reports_a_binding_whose_type_does_not_fit(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["parameters"][0]["type"] = "float"
    pipeline["parameters"][0]["default"] = 0.5

    problem = the_problem(problems_of(pipeline, catalog))

    assert where(problem) == ("n2", None, "seed")
    assert problem.message == "seed is a int parameter but pipeline parameter seed is a float"


@pytest.mark.parametrize(
    ("pipeline_type", "default", "module", "param"),
    [
        ("int", 1, "split_data", "fraction"),  # an int feeds a float
        ("string", "l1", "logistic_regression", "penalty"),  # a string feeds a choice
        ("text", "y", "train_model", "label_column"),  # text and string are both strings
        ("choice", "y", "train_model", "label_column"),
    ],
)
def test_bindings_between_compatible_types_are_fine(
    catalog: DictCatalog, pipeline_type: str, default: object, module: str, param: str
) -> None:
    raw = {
        "schema": 1,
        "nodes": [node("n1", module, params={param: {"$param": "p"}})],
        "edges": [],
        "parameters": [{"name": "p", "type": pipeline_type, "default": default}],
    }

    problems = [p for p in problems_of(raw, catalog) if p.param is not None]

    assert problems == []


def test_it_checks_a_pipeline_parameter_default_against_the_bound_param(
    pipeline: dict[str, Any], catalog: DictCatalog
) -> None:
    pipeline["parameters"].append({"name": "ratio", "type": "float", "default": 1.5})
    pipeline["nodes"][1]["params"]["fraction"] = {"$param": "ratio"}

    problem = the_problem(problems_of(pipeline, catalog))

    assert where(problem) == ("n2", None, "fraction")
    assert problem.message == "fraction must be at most 1, got 1.5 (the default of pipeline parameter ratio)"


def test_a_bound_required_param_is_left_for_the_run_to_fill(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["parameters"].append({"name": "label", "type": "string"})
    pipeline["nodes"][3]["params"]["label_column"] = {"$param": "label"}

    assert problems_of(pipeline, catalog) == []


def test_it_reports_a_malformed_binding(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"][1]["params"]["seed"] = {"$param": "seed", "fallback": 1}

    problems = problems_of(pipeline, catalog)

    assert [(where(p), p.message) for p in problems] == [
        (
            ("n2", None, "seed"),
            'seed: a binding must look like {"$param": "<name>"}, got {"$param": "seed", "fallback": 1}',
        ),
        ((None, None, "seed"), "pipeline parameter seed is not used by any node"),
    ]


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        (
            [{"name": "my seed", "type": "int"}],
            "pipeline parameter name 'my seed' must start with a letter or '_' and hold only letters, digits "
            "and '_' (at most 64 characters)",
        ),
        (
            [{"name": "seed", "type": "integer"}],
            "pipeline parameter seed has unknown type 'integer' (known: int, float, bool, string, text, code, "
            "choice, columns)",
        ),
        (
            [{"name": "seed", "type": "int", "default": True}],
            "default of pipeline parameter seed must be an integer, got a boolean true",
        ),
        (
            [{"name": "seed", "type": "int"}, {"name": "seed", "type": "int"}],
            "pipeline parameter seed is defined 2 times",
        ),
    ],
)
def test_it_reports_a_bad_pipeline_parameter_definition(
    pipeline: dict[str, Any], catalog: DictCatalog, parameters: list[dict[str, Any]], message: str
) -> None:
    pipeline["parameters"] = parameters
    pipeline["nodes"][1]["params"]["seed"] = 1  # only the definitions are under test

    problems = [p for p in problems_of(pipeline, catalog) if p.severity == "error"]

    problem = the_problem(problems)
    assert where(problem) == (None, None, parameters[0]["name"])
    assert problem.message == message


def test_an_unused_pipeline_parameter_is_a_warning(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["parameters"].append({"name": "spare", "type": "bool", "default": False})

    result = validate_graph(pipeline, catalog)

    problem = the_problem(result.problems)
    assert result.ok
    assert (problem.severity, where(problem)) == ("warning", (None, None, "spare"))


# --- size limits ------------------------------------------------------------------------


def test_it_reports_too_many_nodes_and_edges_and_stops_there(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"].append(node("n5", "teleport"))  # would be "unknown module"

    problems = problems_of(pipeline, catalog, GraphLimits(max_nodes=4, max_edges=2))

    assert [p.message for p in problems] == [
        "the graph has 5 nodes; at most 4 allowed",
        "the graph has 3 edges; at most 2 allowed",
    ]


def test_a_graph_at_the_default_limits_validates_quickly(catalog: DictCatalog) -> None:
    nodes = [node("s", "sample_dataset")] + [node(f"n{i}", "split_data") for i in range(1999)]
    edges = [edge("s", "dataset", "n0", "dataset")] + [
        edge(f"n{i}", "train", f"n{i + 1}", "dataset") for i in range(1998)
    ]

    started = time.perf_counter()
    result = validate_graph({"schema": 1, "nodes": nodes, "edges": edges}, catalog)

    assert result.problems == []
    assert time.perf_counter() - started < 1.0


# --- all at once ------------------------------------------------------------------------


def test_it_reports_every_problem_at_once(catalog: DictCatalog) -> None:
    raw = {
        "schema": 1,
        "nodes": [
            node("data", "sample_dataset", params={"name": "mnist"}),
            node("split", "split_data", version="2.0.0", params={"fraction": 1.2, "seed": {"$param": "sed"}}),
            node("algo", "logistic_regression", params={"max_iter": True, "tol": 0.1}),
            node("train", "train_model"),
            node("ghost", "no_such_module"),
            node("loop1", "apply_sql"),
            node("loop2", "apply_sql"),
            node("data", "sample_dataset"),
        ],
        "edges": [
            edge("data", "dataset", "split", "dataset"),
            edge("split", "train", "train", "model"),
            edge("split", "test", "train", "model"),
            edge("split", "valid", "loop1", "t1"),
            edge("algo", "model", "nowhere", "dataset"),
            edge("loop1", "dataset", "loop2", "t1"),
            edge("loop2", "dataset", "loop1", "t2"),
        ],
        "parameters": [{"name": "seed", "type": "int", "default": -1}],
    }

    problems = problems_of(raw, catalog)

    assert [(where(p), p.severity, p.message) for p in problems] == [
        (("data", None, None), "error", "node id data is used by 2 nodes; ids must be unique"),
        (("data", None, "name"), "error", 'name must be one of iris, wine; got "mnist"'),
        (("split", None, None), "error", "module split_data 2.0.0 is disabled; use one of: 1.0.0, 1.1.0"),
        (("split", None, "fraction"), "error", "fraction must be at most 1, got 1.2"),
        (
            ("split", None, "seed"),
            "error",
            "seed is bound to undefined pipeline parameter 'sed' (defined: seed)",
        ),
        (
            ("algo", None, "max_iter"),
            "error",
            "max_iter must be an integer, got a boolean true",
        ),
        (
            ("algo", None, "tol"),
            "error",
            "logistic_regression has no parameter 'tol' (known: C, penalty, max_iter)",
        ),
        (("train", None, "label_column"), "error", "label_column is required"),
        (("ghost", None, None), "error", "unknown module 'no_such_module'"),
        (
            ("train", "model", None),
            "error",
            "cannot wire split.train (DataFrame) to train.model, which takes UntrainedModel",
        ),
        (
            ("train", "model", None),
            "error",
            "cannot wire split.test (DataFrame) to train.model, which takes UntrainedModel",
        ),
        (("split", "valid", None), "error", "split_data has no output 'valid' (outputs: train, test)"),
        (("algo", "model", None), "error", "edge algo.model → nowhere.dataset points to unknown node nowhere"),
        (
            ("train", "model", None),
            "error",
            "input model is connected 2 times (from split.train, split.test); an input takes one wire",
        ),
        (("train", "dataset", None), "error", "required input dataset (DataFrame) is not connected"),
        (("loop1", None, None), "error", "node is part of a cycle: loop1 → loop2 → loop1"),
        (("loop2", None, None), "error", "node is part of a cycle: loop2 → loop1 → loop2"),
        ((None, None, "seed"), "warning", "pipeline parameter seed is not used by any node"),
    ]


def test_unknown_compute_targets_are_reported_on_their_nodes_when_targets_are_known(
    pipeline: dict[str, Any], catalog: DictCatalog
) -> None:
    pipeline["compute"] = "cpu"  # and node n4 asks for "gpu"
    assert validate_graph(pipeline, catalog).ok  # the pure check does not know any targets
    result = validate_graph(pipeline, catalog, compute_targets=["local", "cpu"])
    assert [(p.node_id, p.param, p.message) for p in result.errors] == [
        ("n4", "compute", "unknown compute target 'gpu' (available: cpu, local)")
    ]
    result = validate_graph(pipeline, catalog, compute_targets=["local", "gpu"])
    assert [p.message for p in result.errors] == ["unknown default compute target 'cpu' (available: gpu, local)"]
