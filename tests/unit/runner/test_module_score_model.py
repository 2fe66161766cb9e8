from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.cluster import KMeans
from sklearn.datasets import load_breast_cancer, load_iris
from sklearn.linear_model import LinearRegression, LogisticRegression

from runner.modules import BUILTIN_MODULES, BuiltinModule, score_model
from runner.modules._models import scored_info
from runner.step_runtime import ModelArtifact, load_input, save_output


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the module is in the registry, run it as if it were."""
    builtin = BuiltinModule(score_model.SPEC, score_model.score_model, Path(str(score_model.__file__)))
    monkeypatch.setitem(BUILTIN_MODULES, "score_model", BUILTIN_MODULES.get("score_model", builtin))


def trained(estimator: Any, frame: pd.DataFrame, label: str, task: str) -> ModelArtifact:
    """A model as train_model saves it."""
    X = frame.drop(columns=label)
    fitted = estimator.fit(X, frame[label])
    meta: dict[str, Any] = {"algorithm": "test", "task": task, "label_column": label, "feature_columns": list(X)}
    if task == "classification":
        meta["classes"] = fitted.classes_.tolist()
    return ModelArtifact(fitted, meta)


@pytest.fixture(scope="module")
def cancer() -> pd.DataFrame:
    return load_breast_cancer(as_frame=True).frame.iloc[:, [0, 1, 2, 3, -1]]


@pytest.fixture(scope="module")
def iris() -> pd.DataFrame:
    frame = load_iris(as_frame=True).frame.rename(columns={"target": "species"})
    frame["species"] = frame["species"].map({0: "setosa", 1: "versicolor", 2: "virginica"})
    return frame


def test_binary_scores_are_the_label_and_the_positive_class_probability(run_module: Any, cancer: pd.DataFrame) -> None:
    model = trained(LogisticRegression(max_iter=5000), cancer, "target", "classification")

    scored = run_module("score_model", model=model, dataset=cancer).outputs["scored"]

    X = cancer.drop(columns="target")
    assert list(scored.columns) == [*cancer.columns, "Scored Labels", "Scored Probabilities"]
    pd.testing.assert_frame_equal(scored[list(cancer.columns)], cancer)
    assert scored["Scored Labels"].tolist() == model.model.predict(X).tolist()
    np.testing.assert_allclose(scored["Scored Probabilities"], model.model.predict_proba(X)[:, 1])
    assert scored.attrs["pipewright"] == {
        "task": "classification",
        "label_column": "target",
        "classes": [0, 1],
        "positive_class": 1,
        "score_columns": ["Scored Labels", "Scored Probabilities"],
        "probability_columns": None,
    }


def test_multiclass_scores_have_a_probability_column_per_class(run_module: Any, iris: pd.DataFrame) -> None:
    model = trained(LogisticRegression(max_iter=1000), iris, "species", "classification")

    scored = run_module("score_model", model=model, dataset=iris).outputs["scored"]

    proba = model.model.predict_proba(iris.drop(columns="species"))
    per_class = [f"Scored Probabilities_{c}" for c in ("setosa", "versicolor", "virginica")]
    assert list(scored.columns) == [*iris.columns, "Scored Labels", "Scored Probabilities", *per_class]
    np.testing.assert_allclose(scored[per_class].to_numpy(), proba)
    np.testing.assert_allclose(scored["Scored Probabilities"], proba.max(axis=1))
    assert scored["Scored Labels"].tolist() == model.model.predict(iris.drop(columns="species")).tolist()
    assert scored.attrs["pipewright"] == {
        "task": "classification",
        "label_column": "species",
        "classes": ["setosa", "versicolor", "virginica"],
        "positive_class": None,
        "score_columns": ["Scored Labels", "Scored Probabilities", *per_class],
        "probability_columns": per_class,
    }


def test_regression_scores_are_the_predictions_only(run_module: Any, cancer: pd.DataFrame) -> None:
    frame = cancer.drop(columns="target")
    model = trained(LinearRegression(), frame, "mean area", "regression")

    run = run_module("score_model", params={"append_score_columns": False}, model=model, dataset=frame)

    scored = run.outputs["scored"]
    assert list(scored.columns) == ["mean area", "Scored Labels"]
    np.testing.assert_allclose(scored["Scored Labels"], model.model.predict(frame.drop(columns="mean area")))
    assert scored_info(scored) == {
        "task": "regression",
        "label_column": "mean area",
        "classes": None,
        "positive_class": None,
        "score_columns": ["Scored Labels"],
        "probability_columns": None,
    }


def test_without_appending_and_without_a_label_only_scores_remain(run_module: Any, iris: pd.DataFrame) -> None:
    model = trained(LogisticRegression(max_iter=1000), iris, "species", "classification")
    unlabelled = iris.drop(columns="species").iloc[:, ::-1].assign(extra=1)

    run = run_module("score_model", params={"append_score_columns": False}, model=model, dataset=unlabelled)

    assert list(run.outputs["scored"].columns)[:2] == ["Scored Labels", "Scored Probabilities"]
    assert len(run.outputs["scored"].columns) == 5


def test_the_description_survives_the_parquet_round_trip(tmp_path: Path) -> None:
    frame = pd.DataFrame({"Scored Labels": [1, 0]})
    frame.attrs["pipewright"] = {"classes": [0, 1], "positive_class": 1, "score_columns": ["Scored Labels"]}

    save_output(frame, "DataFrame", tmp_path / "scored", "scored")
    loaded = load_input(tmp_path / "scored", "DataFrame", "scored")

    assert isinstance(loaded, pd.DataFrame)
    assert loaded.attrs == frame.attrs


def test_scoring_a_scored_dataset_again_replaces_the_scores(run_module: Any, cancer: pd.DataFrame) -> None:
    model = trained(LogisticRegression(max_iter=5000), cancer, "target", "classification")
    once = run_module("score_model", model=model, dataset=cancer).outputs["scored"]

    twice = run_module("score_model", model=model, dataset=once).outputs["scored"]

    pd.testing.assert_frame_equal(twice, once)


def test_missing_feature_columns_fail_listing_them(run_module: Any, iris: pd.DataFrame) -> None:
    model = trained(LogisticRegression(max_iter=1000), iris, "species", "classification")

    run = run_module("score_model", model=model, dataset=iris.drop(columns=["sepal width (cm)", "petal width (cm)"]))

    assert run.error == (
        "input dataset lacks the feature columns 'sepal width (cm)', 'petal width (cm)' the model needs; "
        "available: sepal length (cm), petal length (cm), species"
    )


def test_bad_features_fail_as_in_training(run_module: Any, iris: pd.DataFrame) -> None:
    model = trained(LogisticRegression(max_iter=1000), iris, "species", "classification")
    holes = iris.copy()
    holes.loc[[1, 2], "petal width (cm)"] = np.nan

    run = run_module("score_model", model=model, dataset=holes)

    assert run.error.startswith("feature column 'petal width (cm)' (2 of 150 rows) in input dataset has missing values")


def test_clustering_and_untrained_models_are_refused(run_module: Any, iris: pd.DataFrame) -> None:
    X = iris.drop(columns="species")
    clusters = ModelArtifact(KMeans(n_clusters=3, n_init="auto", random_state=0).fit(X), {"task": "clustering"})
    untrained = ModelArtifact(LogisticRegression(), {"task": "classification", "feature_columns": list(X)})

    assert run_module("score_model", model=clusters, dataset=iris).error == (
        "a clustering model has no labels to score: use assign_to_clusters instead of score_model"
    )
    assert run_module("score_model", model=untrained, dataset=iris).error == (
        "the model is not trained: connect the output of train_model or tune_hyperparameters"
    )
