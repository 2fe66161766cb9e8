from __future__ import annotations

import json
import math
from typing import Any

import pytest

from designer.graph import (
    DocumentError,
    Edge,
    GraphDocument,
    Node,
    PipelineParameter,
    Position,
    Problem,
    binding_name,
    is_binding,
    parse_document,
)


def messages(problems: list[Problem]) -> list[str]:
    return [p.message for p in problems]


def only_problem(raw: object) -> Problem:
    document, problems = parse_document(raw)
    assert document is None
    assert len(problems) == 1, messages(problems)
    return problems[0]


def with_node(**fields: Any) -> dict[str, Any]:
    return {"schema": 1, "nodes": [{"id": "n1", "module": "split_data", **fields}], "edges": []}


def test_it_parses_the_document_from_the_architecture_notes() -> None:
    raw = {
        "schema": 1,
        "nodes": [
            {
                "id": "n1",
                "module": "split_data",
                "version": None,
                "params": {"fraction": 0.7, "seed": {"$param": "seed"}},
                "position": {"x": 120, "y": 80},
                "label": "Split 70/30",
                "compute": None,
                "reuse": True,
            }
        ],
        "edges": [{"source": "n0", "source_port": "dataset", "target": "n1", "target_port": "dataset"}],
        "parameters": [{"name": "seed", "type": "int", "default": 42}],
    }

    document, problems = parse_document(raw)

    assert problems == []
    assert document == GraphDocument(
        schema=1,
        nodes=[
            Node(
                id="n1",
                module="split_data",
                version=None,
                params={"fraction": 0.7, "seed": {"$param": "seed"}},
                position=Position(120, 80),
                label="Split 70/30",
            )
        ],
        edges=[Edge("n0", "dataset", "n1", "dataset")],
        parameters=[PipelineParameter("seed", "int", 42)],
    )


def test_it_round_trips_through_to_dict_and_json() -> None:
    document = GraphDocument(
        nodes=[
            Node("a", "sample_dataset", "1.0.0", {"name": "iris"}, Position(1.5, -2), "A", "note", "gpu", False),
            Node("b", "split_data"),
        ],
        edges=[Edge("a", "dataset", "b", "dataset")],
        parameters=[PipelineParameter("cols", "columns", ["x", "y"])],
    )

    again = GraphDocument.from_dict(json.loads(json.dumps(document.to_dict())))

    assert again == document


def test_to_dict_writes_every_field_so_stored_documents_are_explicit() -> None:
    data = GraphDocument(nodes=[Node("n1", "split_data")]).to_dict()

    assert data == {
        "schema": 1,
        "nodes": [
            {
                "id": "n1",
                "module": "split_data",
                "version": None,
                "params": {},
                "position": {"x": 0.0, "y": 0.0},
                "label": "",
                "comment": "",
                "compute": None,
                "reuse": True,
            }
        ],
        "edges": [],
        "parameters": [],
    }


def test_an_empty_graph_is_valid_and_parameters_are_optional() -> None:
    document, problems = parse_document({"schema": 1, "nodes": [], "edges": []})

    assert problems == []
    assert document == GraphDocument()


def test_optional_node_fields_take_their_defaults() -> None:
    document, problems = parse_document(with_node())

    assert problems == []
    assert document is not None
    assert document.nodes[0] == Node(id="n1", module="split_data")


def test_null_label_comment_params_and_reuse_mean_their_defaults() -> None:
    document, problems = parse_document(with_node(label=None, comment=None, params=None, reuse=None))

    assert problems == []
    assert document is not None
    assert document.nodes[0] == Node(id="n1", module="split_data")


def test_unknown_keys_are_ignored() -> None:
    raw = with_node(selected=True, data={"x": 1})
    raw["viewport"] = {"zoom": 2}

    document, problems = parse_document(raw)

    assert problems == []
    assert document is not None
    assert "selected" not in document.nodes[0].to_dict()


def test_the_document_does_not_share_params_with_the_raw_json() -> None:
    raw = with_node(params={"stratify": ["a"]})
    document, _ = parse_document(raw)
    raw["nodes"][0]["params"]["stratify"].append("b")

    assert document is not None
    assert document.nodes[0].params == {"stratify": ["a"]}


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([], "the graph document must be a JSON object, got array"),
        ("{}", "the graph document must be a JSON object, got string"),
        (None, "the graph document must be a JSON object, got null"),
        ({"schema": 2, "nodes": [], "edges": []}, "unsupported schema 2: this server reads schema 1 documents"),
        ({"schema": "1", "nodes": [], "edges": []}, 'schema must be the number 1, got string "1"'),
        ({"schema": True, "nodes": [], "edges": []}, "schema must be the number 1, got boolean true"),
        ({"nodes": [], "edges": []}, "schema is missing (expected 1)"),
        ({"schema": 1, "edges": []}, "nodes is missing (expected a list)"),
        ({"schema": 1, "nodes": []}, "edges is missing (expected a list)"),
        ({"schema": 1, "nodes": {}, "edges": []}, "nodes must be a list, got object"),
        ({"schema": 1, "nodes": [], "edges": "n1->n2"}, "edges must be a list, got string"),
        ({"schema": 1, "nodes": [], "edges": [], "parameters": {}}, "parameters must be a list, got object"),
    ],
)
def test_it_reports_a_malformed_document_precisely(raw: object, message: str) -> None:
    assert only_problem(raw).message == message


@pytest.mark.parametrize(
    ("node", "message"),
    [
        ("n1", "node #1 must be an object, got string"),
        ({"module": "split_data"}, "node #1 has no id"),
        ({"id": 7, "module": "split_data"}, "node #1: id must be a non-empty string, got number 7"),
        ({"id": "", "module": "split_data"}, 'node #1: id must be a non-empty string, got string ""'),
    ],
)
def test_it_reports_a_node_it_cannot_identify(node: object, message: str) -> None:
    problem = only_problem({"schema": 1, "nodes": [node], "edges": []})

    assert problem.node_id is None
    assert problem.message == message


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"module": None}, "module must be a non-empty string, got null"),
        ({"module": 3}, "module must be a non-empty string, got number 3"),
        ({"version": 1}, "version must be null or a version string, got number 1"),
        ({"version": ""}, 'version must be null or a version string, got string ""'),
        ({"params": []}, "params must be an object, got array []"),
        ({"params": {"cols": ("a", "b")}}, "params are not JSON: params.cols is a tuple"),
        ({"params": {"cols": {1: "a"}}}, "params are not JSON: params.cols has a non-string key 1"),
        ({"position": {"x": "1", "y": 2}}, "position must be an object with finite numbers x and y"),
        ({"position": {"x": True, "y": 2}}, "position must be an object with finite numbers x and y"),
        ({"position": {"x": math.nan, "y": 2}}, "position must be an object with finite numbers x and y"),
        ({"position": [1, 2]}, "position must be an object with finite numbers x and y"),
        ({"label": 5}, "label must be a string, got number 5"),
        ({"comment": ["x"]}, 'comment must be a string, got array ["x"]'),
        ({"compute": 1}, "compute must be null or a compute target name, got number 1"),
        ({"reuse": "yes"}, 'reuse must be true or false, got string "yes"'),
    ],
)
def test_it_reports_a_bad_node_field_on_that_node(fields: dict[str, Any], message: str) -> None:
    raw = with_node(**fields)
    if "module" in fields:
        raw["nodes"][0]["module"] = fields["module"]

    problem = only_problem(raw)

    assert problem.node_id == "n1"
    assert problem.message.startswith(message)


def test_a_node_without_a_module_is_reported() -> None:
    problem = only_problem({"schema": 1, "nodes": [{"id": "n1"}], "edges": []})

    assert (problem.node_id, problem.message) == ("n1", "module is missing")


def test_it_reports_an_edge_with_a_missing_end_and_names_the_input() -> None:
    raw = {"schema": 1, "nodes": [], "edges": [{"source": "n1", "target": "n2", "target_port": "dataset"}]}

    problem = only_problem(raw)

    assert (problem.node_id, problem.port) == ("n2", "dataset")
    assert problem.message == "edge #1 (n1.? → n2.dataset): source_port must be non-empty strings"


def test_it_reports_an_edge_that_is_not_an_object() -> None:
    problem = only_problem({"schema": 1, "nodes": [], "edges": [["n1", "n2"]]})

    assert problem.message == "edge #1 must be an object, got array"


@pytest.mark.parametrize(
    ("parameter", "message", "param"),
    [
        (42, "pipeline parameter #1 must be an object, got number", None),
        ({"type": "int"}, "pipeline parameter #1: name must be a non-empty string, got null", None),
        ({"name": "seed"}, "pipeline parameter seed: type must be a non-empty string, got null", "seed"),
        ({"name": "s", "type": "int", "default": {1, 2}}, "pipeline parameter s: default is a set", "s"),
    ],
)
def test_it_reports_a_malformed_pipeline_parameter(parameter: object, message: str, param: str | None) -> None:
    problem = only_problem({"schema": 1, "nodes": [], "edges": [], "parameters": [parameter]})

    assert problem.param == param
    assert problem.message == message


def test_it_reports_every_structural_problem_not_just_the_first() -> None:
    raw = {
        "schema": 1,
        "nodes": [{"id": "a", "module": "m", "label": 1}, {"module": "m"}, {"id": "c", "module": "m", "reuse": 0}],
        "edges": [{"source": "a"}],
        "parameters": [{"name": "p"}],
    }

    document, problems = parse_document(raw)

    assert document is None
    assert messages(problems) == [
        "label must be a string, got number 1",
        "node #2 has no id",
        "reuse must be true or false, got number 0",
        "edge #1 (a.? → ?.?): source_port, target, target_port must be non-empty strings",
        "pipeline parameter p: type must be a non-empty string, got null",
    ]


def test_from_dict_raises_with_every_problem() -> None:
    with pytest.raises(DocumentError) as raised:
        GraphDocument.from_dict({"schema": 1, "nodes": "x", "edges": None})

    assert messages(raised.value.problems) == ["nodes must be a list, got string", "edges must be a list, got null"]
    assert "nodes must be a list" in str(raised.value)


def test_a_problem_serializes_to_the_api_shape() -> None:
    problem = Problem(node_id="n1", port="dataset", message="boom", severity="warning")

    assert problem.to_dict() == {
        "node_id": "n1",
        "port": "dataset",
        "param": None,
        "message": "boom",
        "severity": "warning",
    }
    assert Problem.from_dict(problem.to_dict()) == problem


def test_it_recognizes_parameter_bindings() -> None:
    assert binding_name({"$param": "seed"}) == "seed"
    assert is_binding({"$param": "seed"})
    # Malformed bindings are still bindings (so they are reported), but have no name.
    assert is_binding({"$param": 3}) and binding_name({"$param": 3}) is None
    assert is_binding({"$param": "a", "x": 1}) and binding_name({"$param": "a", "x": 1}) is None
    assert not is_binding({"param": "seed"}) and binding_name("seed") is None


def test_run_settings_of_a_node_round_trip_and_stay_out_of_documents_that_do_not_use_them() -> None:
    raw = with_node(timeout_seconds=90, max_retries=2, retry_on=["timeout", "worker_lost"], compute="gpu")
    raw["compute"] = "cpu"
    document, problems = parse_document(raw)
    assert problems == [] and document is not None
    node = document.nodes[0]
    assert (node.timeout_seconds, node.max_retries, node.retry_on) == (90, 2, ("timeout", "worker_lost"))
    assert document.compute == "cpu"
    again = document.to_dict()
    assert again["compute"] == "cpu"
    assert {k: again["nodes"][0][k] for k in ("timeout_seconds", "max_retries", "retry_on", "compute")} == {
        "timeout_seconds": 90,
        "max_retries": 2,
        "retry_on": ["timeout", "worker_lost"],
        "compute": "gpu",
    }
    plain, _ = parse_document(with_node())
    assert plain is not None
    assert "compute" not in plain.to_dict()
    assert not {"timeout_seconds", "max_retries", "retry_on"} & set(plain.to_dict()["nodes"][0])


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"timeout_seconds": 0}, "timeout_seconds must be null or a number of seconds above 0, got number 0"),
        ({"max_retries": 11}, "max_retries must be a whole number from 0 to 10, got number 11"),
        ({"max_retries": True}, "max_retries must be a whole number from 0 to 10, got boolean true"),
        (
            {"retry_on": ["sometimes"]},
            "retry_on must be a list of failure kinds from error, timeout, killed, worker_lost, "
            'got array ["sometimes"]',
        ),
    ],
)
def test_bad_run_settings_are_reported_on_the_node(fields: dict[str, Any], message: str) -> None:
    _, problems = parse_document(with_node(**fields))
    assert [(p.node_id, p.message) for p in problems] == [("n1", message)]


def test_a_default_compute_target_that_is_not_a_name_is_reported() -> None:
    raw = with_node()
    raw["compute"] = 5
    _, problems = parse_document(raw)
    assert messages(problems) == ["compute must be null or a compute target name, got number 5"]
