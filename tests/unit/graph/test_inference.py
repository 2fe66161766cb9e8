"""The inference graph of a training run: the scoring path kept (scripts too), the
training branch gone, the run's model and transforms wired in, fitted nodes applying
what they learnt, and web service (or dataset) input and output."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from designer.graph import CatalogEntry, DictCatalog, validate_graph
from designer.graph.inference import (
    BATCH,
    INPUT_DATASET_PARAM,
    InferenceError,
    TrainingRun,
    inference_graph,
)
from designer.samples import BINARY_CLASSIFICATION, CLUSTERING, IRIS_FEATURES, REGRESSION
from runner.modules import BUILTIN_MODULES

RAW = [
    ("PassengerId", "int64"),
    ("Pclass", "int64"),
    ("Name", "object"),
    ("Sex", "object"),
    ("Age", "float64"),
    ("SibSp", "int64"),
    ("Parch", "int64"),
    ("Fare", "float64"),
    ("Embarked", "object"),
    ("Survived", "int64"),
]
CLEANED = [c for c in RAW if c[0] not in ("PassengerId", "Name")] + [("FamilySize", "int64")]
INDICATORS = [c for c in CLEANED if c[0] not in ("Sex", "Embarked")] + [
    ("Sex-female", "int64"),
    ("Sex-male", "int64"),
    ("Embarked-C", "int64"),
    ("Embarked-Q", "int64"),
    ("Embarked-S", "int64"),
]


def digest(name: str) -> str:
    return (name.encode().hex() * 64)[:64]


def training_run(sample: dict[str, Any], columns: dict[tuple[str, str], Any] | None = None) -> TrainingRun:
    graph = copy.deepcopy(sample["graph"])
    specs = {n["id"]: BUILTIN_MODULES[n["module"]].spec for n in graph["nodes"]}
    outputs = {n["id"]: {p.name: digest(f"{n['id']}.{p.name}") for p in specs[n["id"]].outputs} for n in graph["nodes"]}
    known = columns or {}
    return TrainingRun(
        run_id=7, graph=graph, specs=specs, outputs=outputs, columns_of=lambda node, port: known.get((node, port))
    )


def titanic_run() -> TrainingRun:
    return training_run(
        BINARY_CLASSIFICATION,
        {
            ("load", "dataset"): RAW,
            ("ports", "dataset"): CLEANED,
            ("indicators", "dataset"): INDICATORS,
        },
    )


def catalog() -> DictCatalog:
    return DictCatalog(
        CatalogEntry(spec=m.spec, status="active", code_digest="c", environment_digest="e")
        for m in BUILTIN_MODULES.values()
    )


def wires(graph: dict[str, Any]) -> set[tuple[str, str, str, str]]:
    return {(e["source"], e["source_port"], e["target"], e["target_port"]) for e in graph["edges"]}


def by_id(graph: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {n["id"]: n for n in graph["nodes"]}


def test_the_titanic_scoring_path_is_kept_with_its_script_and_the_training_branch_is_gone() -> None:
    built = inference_graph(titanic_run())
    nodes = by_id(built.graph)
    assert built.trainer == "train" and built.score_node == "score"
    assert not {"split", "algorithm", "train", "evaluate"} & set(nodes)
    assert nodes["family"]["module"] == "execute_python_script"
    assert nodes["family"]["params"] == BINARY_CLASSIFICATION["graph"]["nodes"][2]["params"]
    # The model of the run, not a new one.
    assert nodes["train-model"]["module"] == "trained_model"
    assert nodes["train-model"]["params"] == {
        "run": 7,
        "node": "train",
        "port": "model",
        "digest": digest("train.model"),
    }
    edges = wires(built.graph)
    assert ("train-model", "model", "score", "model") in edges
    # Split Data chose training rows only: Score Model now reads Normalize Data's output.
    assert ("normalize", "dataset", "score", "dataset") in edges
    assert ("score", "scored", "web-service-output", "dataset") in edges
    assert ("web-service-input", "dataset", "columns", "dataset") in edges
    assert ("columns", "dataset", "family", "dataframe1") in edges
    # What the graph validator says of it: a valid pipeline.
    assert not validate_graph(built.graph, catalog()).errors


def test_nodes_that_learn_from_their_data_apply_what_they_learnt_in_training() -> None:
    built = inference_graph(titanic_run())
    nodes = by_id(built.graph)
    edges = wires(built.graph)
    for node_id, port in (("ages", "cleaning_transform"), ("ports", "cleaning_transform"), ("normalize", "transform")):
        assert nodes[node_id]["module"] == "apply_transformation"
        transform = f"{node_id}-transform"
        assert nodes[transform]["module"] == "trained_transform"
        assert nodes[transform]["params"]["digest"] == digest(f"{node_id}.{port}")
        assert (transform, "transform", node_id, "transform") in edges
    # The categories are the ones training saw, whatever one row holds.
    assert nodes["indicators"]["params"]["indicator_columns"] == [
        "Sex-female",
        "Sex-male",
        "Embarked-C",
        "Embarked-Q",
        "Embarked-S",
    ]


def test_the_label_is_not_an_input() -> None:
    built = inference_graph(titanic_run())
    nodes = by_id(built.graph)
    assert "Survived" not in nodes["columns"]["params"]["columns"]
    assert [c for c, _ in built.input_columns] == [c for c, _ in RAW if c != "Survived"]
    assert "Survived" not in nodes["web-service-input"]["params"]["schema"]
    assert "Age: float64" in nodes["web-service-input"]["params"]["schema"].splitlines()
    # The training source stays as sample rows for canvas runs.
    assert ("load", "dataset", "web-service-input", "dataset") in wires(built.graph)


def test_the_batch_graph_reads_a_dataset_parameter_and_exports_the_scores() -> None:
    built = inference_graph(titanic_run(), kind=BATCH, output_dataset="titanic scores")
    nodes = by_id(built.graph)
    modules = {n["module"] for n in nodes.values()}
    assert not {"web_service_input", "web_service_output", "sample_dataset"} & modules
    assert nodes["input"]["params"] == {"dataset": {"$param": "input_dataset"}, "version": {"$param": "input_version"}}
    assert nodes["export"]["params"] == {"destination": {"$param": "output_dataset"}}
    assert ("input", "dataset", "columns", "dataset") in wires(built.graph)
    assert ("score", "scored", "export", "dataset") in wires(built.graph)
    parameters = {p["name"]: p for p in built.graph["parameters"]}
    assert parameters[INPUT_DATASET_PARAM]["type"] == "string"
    assert parameters["output_dataset"]["default"] == "titanic scores"
    assert not validate_graph(built.graph, catalog()).errors


def test_a_run_with_two_models_names_the_one_to_score_with() -> None:
    run = training_run(REGRESSION, {("load", "dataset"): [("age", "float64"), ("label", "float64")]})
    with pytest.raises(InferenceError, match="train_boosted, train_linear"):
        inference_graph(run)
    built = inference_graph(run, model_node="train_linear")
    nodes = by_id(built.graph)
    assert built.score_node == "score_linear"
    assert "score_boosted" not in nodes and "train_boosted-model" not in nodes
    assert ("train_linear-model", "model", "score_linear", "model") in wires(built.graph)
    assert built.input_columns == [("age", "float64")]
    with pytest.raises(InferenceError, match="did not train a model"):
        inference_graph(run, model_node="split")


def test_a_clustering_run_without_a_scoring_node_gets_one() -> None:
    run = training_run(CLUSTERING, {("load", "dataset"): [(c, "float64") for c in IRIS_FEATURES]})
    built = inference_graph(run)
    nodes = by_id(built.graph)
    assert nodes["score"]["module"] == "assign_to_clusters"
    assert ("train-model", "model", "score", "model") in wires(built.graph)
    assert ("web-service-input", "dataset", "score", "dataset") in wires(built.graph)
    assert ("score", "assignments", "web-service-output", "dataset") in wires(built.graph)
    assert not validate_graph(built.graph, catalog()).errors


def test_a_run_that_trained_nothing_cannot_make_an_inference_graph() -> None:
    sample = {"graph": {"schema": 1, "nodes": [BINARY_CLASSIFICATION["graph"]["nodes"][0]], "edges": []}}
    with pytest.raises(InferenceError, match="trained no model"):
        inference_graph(training_run(sample))


def test_a_transform_fitted_on_the_training_rows_only_comes_from_the_run() -> None:
    """Normalize fitted after the split on the training rows, applied to the test rows
    by Apply Transformation: the inference graph applies the run's transform."""
    nodes = [
        {"id": "load", "module": "sample_dataset", "params": {"name": "iris"}},
        {"id": "split", "module": "split_data", "params": {}},
        {"id": "scale", "module": "normalize_data", "params": {}},
        {"id": "apply", "module": "apply_transformation", "params": {}},
        {"id": "algorithm", "module": "logistic_regression", "params": {}},
        {"id": "train", "module": "train_model", "params": {"label_column": "label"}},
        {"id": "score", "module": "score_model", "params": {}},
    ]
    edges = [
        ("load", "dataset", "split", "dataset"),
        ("split", "train", "scale", "dataset"),
        ("scale", "transform", "apply", "transform"),
        ("split", "test", "apply", "dataset"),
        ("scale", "dataset", "train", "dataset"),
        ("algorithm", "model", "train", "model"),
        ("train", "model", "score", "model"),
        ("apply", "dataset", "score", "dataset"),
    ]
    sample = {
        "graph": {
            "schema": 1,
            "nodes": nodes,
            "edges": [dict(zip(("source", "source_port", "target", "target_port"), e, strict=True)) for e in edges],
        }
    }
    run = training_run(sample, {("load", "dataset"): [("x", "float64"), ("label", "int64")]})
    built = inference_graph(run)
    graph_nodes = by_id(built.graph)
    assert "scale" not in graph_nodes and "split" not in graph_nodes
    assert graph_nodes["scale-transform"]["params"]["digest"] == digest("scale.transform")
    assert {
        ("scale-transform", "transform", "apply", "transform"),
        ("web-service-input", "dataset", "apply", "dataset"),
    } <= (wires(built.graph))
