"""Every kind of malformed graph, through the HTTP API.

The design: a document is saved whole or not at all. One that is structurally broken
(not JSON, not an object, a schema this server does not read, nodes or edges missing or
of the wrong shape) is refused with a 400 and the stored pipeline and its revision stay
as they were. One that is well-formed but semantically invalid (cycles, unknown modules,
bad wires, bad parameters, ...) is saved, so work in progress is never lost; validate
then lists its problems and submitting it gives a 400 listing every problem at once and
creates no run. Every 400 is {"message", "extra": {"errors": [{node_id, port, param,
message}]}}, each problem pinned to the node, port and parameter it is about.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import pytest
from rest_framework.test import APIClient

from designer import registry, services
from designer.models import Pipeline
from runner.models import PipelineRun, StepRun
from tests.integration.graphs import CSV, edge, node

pytestmark = pytest.mark.integration

PROBLEM_KEYS = {"node_id", "port", "param", "message", "severity"}


@pytest.fixture
def client(alice: Any, modules: None) -> APIClient:
    """Alice, with a custom module whose 1.0.0 is disabled and 2.0.0 is the default."""
    workspace = services.workspace_default(user=alice)
    spec = {
        "slug": "passthrough",
        "version": "1.0.0",
        "name": "Passthrough",
        "inputs": [{"name": "dataset", "type": "DataFrame"}],
        "outputs": [{"name": "dataset", "type": "DataFrame"}],
    }
    source = "def main(ctx, *, dataset):\n    return {'dataset': dataset}\n"
    registry.module_publish(workspace=workspace, user=alice, spec=spec, source=source)
    registry.module_publish(workspace=workspace, user=alice, spec={**spec, "version": "2.0.0"}, source=source)
    module = workspace.modules.get(slug="passthrough")
    registry.module_version_update(module=module, user=alice, version="1.0.0", status="disabled")
    api = APIClient()
    api.force_login(alice)
    return api


def graph(nodes: list[dict[str, Any]], edges: list[dict[str, str]] | None = None, **extra: Any) -> dict[str, Any]:
    return {"schema": 1, "nodes": nodes, "edges": edges or [], "parameters": [], **extra}


def data(node_id: str = "data") -> dict[str, Any]:
    return node(node_id, "enter_data", {"text": CSV})


def select(node_id: str = "pick", **params: Any) -> dict[str, Any]:
    return node(node_id, "select_columns", {"columns": ["x"], **params})


def versioned(node_: dict[str, Any], version: str) -> dict[str, Any]:
    return {**node_, "version": version}


def problems_of(response: Any) -> list[dict[str, Any]]:
    body = response.json()
    assert set(body) == {"message", "extra"}, body
    errors = body["extra"]["errors"]
    assert errors, body
    for problem in errors:
        assert set(problem) == PROBLEM_KEYS, problem
    return list(errors)


def assert_reported(
    errors: list[dict[str, Any]], expected: list[tuple[str | None, str | None, str | None, str]]
) -> None:
    """Each expected (node_id, port, param, message fragment) is among the errors."""
    for node_id, port, param, fragment in expected:
        assert any(
            (e["node_id"], e["port"], e["param"]) == (node_id, port, param) and fragment in e["message"] for e in errors
        ), f"no error ({node_id}, {port}, {param}, {fragment!r}) in:\n" + json.dumps(errors, indent=1)


# --------------------------------------------------------------------------- semantic problems

# (graph, [(node_id, port, param, message fragment), ...])
SEMANTIC = {
    "cycle": (
        graph(
            [data(), select("a"), select("b"), select("c")],
            [
                edge("data", "dataset", "a", "dataset"),
                edge("a", "dataset", "b", "dataset"),
                edge("b", "dataset", "c", "dataset"),
                edge("c", "dataset", "b", "dataset"),
            ],
        ),
        [
            ("b", None, None, "node is part of a cycle: b → c → b"),
            ("c", None, None, "node is part of a cycle: c → b → c"),
            ("b", "dataset", None, "input dataset is connected 2 times (from a.dataset, c.dataset)"),
        ],
    ),
    "self-loop": (
        graph([select("a")], [edge("a", "dataset", "a", "dataset")]),
        [("a", "dataset", None, "a.dataset → a.dataset wires the node into itself")],
    ),
    "unknown-module": (
        graph([data(), node("ghost", "no_such_module")]),
        [("ghost", None, None, "unknown module 'no_such_module'")],
    ),
    "unknown-version": (
        graph([data(), versioned(select(), "9.9.9")], [edge("data", "dataset", "pick", "dataset")]),
        [("pick", None, None, "module select_columns has no version 9.9.9 (available: 1.0.0)")],
    ),
    "disabled-version": (
        graph(
            [data(), versioned(node("pass", "passthrough"), "1.0.0")],
            [edge("data", "dataset", "pass", "dataset")],
        ),
        [("pass", None, None, "module passthrough 1.0.0 is disabled; use one of: 2.0.0")],
    ),
    "unknown-input-port": (
        graph([data(), select()], [edge("data", "dataset", "pick", "table")]),
        [
            ("pick", "table", None, "select_columns has no input 'table' (inputs: dataset)"),
            ("pick", "dataset", None, "required input dataset (DataFrame) is not connected"),
        ],
    ),
    "unknown-output-port": (
        graph([data(), select()], [edge("data", "table", "pick", "dataset")]),
        [("data", "table", None, "enter_data has no output 'table' (outputs: dataset)")],
    ),
    "port-type-mismatch": (
        graph([node("lr", "logistic_regression"), select()], [edge("lr", "model", "pick", "dataset")]),
        [("pick", "dataset", None, "cannot wire lr.model (UntrainedModel) to pick.dataset, which takes DataFrame")],
    ),
    "input-connected-twice": (
        graph(
            [data("one"), data("two"), select()],
            [edge("one", "dataset", "pick", "dataset"), edge("two", "dataset", "pick", "dataset")],
        ),
        [("pick", "dataset", None, "input dataset is connected 2 times (from one.dataset, two.dataset)")],
    ),
    "required-input-unconnected": (
        graph([select()]),
        [("pick", "dataset", None, "required input dataset (DataFrame) is not connected")],
    ),
    "required-param-missing": (
        graph([node("data", "enter_data")]),
        [("data", None, "text", "text is required")],
    ),
    "param-wrong-type": (
        graph(
            [data(), node("split", "split_data", {"fraction": "half"})],
            [edge("data", "dataset", "split", "dataset")],
        ),
        [("split", None, "fraction", 'fraction must be a number, got a string "half"')],
    ),
    "param-out-of-range": (
        graph(
            [data(), node("split", "split_data", {"fraction": 1.5, "seed": -1})],
            [edge("data", "dataset", "split", "dataset")],
        ),
        [
            ("split", None, "fraction", "fraction must be at most 1, got 1.5"),
            ("split", None, "seed", "seed must be at least 0, got -1"),
        ],
    ),
    "param-not-a-choice": (
        graph(
            [data(), node("norm", "normalize_data", {"method": "cubic"})],
            [edge("data", "dataset", "norm", "dataset")],
        ),
        [("norm", None, "method", 'method must be one of zscore, minmax, logistic, lognormal, tanh; got "cubic"')],
    ),
    "unknown-param": (
        graph([data(), select(colour="blue")], [edge("data", "dataset", "pick", "dataset")]),
        [("pick", None, "colour", "select_columns has no parameter 'colour'")],
    ),
    "param-bound-to-undefined-pipeline-parameter": (
        graph(
            [data(), node("split", "split_data", {"seed": {"$param": "seed"}})],
            [edge("data", "dataset", "split", "dataset")],
        ),
        [("split", None, "seed", "seed is bound to undefined pipeline parameter 'seed' (defined: none)")],
    ),
    "duplicate-node-ids": (
        graph([data(), data()]),
        [("data", None, None, "node id data is used by 2 nodes; ids must be unique")],
    ),
    "bad-node-id": (
        graph([data("my data")]),
        [("my data", None, None, "node id 'my data' may only contain letters, digits")],
    ),
    "dangling-edge": (
        graph([data()], [edge("data", "dataset", "ghost", "dataset")]),
        [("data", "dataset", None, "edge data.dataset → ghost.dataset points to unknown node ghost")],
    ),
    "too-many-nodes": (
        graph([data(f"d{i}") for i in range(2001)]),
        [(None, None, None, "the graph has 2001 nodes; at most 2000 allowed")],
    ),
    "label-too-long": (
        graph([{**data(), "label": "x" * 201}]),
        [("data", None, None, "label is 201 characters long; at most 200 allowed")],
    ),
    "params-too-large": (
        graph([node("data", "enter_data", {"text": "x,y\n" + "1,2\n" * 260_000})]),
        [("data", None, None, "parameters take 1300016 bytes as JSON; at most 1000000 allowed")],
    ),
}


@pytest.mark.parametrize(("document", "expected"), list(SEMANTIC.values()), ids=list(SEMANTIC))
def test_a_semantically_invalid_graph_is_saved_but_not_validated_or_submitted(
    client: APIClient, document: dict[str, Any], expected: list[Any]
) -> None:
    created = client.post("/api/pipelines/", {"name": "work in progress", "graph": document}, format="json")
    assert created.status_code == 201, created.content
    pipeline_id = created.json()["id"]
    assert len(Pipeline.objects.get(pk=pipeline_id).graph["nodes"]) == len(document["nodes"])

    validated = client.post(f"/api/pipelines/{pipeline_id}/validate/")
    assert validated.status_code == 400
    assert validated.json()["message"].startswith("the pipeline has ")
    assert_reported(problems_of(validated), expected)

    submitted = client.post(f"/api/pipelines/{pipeline_id}/runs/", {}, format="json")
    assert submitted.status_code == 400
    assert submitted.json()["message"] == "the pipeline has problems; fix them before running it"
    assert_reported(problems_of(submitted), expected)
    assert not PipelineRun.objects.exists() and not StepRun.objects.exists()


def test_an_edit_that_makes_a_saved_graph_invalid_is_saved_too(client: APIClient) -> None:
    valid = graph([data(), select()], [edge("data", "dataset", "pick", "dataset")])
    created = client.post("/api/pipelines/", {"name": "p", "graph": valid}, format="json").json()
    assert client.post(f"/api/pipelines/{created['id']}/validate/").status_code == 200
    document, expected = SEMANTIC["port-type-mismatch"]
    for revision, method in enumerate(("put", "patch"), start=1):
        saved = getattr(client, method)(
            f"/api/pipelines/{created['id']}/", {"revision": revision, "graph": document}, format="json"
        )
        assert saved.status_code == 200, saved.content
        assert saved.json()["revision"] == revision + 1
    assert_reported(problems_of(client.post(f"/api/pipelines/{created['id']}/validate/")), expected)


def test_every_problem_of_a_graph_is_listed_at_once(client: APIClient) -> None:
    nodes, edges, expected = [], [], []
    for name in ("unknown-module", "port-type-mismatch", "param-out-of-range", "dangling-edge", "cycle"):
        document, problems = SEMANTIC[name]
        prefix = name.replace("-", "_") + "."
        # Prefix the node ids so the five graphs do not collide.
        for n in document["nodes"]:
            nodes.append({**n, "id": prefix + n["id"]})
        for e in document["edges"]:
            edges.append({**e, "source": prefix + e["source"], "target": prefix + e["target"]})
        for node_id, port, param, fragment in problems:
            expected.append((prefix + node_id, port, param, fragment.split(":")[0].split(" (")[0]))
    created = client.post("/api/pipelines/", {"name": "many problems", "graph": graph(nodes, edges)}, format="json")
    submitted = client.post(f"/api/pipelines/{created.json()['id']}/runs/", {}, format="json")
    assert submitted.status_code == 400
    errors = problems_of(submitted)
    assert_reported(errors, [(n, p, q, "") for n, p, q, _ in expected])
    assert len(errors) >= len(expected)
    assert not PipelineRun.objects.exists()


# --------------------------------------------------------------------------- structural problems

STRUCTURAL = {
    "graph-is-a-string": ("not a graph", "the graph document must be a JSON object, got string"),
    "graph-is-a-list": ([{"id": "n1"}], "the graph document must be a JSON object, got array"),
    "graph-is-a-number": (42, "the graph document must be a JSON object, got number"),
    "schema-missing": ({"nodes": [], "edges": []}, "schema is missing (expected 1)"),
    "schema-2": ({"schema": 2, "nodes": [], "edges": []}, "unsupported schema 2: this server reads schema 1"),
    "schema-a-string": ({"schema": "1", "nodes": [], "edges": []}, 'schema must be the number 1, got string "1"'),
    "nodes-missing": ({"schema": 1, "edges": []}, "nodes is missing (expected a list)"),
    "edges-missing": ({"schema": 1, "nodes": []}, "edges is missing (expected a list)"),
    "nodes-not-a-list": ({"schema": 1, "nodes": {"n1": {}}, "edges": []}, "nodes must be a list, got object"),
    "node-not-an-object": ({"schema": 1, "nodes": ["n1"], "edges": []}, "node #1 must be an object, got string"),
    "node-without-id": ({"schema": 1, "nodes": [{"module": "enter_data"}], "edges": []}, "node #1 has no id"),
    "edge-without-target": (
        {"schema": 1, "nodes": [data()], "edges": [{"source": "data", "source_port": "dataset"}]},
        "edge #1 (data.dataset → ?.?): target, target_port must be non-empty strings",
    ),
}


@pytest.fixture
def stored(client: APIClient) -> dict[str, Any]:
    document = graph([data(), select()], [edge("data", "dataset", "pick", "dataset")])
    response = client.post("/api/pipelines/", {"name": "stored", "graph": document}, format="json")
    assert response.status_code == 201
    return dict(response.json())


def assert_unchanged(stored: dict[str, Any]) -> None:
    pipeline = Pipeline.objects.get(pk=stored["id"])
    assert (pipeline.revision, pipeline.graph, pipeline.name) == (stored["revision"], stored["graph"], stored["name"])
    assert Pipeline.objects.count() == 1


@pytest.mark.parametrize(("document", "message"), list(STRUCTURAL.values()), ids=list(STRUCTURAL))
def test_a_structurally_broken_graph_is_refused_and_nothing_changes(
    client: APIClient, stored: dict[str, Any], document: Any, message: str
) -> None:
    url = f"/api/pipelines/{stored['id']}/"
    attempts = [
        client.post("/api/pipelines/", {"name": "new", "graph": document}, format="json"),
        client.put(url, {"revision": stored["revision"], "name": "renamed", "graph": document}, format="json"),
        client.patch(url, {"revision": stored["revision"], "graph": document}, format="json"),
    ]
    for response in attempts:
        assert response.status_code == 400, response.content
        assert response.json()["message"] == "the graph document is malformed"
        assert any(message in e["message"] for e in problems_of(response)), response.json()
    assert_unchanged(stored)


@pytest.mark.parametrize(
    "body",
    ['{"revision": 1, "graph": {"schema": 1, ', "graph = {}", '{"revision": 1, "graph": NaN}', "\xff\xfe"],
    ids=["truncated", "not-json", "nan", "binary"],
)
def test_a_body_that_is_not_json_is_refused_and_nothing_changes(
    client: APIClient, stored: dict[str, Any], body: str
) -> None:
    url = f"/api/pipelines/{stored['id']}/"
    for method, path in (("post", "/api/pipelines/"), ("put", url), ("patch", url)):
        response = getattr(client, method)(path, body.encode("latin-1"), content_type="application/json")
        assert response.status_code == 400, (method, response.content)
        [problem] = problems_of(response)
        assert problem["message"].startswith("JSON parse error"), problem
        assert response.json()["message"] == problem["message"]
    assert_unchanged(stored)


def test_a_body_that_is_json_but_not_an_object_is_refused(client: APIClient, stored: dict[str, Any]) -> None:
    response = client.patch(f"/api/pipelines/{stored['id']}/", [1, 2], format="json")
    assert response.status_code == 400
    assert (
        response.json()["message"]
        == "invalid request: non_field_errors: Invalid data. Expected a dictionary, but got list."
    )
    assert_unchanged(stored)


def test_text_with_a_nul_character_is_refused_before_it_reaches_the_database(
    client: APIClient, stored: dict[str, Any]
) -> None:
    """Valid JSON, but PostgreSQL cannot store \\u0000 in jsonb: this was a 500 there."""
    document = graph([{**data(), "label": "da\x00ta"}])
    url = f"/api/pipelines/{stored['id']}/"
    for method, path in (("post", "/api/pipelines/"), ("put", url), ("patch", url)):
        response = getattr(client, method)(path, {"revision": 1, "name": "n", "graph": document}, format="json")
        assert response.status_code == 400, (method, response.content)
        [problem] = problems_of(response)
        assert problem["message"] == "text may not contain NUL characters (\\u0000); body.graph.nodes[0].label does"
    assert_unchanged(stored)


# --------------------------------------------------------------------------- deep nesting

MAX_DEPTH = 64


def nested_text(depth: int) -> str:
    """JSON text of arrays nested `depth` levels deep, written by hand: json.dumps
    itself runs out of stack on the deepest ones."""
    return "[" * depth + "1" + "]" * depth


def nested_value(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 1000, 100_000])
def test_a_body_nested_deeper_than_the_limit_is_a_400_on_every_json_endpoint(
    client: APIClient, stored: dict[str, Any], depth: int
) -> None:
    """1,000 levels was a 500 (RecursionError in the JSON parser); 65 parses but is refused too."""
    url = f"/api/pipelines/{stored['id']}/"
    deep = nested_text(depth)
    attempts = [
        ("post", "/api/pipelines/", f'{{"name": "deep", "graph": {deep}}}'),
        ("put", url, f'{{"revision": 1, "name": "deep", "graph": {deep}}}'),
        ("patch", url, f'{{"revision": 1, "graph": {{"schema": 1, "nodes": {deep}, "edges": []}}}}'),
        ("post", f"{url}runs/", f'{{"parameters": {{"p": {deep}}}}}'),
        ("post", f"{url}schema/", f'{{"graph": {deep}}}'),
        ("post", "/api/modules/", f'{{"spec": {deep}, "code": ""}}'),
        ("post", "/api/compute/", deep),
    ]
    for method, path, body in attempts:
        response = getattr(client, method)(path, body, content_type="application/json")
        assert response.status_code == 400, (method, path, response.content[:300])
        [problem] = problems_of(response)
        assert problem["message"] == f"the request body is JSON nested deeper than {MAX_DEPTH} levels"
        assert response.json()["message"] == problem["message"]
    assert_unchanged(stored)
    assert not PipelineRun.objects.exists()


def deep_param_graph(depth: int) -> dict[str, Any]:
    """A graph whose select_columns node has a parameter value nested `depth` levels."""
    return graph([data(), select(columns=nested_value(depth))], [edge("data", "dataset", "pick", "dataset")])


def test_a_body_at_the_limit_is_read(client: APIClient, stored: dict[str, Any]) -> None:
    """body → graph → nodes → node → params → columns: 5 levels, then the value's own."""
    document = deep_param_graph(MAX_DEPTH - 5)
    response = client.post("/api/pipelines/", {"name": "deep", "graph": document}, format="json")
    assert response.status_code == 201, response.content[:300]
    # Saved (work in progress is never lost), and its problem is an ordinary one.
    validated = client.post(f"/api/pipelines/{response.json()['id']}/validate/")
    assert validated.status_code == 400
    [problem] = problems_of(validated)
    assert (problem["node_id"], problem["param"]) == ("pick", "columns")
    assert problem["message"].startswith("columns must be a list of column names, got a list [[["), problem


@pytest.mark.parametrize("depth", [MAX_DEPTH, 500])
def test_a_parameter_nested_too_deep_is_refused_where_graphs_enter_the_domain(
    alice: Any, modules: None, depth: int
) -> None:
    """Not only through the HTTP parser: a graph handed to the services (as the
    websocket, a command or an SDK would) is checked too. 500 levels was a 500
    (RecursionError in copy.deepcopy and the validator)."""
    from designer.errors import ApplicationError
    from designer.graph import validate_graph
    from designer.selectors import catalog_for_workspace

    workspace = services.workspace_default(user=alice)
    document = deep_param_graph(depth)
    with pytest.raises(ApplicationError) as caught:
        services.pipeline_create(workspace=workspace, user=alice, name="deep", graph=document)
    assert caught.value.status_code == 400
    [problem] = caught.value.extra["errors"]
    assert (problem["node_id"], problem["param"]) == ("pick", "columns")
    assert problem["message"] == f"columns is JSON nested deeper than {MAX_DEPTH} levels"
    assert not Pipeline.objects.exists()

    result = validate_graph(document, catalog_for_workspace(workspace=workspace))
    assert not result.ok
    assert [(e.node_id, e.param, e.message) for e in result.errors] == [
        ("pick", "columns", f"columns is JSON nested deeper than {MAX_DEPTH} levels")
    ]


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 1000])
def test_json_nested_too_deep_in_a_form_field_is_a_400(client: APIClient, stored: dict[str, Any], depth: int) -> None:
    """A form or multipart body carries JSON fields as text, which the serializer
    parses itself: the same limit holds there."""
    url = f"/api/pipelines/{stored['id']}/"
    deep = nested_text(depth)
    attempts = [
        ("post", "/api/pipelines/", {"name": "deep", "graph": deep}),
        ("patch", url, {"revision": 1, "graph": deep}),
        ("post", "/api/modules/", {"spec": deep, "code": "def main(ctx):\n    return {}\n"}),
    ]
    for method, path, body in attempts:
        for form in ("multipart", None):
            if form is None:
                response = getattr(client, method)(
                    path, urlencode(body), content_type="application/x-www-form-urlencoded"
                )
            else:
                response = getattr(client, method)(path, body, format=form)
            assert response.status_code == 400, (method, path, form, response.content[:300])
            assert f"JSON nested deeper than {MAX_DEPTH} levels" in response.json()["message"], response.json()
    assert_unchanged(stored)
