from __future__ import annotations

import gc
import json
import time
from typing import Any

import pytest

from designer.graph import (
    CompileError,
    DictCatalog,
    ExecutionPlan,
    GraphDocument,
    Problem,
    compile_plan,
)


def node(node_id: str, module: str, **fields: Any) -> dict[str, Any]:
    return {"id": node_id, "module": module, "version": None, "params": {}, **fields}


def edge(source: str, source_port: str, target: str, target_port: str) -> dict[str, str]:
    return {"source": source, "source_port": source_port, "target": target, "target_port": target_port}


def compiled(raw: dict[str, Any], catalog: DictCatalog, values: dict[str, object] | None = None) -> ExecutionPlan:
    return compile_plan(GraphDocument.from_dict(raw), catalog, values or {})


def compile_problems(
    raw: dict[str, Any], catalog: DictCatalog, values: dict[str, object] | None = None
) -> list[Problem]:
    with pytest.raises(CompileError) as raised:
        compiled(raw, catalog, values)
    return raised.value.problems


def test_it_orders_steps_topologically_breaking_ties_by_document_order(
    pipeline: dict[str, Any], catalog: DictCatalog
) -> None:
    # Put the consumer first in the document; it must still come last.
    pipeline["nodes"].reverse()

    plan = compiled(pipeline, catalog)

    assert plan.node_ids() == ["n3", "n1", "n2", "n4"]


def test_it_pins_the_default_version_and_keeps_an_explicit_one(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"][0]["version"] = "1.0.0"

    plan = compiled(pipeline, catalog)

    assert plan.step("n2").version == "1.1.0"  # null: the default, now written down
    assert plan.step("n1").version == "1.0.0"


def test_it_carries_what_the_runner_needs_from_the_catalog_and_the_node(
    pipeline: dict[str, Any], catalog: DictCatalog
) -> None:
    step = compiled(pipeline, catalog).step("n4")

    assert step.module == "train_model"
    assert step.entrypoint == "runner.modules.training:train_model"
    assert step.code_digest == "code-train_model-1.0.0"
    assert step.environment_digest == "env-default"
    assert step.deterministic is True
    assert step.reuse is False
    assert step.compute == "gpu"


def test_a_step_is_labelled_by_its_node_or_else_by_its_module(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    plan = compiled(pipeline, catalog)

    assert plan.step("n1").label == "Wine"
    assert plan.step("n2").label == "Split Data"


def test_it_fills_every_param_with_the_node_value_or_the_module_default(
    pipeline: dict[str, Any], catalog: DictCatalog
) -> None:
    plan = compiled(pipeline, catalog)

    assert plan.step("n2").params == {"fraction": 0.8, "seed": 42, "randomize": True, "stratify": None}
    assert plan.step("n3").params == {"C": 1.0, "penalty": "l2", "max_iter": 100}


def test_module_defaults_are_copied_not_shared(catalog: DictCatalog) -> None:
    raw = {"schema": 1, "nodes": [node("a", "logistic_regression"), node("b", "logistic_regression")], "edges": []}

    plan = compiled(raw, catalog)

    assert plan.step("a").params is not plan.step("b").params


def test_a_bound_param_takes_the_run_value_before_the_pipeline_default(
    pipeline: dict[str, Any], catalog: DictCatalog
) -> None:
    assert compiled(pipeline, catalog, {"seed": 7}).step("n2").params["seed"] == 7
    assert compiled(pipeline, catalog, {}).step("n2").params["seed"] == 42
    # None from a form means "not given".
    assert compiled(pipeline, catalog, {"seed": None}).step("n2").params["seed"] == 42


def test_a_bound_param_without_any_value_falls_back_to_the_module_default(
    pipeline: dict[str, Any], catalog: DictCatalog
) -> None:
    pipeline["parameters"].append({"name": "ratio", "type": "float"})
    pipeline["nodes"][1]["params"]["fraction"] = {"$param": "ratio"}

    plan = compiled(pipeline, catalog)

    assert plan.step("n2").params["fraction"] == 0.7
    assert plan.parameters == {"seed": 42, "ratio": None}


def test_the_plan_records_the_runs_parameter_values(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    assert compiled(pipeline, catalog, {"seed": 3}).parameters == {"seed": 3}


def test_integers_for_float_params_become_floats(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    # 1 and 1.0 must give one cache key, so the plan holds one spelling.
    pipeline["nodes"][1]["params"]["fraction"] = 1
    pipeline["parameters"].append({"name": "c", "type": "float", "default": 2})
    pipeline["nodes"][2]["params"]["C"] = {"$param": "c"}

    plan = compiled(pipeline, catalog, {})

    fraction, c = plan.step("n2").params["fraction"], plan.step("n3").params["C"]
    assert (fraction, type(fraction)) == (1.0, float)
    assert (c, type(c)) == (2.0, float)
    assert type(plan.parameters["c"]) is float


def test_an_int_pipeline_parameter_bound_to_a_float_param_is_coerced(
    pipeline: dict[str, Any], catalog: DictCatalog
) -> None:
    pipeline["parameters"].append({"name": "c", "type": "int", "default": 3})
    pipeline["nodes"][2]["params"]["C"] = {"$param": "c"}

    plan = compiled(pipeline, catalog)

    assert type(plan.step("n3").params["C"]) is float
    assert type(plan.parameters["c"]) is int


def test_it_lists_each_steps_inputs_with_the_type_that_arrives(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"].append(node("n5", "export_file"))
    pipeline["edges"].append(edge("n4", "model", "n5", "file"))

    plan = compiled(pipeline, catalog)

    assert plan.step("n4").inputs == {
        "model": {"node_id": "n3", "port": "model"},
        "dataset": {"node_id": "n2", "port": "train"},
    }
    assert plan.step("n4").input_types == {"model": "UntrainedModel", "dataset": "DataFrame"}
    assert plan.step("n4").outputs == {"model": "Model"}
    # The AnyFile input is told it receives a Model.
    assert plan.step("n5").input_types == {"file": "Model"}
    assert plan.step("n1").inputs == {}


def test_it_answers_graph_questions(catalog: DictCatalog) -> None:
    raw = {
        "schema": 1,
        "nodes": [
            node("src", "sample_dataset"),
            node("split", "split_data"),
            node("left", "random_sample"),
            node("right", "random_sample"),
            node("join", "apply_sql"),
            node("other", "sample_dataset"),
        ],
        "edges": [
            edge("src", "dataset", "split", "dataset"),
            edge("split", "train", "left", "dataset"),
            edge("split", "test", "right", "dataset"),
            edge("left", "dataset", "join", "t1"),
            edge("right", "dataset", "join", "t2"),
            edge("split", "train", "join", "t3"),
        ],
    }

    plan = compiled(raw, catalog)

    assert plan.upstream("join") == ["split", "left", "right"]
    assert plan.upstream("src") == []
    assert plan.downstream("split") == ["left", "right", "join"]
    assert plan.ancestors("join") == ["src", "split", "left", "right"]
    assert plan.descendants("split") == ["left", "right", "join"]
    assert plan.descendants("join") == []
    assert plan.generations() == [["src", "other"], ["split"], ["left", "right"], ["join"]]
    assert plan.step("join").upstream_node_ids() == ["left", "right", "split"]


def test_asking_about_a_node_that_is_not_in_the_plan_is_a_key_error(
    pipeline: dict[str, Any], catalog: DictCatalog
) -> None:
    plan = compiled(pipeline, catalog)

    with pytest.raises(KeyError):
        plan.step("nope")
    with pytest.raises(KeyError):
        plan.descendants("nope")


def test_the_plan_survives_a_json_round_trip(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    plan = compiled(pipeline, catalog)

    again = ExecutionPlan.from_dict(json.loads(json.dumps(plan.to_dict())))

    assert again == plan
    assert again.to_dict() == plan.to_dict()
    assert again.descendants("n1") == ["n2", "n4"]


def test_the_same_document_always_compiles_to_the_same_json(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    first = json.dumps(compiled(pipeline, catalog).to_dict())

    assert json.dumps(compiled(pipeline, catalog).to_dict()) == first


def test_a_plan_with_an_unknown_schema_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported execution plan schema 9"):
        ExecutionPlan.from_dict({"schema": 9, "steps": [], "parameters": {}})


def test_a_plan_whose_step_reads_from_a_missing_step_is_refused(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    data = compiled(pipeline, catalog).to_dict()
    del data["steps"][0]

    with pytest.raises(ValueError, match="step n2 reads from unknown step n1"):
        ExecutionPlan.from_dict(data)


def test_an_invalid_document_does_not_compile(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"][1]["params"]["fraction"] = 5
    pipeline["edges"].pop()

    problems = compile_problems(pipeline, catalog)

    assert [(p.node_id, p.port, p.param, p.message) for p in problems] == [
        ("n2", None, "fraction", "fraction must be at most 1, got 5"),
        ("n4", "dataset", None, "required input dataset (DataFrame) is not connected"),
    ]


def test_warnings_do_not_stop_a_compile(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["nodes"][1]["version"] = "1.0.0"  # deprecated

    assert compiled(pipeline, catalog).step("n2").version == "1.0.0"


def test_it_refuses_an_unknown_run_parameter(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    problems = compile_problems(pipeline, catalog, {"seed": 1, "sede": 2})

    assert [(p.param, p.message) for p in problems] == [("sede", "unknown pipeline parameter 'sede' (defined: seed)")]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("7", 'pipeline parameter seed must be an integer, got a string "7"'),
        (True, "pipeline parameter seed must be an integer, got a boolean true"),
        (7.5, "pipeline parameter seed must be an integer, got a number 7.5"),
    ],
)
def test_it_refuses_a_run_value_of_the_wrong_type(
    pipeline: dict[str, Any], catalog: DictCatalog, value: object, message: str
) -> None:
    problems = compile_problems(pipeline, catalog, {"seed": value})

    # Only the parameter: the node bound to it is not blamed a second time.
    assert [(p.node_id, p.param, p.message) for p in problems] == [(None, "seed", message)]


def test_it_checks_a_run_value_against_the_param_it_is_bound_to(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    problems = compile_problems(pipeline, catalog, {"seed": -3})

    assert [(p.node_id, p.param, p.message) for p in problems] == [
        ("n2", "seed", "seed must be at least 0, got -3 (from pipeline parameter seed)")
    ]


def test_it_checks_a_string_run_value_against_the_choices_of_its_param(
    pipeline: dict[str, Any], catalog: DictCatalog
) -> None:
    pipeline["parameters"].append({"name": "dataset", "type": "string", "default": "iris"})
    pipeline["nodes"][0]["params"]["name"] = {"$param": "dataset"}

    assert compiled(pipeline, catalog, {"dataset": "wine"}).step("n1").params["name"] == "wine"
    problems = compile_problems(pipeline, catalog, {"dataset": "mnist"})
    assert [p.message for p in problems] == [
        'name must be one of iris, wine; got "mnist" (from pipeline parameter dataset)'
    ]


def test_a_required_param_bound_to_a_parameter_without_value_does_not_compile(
    pipeline: dict[str, Any], catalog: DictCatalog
) -> None:
    pipeline["parameters"].append({"name": "label", "type": "string"})
    pipeline["nodes"][3]["params"]["label_column"] = {"$param": "label"}

    problems = compile_problems(pipeline, catalog)

    assert [(p.node_id, p.param, p.message) for p in problems] == [
        ("n4", "label_column", "label_column is required but has no value (from pipeline parameter label)")
    ]
    assert compiled(pipeline, catalog, {"label": "y"}).step("n4").params["label_column"] == "y"


def test_the_compile_error_lists_every_problem(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    with pytest.raises(CompileError) as raised:
        compiled(pipeline, catalog, {"seed": -1, "x": 1})

    assert len(raised.value.problems) == 2
    assert "unknown pipeline parameter 'x'" in str(raised.value)
    assert "seed must be at least 0" in str(raised.value)


def test_a_document_built_in_python_gets_the_structural_checks_too(catalog: DictCatalog) -> None:
    document = GraphDocument.from_dict({"schema": 1, "nodes": [node("a", "logistic_regression")], "edges": []})
    document.nodes[0].label = 42  # type: ignore[assignment]

    with pytest.raises(CompileError) as raised:
        compile_plan(document, catalog, {})

    assert [p.message for p in raised.value.problems] == ["label must be a string, got number 42"]


def chain_document(length: int) -> dict[str, Any]:
    nodes = [node("s", "sample_dataset")] + [node(f"n{i}", "split_data") for i in range(length - 1)]
    edges = [edge("s", "dataset", "n0", "dataset")] + [
        edge(f"n{i}", "train", f"n{i + 1}", "dataset") for i in range(length - 2)
    ]
    return {"schema": 1, "nodes": nodes, "edges": edges}


def test_a_graph_at_the_size_limit_compiles_and_answers_in_linear_time(catalog: DictCatalog) -> None:
    """Compiling and asking every step's upstream (what run_advance does on every call)
    grows with the graph, not with its square: 2,000 nodes take less than 50 times what
    200 take (10 times is linear, measured 6-16; a quadratic step would be 100). A ratio
    of the best of five, the two sizes taking turns and the collector paused, rather
    than a wall-clock bound: a busy machine slows both sizes alike."""
    documents = {length: chain_document(length) for length in (200, 2000)}
    best = {length: float("inf") for length in documents}
    plan: Any = None
    for _ in range(5):
        for length, document in documents.items():
            gc.collect()
            gc.disable()
            try:
                started = time.perf_counter()
                plan = compiled(document, catalog)
                for step in plan.steps:
                    plan.upstream(step.node_id)
                best[length] = min(best[length], time.perf_counter() - started)
            finally:
                gc.enable()
    assert best[2000] < 50 * best[200], best
    assert plan.node_ids()[:3] == ["s", "n0", "n1"]
    assert len(plan.descendants("s")) == 1999
