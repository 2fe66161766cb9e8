from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.cluster import KMeans
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

from runner.modules import BUILTIN_MODULES, BuiltinModule, evaluate_model, train_clustering_model
from runner.step_runtime import ModelArtifact


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the modules are in the registry, run them as if they were."""
    for module, function in (
        (train_clustering_model, train_clustering_model.train_clustering_model),
        (evaluate_model, evaluate_model.evaluate_model),
    ):
        if module.SPEC.slug not in BUILTIN_MODULES:
            builtin = BuiltinModule(spec=module.SPEC, function=function, source_path=Path(str(module.__file__)))
            monkeypatch.setitem(BUILTIN_MODULES, module.SPEC.slug, builtin)


def _kmeans(n_clusters: int = 3, seed: int = 7) -> ModelArtifact:
    """What the kmeans module outputs."""
    params = {"n_clusters": n_clusters, "init": "k-means++", "seed": seed}
    return ModelArtifact(
        model=KMeans(n_clusters=n_clusters, random_state=seed),
        meta={"algorithm": "kmeans", "task": "clustering", "params": params},
    )


@pytest.fixture
def iris() -> pd.DataFrame:
    data = load_iris(as_frame=True)
    return data.data.assign(species=data.target_names[data.target])


def test_it_clusters_like_sklearn_kmeans_with_the_same_seed(run_module: Any, iris: pd.DataFrame) -> None:
    run = run_module("train_clustering_model", model=_kmeans(), dataset=iris)

    assert run.result.status == "completed", run.error
    features = iris.select_dtypes("number")
    expected = KMeans(n_clusters=3, random_state=7).fit(features)
    trained = run.outputs["model"]
    np.testing.assert_allclose(trained.model.cluster_centers_, expected.cluster_centers_)
    assert trained.meta["algorithm"] == "kmeans"
    assert trained.meta["task"] == "clustering"
    assert trained.meta["feature_columns"] == list(features.columns)
    assert trained.meta["n_clusters"] == 3
    assert trained.meta["trained_rows"] == 150
    assert trained.meta["params"] == {"n_clusters": 3, "init": "k-means++", "seed": 7}
    assert run.result.metrics["inertia"] == pytest.approx(expected.inertia_)

    assignments = run.outputs["assignments"]
    distance_columns = [f"DistancesToClusterCenter no.{i}" for i in range(3)]
    assert list(assignments.columns) == [*iris.columns, "Assignments", *distance_columns]
    pd.testing.assert_frame_equal(assignments[list(iris.columns)], iris)
    assert assignments["Assignments"].tolist() == expected.labels_.tolist()
    assert assignments["Assignments"].dtype == np.int64
    np.testing.assert_allclose(assignments[distance_columns].to_numpy(), expected.transform(features))
    assert assignments.attrs["pipewright"] == {
        "task": "clustering",
        "feature_columns": list(features.columns),
        "n_clusters": 3,
    }


def test_picked_feature_columns_are_the_only_ones_used(run_module: Any, iris: pd.DataFrame) -> None:
    picked = ["petal length (cm)", "petal width (cm)"]
    run = run_module(
        "train_clustering_model", params={"feature_columns": picked}, model=_kmeans(2, seed=1), dataset=iris
    )

    expected = KMeans(n_clusters=2, random_state=1).fit(iris[picked])
    assert run.outputs["model"].meta["feature_columns"] == picked
    assert run.outputs["assignments"]["Assignments"].tolist() == expected.labels_.tolist()


def test_its_assignments_evaluate_to_kmeans_inertia(run_module: Any, iris: pd.DataFrame) -> None:
    trained = run_module("train_clustering_model", model=_kmeans(), dataset=iris)
    run = run_module("evaluate_model", scored=trained.outputs["assignments"])

    assert run.result.status == "completed", run.error
    expected = KMeans(n_clusters=3, random_state=7).fit(iris.select_dtypes("number"))
    assert run.outputs["metrics"]["metrics"]["inertia"] == pytest.approx(expected.inertia_)
    counts = [cluster["count"] for cluster in run.outputs["metrics"]["clusters"]]
    assert counts == np.bincount(expected.labels_).tolist()


def test_a_classifier_is_refused(run_module: Any, iris: pd.DataFrame) -> None:
    classifier = ModelArtifact(
        model=LogisticRegression(), meta={"algorithm": "logistic_regression", "task": "classification"}
    )
    described = run_module("train_clustering_model", model=classifier, dataset=iris)
    bare = run_module("train_clustering_model", model=ModelArtifact(model=LogisticRegression()), dataset=iris)

    assert described.error == (
        "input model (logistic_regression) is a classification model; train_clustering_model needs a clustering "
        "model such as kmeans (train it with train_model)"
    )
    assert bare.error.startswith("input model (LogisticRegression) is not a clustering model")


def test_bad_feature_columns_fail_naming_them(run_module: Any, iris: pd.DataFrame) -> None:
    absent = run_module(
        "train_clustering_model",
        params={"feature_columns": ["petal length (cm)", "colour"]},
        model=_kmeans(),
        dataset=iris,
    )
    text = run_module("train_clustering_model", params={"feature_columns": ["species"]}, model=_kmeans(), dataset=iris)
    holes = iris.copy()
    holes.loc[[0, 5], "sepal width (cm)"] = np.nan
    missing_values = run_module("train_clustering_model", model=_kmeans(), dataset=holes)
    too_few = run_module("train_clustering_model", model=_kmeans(5), dataset=iris.head(4))

    assert absent.error == (
        "feature column 'colour' not found in input dataset; available: sepal length (cm), sepal width (cm), "
        "petal length (cm), petal width (cm), species"
    )
    assert text.error.startswith("column 'species' is not numeric (")
    assert missing_values.error == (
        "column 'sepal width (cm)' has 2 missing values; fill or remove them with clean_missing_data first"
    )
    assert too_few.error == "cannot make 5 clusters from 4 rows; use fewer clusters or more rows"
