from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.cluster import KMeans
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

from runner.modules import BUILTIN_MODULES, BuiltinModule, assign_to_clusters
from runner.step_runtime import ModelArtifact

FEATURES = ["petal length (cm)", "petal width (cm)", "sepal length (cm)"]


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the module is in the registry, run it as if it were."""
    if "assign_to_clusters" not in BUILTIN_MODULES:
        builtin = BuiltinModule(
            spec=assign_to_clusters.SPEC,
            function=assign_to_clusters.assign_to_clusters,
            source_path=Path(assign_to_clusters.__file__),
        )
        monkeypatch.setitem(BUILTIN_MODULES, "assign_to_clusters", builtin)


@pytest.fixture
def iris() -> pd.DataFrame:
    return load_iris(as_frame=True).data


@pytest.fixture
def trained(iris: pd.DataFrame) -> ModelArtifact:
    """What train_clustering_model outputs, fitted on the first 100 rows."""
    kmeans = KMeans(n_clusters=3, random_state=0).fit(iris[FEATURES].head(100))
    meta = {"algorithm": "kmeans", "task": "clustering", "feature_columns": FEATURES, "n_clusters": 3}
    return ModelArtifact(model=kmeans, meta=meta)


def test_new_rows_get_sklearns_clusters_and_distances(
    run_module: Any, iris: pd.DataFrame, trained: ModelArtifact
) -> None:
    rows = iris.tail(50).reset_index(drop=True)
    run = run_module("assign_to_clusters", model=trained, dataset=rows)

    assert run.result.status == "completed", run.error
    assignments = run.outputs["assignments"]
    distance_columns = [f"DistancesToClusterCenter no.{i}" for i in range(3)]
    assert list(assignments.columns) == [*rows.columns, "Assignments", *distance_columns]
    pd.testing.assert_frame_equal(assignments[list(rows.columns)], rows)
    assert assignments["Assignments"].tolist() == trained.model.predict(rows[FEATURES]).tolist()
    np.testing.assert_allclose(assignments[distance_columns].to_numpy(), trained.model.transform(rows[FEATURES]))
    assert assignments.attrs["pipewright"] == {"task": "clustering", "feature_columns": FEATURES, "n_clusters": 3}


def test_earlier_assignments_are_replaced(run_module: Any, iris: pd.DataFrame, trained: ModelArtifact) -> None:
    first = run_module("assign_to_clusters", model=trained, dataset=iris)
    again = run_module("assign_to_clusters", model=trained, dataset=first.outputs["assignments"])

    pd.testing.assert_frame_equal(again.outputs["assignments"], first.outputs["assignments"])


def test_missing_feature_columns_are_listed(run_module: Any, iris: pd.DataFrame, trained: ModelArtifact) -> None:
    run = run_module("assign_to_clusters", model=trained, dataset=iris[["sepal length (cm)", "sepal width (cm)"]])

    assert run.error == (
        "input dataset lacks the model's feature columns petal length (cm), petal width (cm); "
        "available: sepal length (cm), sepal width (cm)"
    )


def test_a_classifier_is_refused(run_module: Any, iris: pd.DataFrame) -> None:
    classifier = LogisticRegression(max_iter=500).fit(iris[FEATURES], load_iris().target)
    model = ModelArtifact(
        model=classifier,
        meta={"algorithm": "logistic_regression", "task": "classification", "feature_columns": FEATURES},
    )
    run = run_module("assign_to_clusters", model=model, dataset=iris)

    assert run.error == (
        "input model (logistic_regression) is a classification model; assign_to_clusters needs a clustering model "
        "such as kmeans (score it with score_model)"
    )


def test_an_untrained_model_is_refused(run_module: Any, iris: pd.DataFrame) -> None:
    model = ModelArtifact(model=KMeans(n_clusters=3), meta={"task": "clustering", "feature_columns": FEATURES})
    run = run_module("assign_to_clusters", model=model, dataset=iris)

    assert run.error == "input model is not trained; train it with train_clustering_model first"
