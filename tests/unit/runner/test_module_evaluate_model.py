from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn import metrics as skm
from sklearn.cluster import KMeans
from sklearn.datasets import load_breast_cancer, load_diabetes, load_iris
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

from runner.modules import BUILTIN_MODULES, BuiltinModule, evaluate_model

approx = pytest.approx


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the module is in the registry, run it as if it were."""
    if "evaluate_model" not in BUILTIN_MODULES:
        builtin = BuiltinModule(
            spec=evaluate_model.SPEC,
            function=evaluate_model.evaluate_model,
            source_path=Path(evaluate_model.__file__),
        )
        monkeypatch.setitem(BUILTIN_MODULES, "evaluate_model", builtin)


def _describe(frame: pd.DataFrame, **info: Any) -> pd.DataFrame:
    frame.attrs["pipewright"] = info
    return frame


@pytest.fixture(scope="module")
def cancer() -> dict[str, Any]:
    """A logistic regression's scores on breast_cancer's test rows, as score_model gives them."""
    data = load_breast_cancer(as_frame=True)
    x_train, x_test, y_train, y_test = train_test_split(data.data, data.target, test_size=0.3, random_state=0)
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)).fit(x_train, y_train)
    probability = model.predict_proba(x_test)[:, 1]
    frame = x_test.iloc[:, :3].reset_index(drop=True)
    frame["target"] = y_test.to_numpy()
    frame["Scored Labels"] = model.predict(x_test)
    frame["Scored Probabilities"] = probability
    return {"frame": frame, "y": y_test.to_numpy(), "pred": model.predict(x_test), "p": probability}


def _scored_cancer(cancer: dict[str, Any]) -> pd.DataFrame:
    return _describe(
        cancer["frame"].copy(),
        task="classification",
        label_column="target",
        classes=[0, 1],
        positive_class=1,
        score_columns=["Scored Labels", "Scored Probabilities"],
    )


def test_binary_metrics_equal_sklearn(run_module: Any, cancer: dict[str, Any]) -> None:
    run = run_module("evaluate_model", scored=_scored_cancer(cancer))

    assert run.result.status == "completed", run.error
    document = run.outputs["metrics"]
    y, pred, p = cancer["y"], cancer["pred"], cancer["p"]
    assert document["kind"] == "classification"
    assert document["positive_class"] == 1
    assert document["metrics"] == {
        "accuracy": approx(skm.accuracy_score(y, pred)),
        "precision": approx(skm.precision_score(y, pred)),
        "recall": approx(skm.recall_score(y, pred)),
        "f1": approx(skm.f1_score(y, pred)),
        "log_loss": approx(skm.log_loss(y, p)),
        "auc": approx(skm.roc_auc_score(y, p)),
    }
    assert document["confusion_matrix"] == {"labels": [0, 1], "matrix": skm.confusion_matrix(y, pred).tolist()}
    fpr, tpr, _ = skm.roc_curve(y, p)
    precision, recall, _ = skm.precision_recall_curve(y, p)
    np.testing.assert_allclose(document["curves"]["roc"], np.column_stack([fpr, tpr]))
    np.testing.assert_allclose(document["curves"]["pr"], np.column_stack([recall, precision]))
    assert "notes" not in document and "compare" not in document and "residuals" not in document
    # Every metric is in the run results too.
    assert run.result.metrics == approx(document["metrics"])


def test_without_the_description_the_label_column_param_gives_the_same_numbers(
    run_module: Any, cancer: dict[str, Any]
) -> None:
    described = run_module("evaluate_model", scored=_scored_cancer(cancer))
    bare = run_module("evaluate_model", params={"label_column": "target"}, scored=cancer["frame"])

    assert bare.result.status == "completed", bare.error
    assert bare.outputs["metrics"] == described.outputs["metrics"]


def test_the_other_positive_class_uses_the_complementary_probability(run_module: Any, cancer: dict[str, Any]) -> None:
    run = run_module("evaluate_model", params={"positive_class": "0"}, scored=_scored_cancer(cancer))

    y, pred, p = cancer["y"], cancer["pred"], cancer["p"]
    metrics = run.outputs["metrics"]["metrics"]
    assert run.outputs["metrics"]["positive_class"] == 0
    assert metrics["precision"] == approx(skm.precision_score(y, pred, pos_label=0))
    assert metrics["recall"] == approx(skm.recall_score(y, pred, pos_label=0))
    assert metrics["auc"] == approx(skm.roc_auc_score(y == 0, 1 - p))
    assert metrics["log_loss"] == approx(skm.log_loss(y, p))


def test_long_curves_are_downsampled_keeping_both_ends(run_module: Any) -> None:
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, 4000)
    p = np.clip(y * 0.3 + rng.random(4000) * 0.7, 0, 1)
    frame = pd.DataFrame({"y": y, "Scored Labels": (p > 0.5).astype(int), "Scored Probabilities": p})
    run = run_module("evaluate_model", params={"label_column": "y"}, scored=frame)

    curves = run.outputs["metrics"]["curves"]
    fpr, tpr, _ = skm.roc_curve(y, p)
    precision, recall, _ = skm.precision_recall_curve(y, p)
    assert len(precision) > 1000
    assert 100 < len(curves["pr"]) <= 200 and len(curves["roc"]) <= 200
    assert curves["pr"][0] == approx([recall[0], precision[0]])
    assert curves["pr"][-1] == approx([recall[-1], precision[-1]])
    assert curves["roc"][0] == approx([fpr[0], tpr[0]]) and curves["roc"][-1] == approx([1.0, 1.0])
    assert run.outputs["metrics"]["metrics"]["auc"] == approx(skm.roc_auc_score(y, p))


@pytest.fixture(scope="module")
def iris() -> dict[str, Any]:
    data = load_iris(as_frame=True)
    x_train, x_test, y_train, y_test = train_test_split(
        data.data, data.target, test_size=0.4, random_state=3, stratify=data.target
    )
    model = LogisticRegression(C=0.02, max_iter=1000).fit(x_train, y_train)  # strong regularisation: mistakes
    return {"x": x_test.reset_index(drop=True), "y": y_test.to_numpy(), "model": model, "names": data.target_names}


def test_multiclass_metrics_are_macro_averages_equal_to_sklearn(run_module: Any, iris: dict[str, Any]) -> None:
    names = iris["names"]
    proba = iris["model"].predict_proba(iris["x"])
    y = names[iris["y"]]
    pred = names[iris["model"].predict(iris["x"])]
    frame = iris["x"].assign(species=y, **{"Scored Labels": pred})
    # Columns in the model's class order, which need not be the sorted one.
    for index in (2, 0, 1):
        frame[f"Scored Probabilities_{names[index]}"] = proba[:, index]
    frame = _describe(frame, task="classification", label_column="species", classes=list(names))

    run = run_module("evaluate_model", scored=frame)

    assert run.result.status == "completed", run.error
    document = run.outputs["metrics"]
    assert document["metrics"] == {
        "accuracy": approx(skm.accuracy_score(y, pred)),
        "precision": approx(skm.precision_score(y, pred, average="macro")),
        "recall": approx(skm.recall_score(y, pred, average="macro")),
        "f1": approx(skm.f1_score(y, pred, average="macro")),
        "log_loss": approx(skm.log_loss(y, proba, labels=list(names))),
        "auc": approx(skm.roc_auc_score(iris["y"], proba, multi_class="ovr")),
    }
    assert document["metrics"]["accuracy"] < 1.0
    assert document["confusion_matrix"] == {
        "labels": list(names),
        "matrix": skm.confusion_matrix(y, pred, labels=list(names)).tolist(),
    }
    assert "curves" not in document and "positive_class" not in document


def test_multiclass_without_the_description_matches_numeric_classes_to_columns(
    run_module: Any, iris: dict[str, Any]
) -> None:
    proba = iris["model"].predict_proba(iris["x"])
    pred = iris["model"].predict(iris["x"])
    frame = iris["x"].assign(target=iris["y"], **{"Scored Labels": pred})
    for index in range(3):
        frame[f"Scored Probabilities_{index}"] = proba[:, index]

    run = run_module("evaluate_model", params={"label_column": "target"}, scored=frame)

    metrics = run.outputs["metrics"]["metrics"]
    assert metrics["auc"] == approx(skm.roc_auc_score(iris["y"], proba, multi_class="ovr"))
    assert metrics["log_loss"] == approx(skm.log_loss(iris["y"], proba))
    assert metrics["f1"] == approx(skm.f1_score(iris["y"], pred, average="macro"))


@pytest.fixture(scope="module")
def diabetes() -> dict[str, Any]:
    data = load_diabetes(as_frame=True)
    x_train, x_test, y_train, y_test = train_test_split(data.data, data.target, test_size=0.3, random_state=0)
    pred = LinearRegression().fit(x_train, y_train).predict(x_test)
    frame = x_test.reset_index(drop=True).assign(progression=y_test.to_numpy(), **{"Scored Labels": pred})
    return {"frame": frame, "y": y_test.to_numpy(), "pred": pred}


def test_regression_metrics_equal_sklearn(run_module: Any, diabetes: dict[str, Any]) -> None:
    frame = _describe(diabetes["frame"].copy(), task="regression", label_column="progression")
    run = run_module("evaluate_model", scored=frame)

    assert run.result.status == "completed", run.error
    document = run.outputs["metrics"]
    y, pred = diabetes["y"], diabetes["pred"]
    assert document["kind"] == "regression"
    assert document["metrics"] == {
        "mae": approx(skm.mean_absolute_error(y, pred)),
        "rmse": approx(skm.root_mean_squared_error(y, pred)),
        "rae": approx(np.abs(y - pred).sum() / np.abs(y - y.mean()).sum()),
        "rse": approx(((y - pred) ** 2).sum() / ((y - y.mean()) ** 2).sum()),
        "r2": approx(skm.r2_score(y, pred)),
    }
    assert document["metrics"]["rse"] == approx(1 - skm.r2_score(y, pred))
    assert document["residuals"] == approx((y - pred).tolist())
    assert set(document) == {"kind", "metrics", "residuals"}


def test_a_frame_rebuilt_without_description_is_recognised_as_regression(
    run_module: Any, diabetes: dict[str, Any]
) -> None:
    run = run_module("evaluate_model", params={"label_column": "progression"}, scored=diabetes["frame"])

    assert run.outputs["metrics"]["kind"] == "regression"
    assert run.outputs["metrics"]["metrics"]["r2"] == approx(skm.r2_score(diabetes["y"], diabetes["pred"]))


def test_many_residuals_are_sampled_with_a_note(run_module: Any) -> None:
    rng = np.random.default_rng(2)
    y = rng.normal(size=5000)
    frame = pd.DataFrame({"y": y, "Scored Labels": y + rng.normal(scale=0.1, size=5000)})
    run = run_module("evaluate_model", params={"label_column": "y"}, scored=frame)

    document = run.outputs["metrics"]
    assert len(document["residuals"]) == 1000
    assert set(document["residuals"]) <= set((frame["y"] - frame["Scored Labels"]).tolist())
    assert document["notes"] == ["residuals: 1000 of 5000 rows, picked at random (seed 0), in row order"]
    assert document["metrics"]["mae"] == approx(skm.mean_absolute_error(frame["y"], frame["Scored Labels"]))


def test_clustering_metrics_from_assignments(run_module: Any) -> None:
    x = load_iris(as_frame=True).data
    kmeans = KMeans(n_clusters=3, random_state=0, n_init=10).fit(x)
    distances = kmeans.transform(x)
    frame = x.assign(Assignments=kmeans.labels_)
    for i in range(3):
        frame[f"DistancesToClusterCenter no.{i}"] = distances[:, i]
    frame = _describe(frame, task="clustering", feature_columns=list(x.columns), n_clusters=3)

    run = run_module("evaluate_model", scored=frame)

    assert run.result.status == "completed", run.error
    document = run.outputs["metrics"]
    own = distances[np.arange(len(x)), kmeans.labels_]
    assert document["kind"] == "clustering"
    assert document["metrics"] == {
        "silhouette": approx(skm.silhouette_score(x, kmeans.labels_)),
        "inertia": approx(kmeans.inertia_),
        "mean_distance": approx(own.mean()),
    }
    assert document["clusters"] == [
        {
            "cluster": i,
            "count": int((kmeans.labels_ == i).sum()),
            "mean_distance": approx(own[kmeans.labels_ == i].mean()),
        }
        for i in range(3)
    ]


def test_clustering_without_feature_columns_leaves_silhouette_out(run_module: Any) -> None:
    frame = pd.DataFrame({"x": [0.0, 0.1, 5.0, 5.1], "Assignments": [0, 0, 1, 1]})
    run = run_module("evaluate_model", scored=frame)

    document = run.outputs["metrics"]
    assert document["metrics"] == {}
    assert document["clusters"] == [{"cluster": 0, "count": 2}, {"cluster": 1, "count": 2}]
    assert document["notes"][0].startswith("silhouette left out: the dataset does not record which columns")


def test_two_models_are_compared(run_module: Any, cancer: dict[str, Any]) -> None:
    data = load_breast_cancer(as_frame=True)
    x_train, x_test, y_train, _ = train_test_split(data.data, data.target, test_size=0.3, random_state=0)
    tree = DecisionTreeClassifier(max_depth=2, random_state=0).fit(x_train, y_train)
    right = _scored_cancer(cancer)
    right["Scored Labels"] = tree.predict(x_test)
    right["Scored Probabilities"] = tree.predict_proba(x_test)[:, 1]

    both = run_module("evaluate_model", scored=_scored_cancer(cancer), scored_right=right)
    left_only = run_module("evaluate_model", scored=_scored_cancer(cancer))
    right_only = run_module("evaluate_model", scored=right)

    assert both.result.status == "completed", both.error
    document = both.outputs["metrics"]
    assert document["compare"] == right_only.outputs["metrics"]
    assert {k: v for k, v in document.items() if k != "compare"} == left_only.outputs["metrics"]
    assert document["compare"]["metrics"]["accuracy"] == approx(skm.accuracy_score(cancer["y"], tree.predict(x_test)))
    assert both.result.metrics["auc_right"] == approx(document["compare"]["metrics"]["auc"])
    assert both.result.metrics["auc"] == approx(document["metrics"]["auc"])


def test_comparing_a_classifier_with_a_regression_fails(
    run_module: Any, cancer: dict[str, Any], diabetes: dict[str, Any]
) -> None:
    regression = _describe(diabetes["frame"].copy(), task="regression", label_column="progression")
    run = run_module("evaluate_model", scored=_scored_cancer(cancer), scored_right=regression)

    assert run.error.startswith("cannot compare a classification model (input scored) with a regression model")


def test_a_single_true_class_leaves_auc_out_and_says_why(
    run_module: Any, cancer: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    frame = _scored_cancer(cancer)
    frame = _describe(frame[frame["target"] == 1].copy(), **frame.attrs["pipewright"])
    run = run_module("evaluate_model", scored=frame)

    assert run.result.status == "completed", run.error
    document = run.outputs["metrics"]
    y, pred = frame["target"], frame["Scored Labels"]
    assert "auc" not in document["metrics"] and "curves" not in document
    assert document["metrics"]["accuracy"] == approx(skm.accuracy_score(y, pred))
    assert document["metrics"]["recall"] == approx(skm.recall_score(y, pred))
    assert document["metrics"]["log_loss"] == approx(skm.log_loss(y, frame["Scored Probabilities"], labels=[0, 1]))
    note = "auc left out: every true label is positive, so ROC AUC is undefined; so are the ROC and PR curves"
    assert document["notes"] == [note]
    assert note in capsys.readouterr().out


def test_a_constant_label_leaves_relative_errors_out(run_module: Any) -> None:
    frame = pd.DataFrame({"y": [2.0] * 30, "Scored Labels": np.linspace(1.5, 2.5, 30)})
    run = run_module("evaluate_model", params={"label_column": "y", "task": "regression"}, scored=frame)

    document = run.outputs["metrics"]
    assert set(document["metrics"]) == {"mae", "rmse"}
    assert [note.split(":")[0] for note in document["notes"]] == ["rae left out", "rse left out", "r2 left out"]


def test_bad_inputs_fail_naming_the_column(run_module: Any, cancer: dict[str, Any]) -> None:
    described = _scored_cancer(cancer)
    no_scores = run_module("evaluate_model", scored=cancer["frame"][["target", "mean radius"]])
    missing_label = run_module("evaluate_model", params={"label_column": "diagnosis"}, scored=described)
    unknown_label = run_module("evaluate_model", scored=cancer["frame"])
    holes = described.copy()
    holes.loc[[3, 7], "Scored Probabilities"] = np.nan
    with_holes = run_module("evaluate_model", scored=holes)

    assert no_scores.error == (
        "input scored has no 'Scored Labels' column (nor 'Assignments'): connect the output of score_model or "
        "assign_to_clusters; available: target, mean radius"
    )
    assert missing_label.error == (
        "column 'diagnosis' not found in input scored; available: mean radius, mean texture, mean perimeter, "
        "target, Scored Labels, Scored Probabilities"
    )
    assert unknown_label.error.startswith(
        "input scored does not say which column holds the true labels; set parameter 'label_column'"
    )
    assert with_holes.error == (
        "column 'Scored Probabilities' of input scored has 2 missing values; every row needs a score: "
        "score the rows again with score_model"
    )


def test_whole_number_predictions_without_description_need_the_task(run_module: Any) -> None:
    frame = pd.DataFrame({"y": [1.0, 2.0, 3.0, 1.0], "Scored Labels": [1.0, 2.0, 2.0, 1.0]})
    ambiguous = run_module("evaluate_model", params={"label_column": "y"}, scored=frame)
    told = run_module("evaluate_model", params={"label_column": "y", "task": "classification"}, scored=frame)

    assert ambiguous.error.endswith(
        "has only 2 distinct whole numbers and there is no 'Scored Probabilities' column; set parameter 'task'"
    )
    assert told.outputs["metrics"]["metrics"]["accuracy"] == approx(0.75)
    assert told.outputs["metrics"]["confusion_matrix"]["labels"] == [1.0, 2.0, 3.0]


def test_silhouette_of_many_rows_is_computed_on_a_fixed_sample(run_module: Any) -> None:
    rng = np.random.default_rng(3)
    x = pd.DataFrame({"a": rng.normal(size=6000), "b": rng.normal(size=6000)})
    labels = (x["a"] > 0).astype(int).to_numpy()
    frame = _describe(x.assign(Assignments=labels), task="clustering", feature_columns=["a", "b"], n_clusters=2)

    run = run_module("evaluate_model", scored=frame)

    document = run.outputs["metrics"]
    expected = skm.silhouette_score(x, labels, sample_size=5000, random_state=0)
    assert document["metrics"]["silhouette"] == approx(expected)
    assert document["notes"][0] == "silhouette: on 5000 of 6000 rows, picked at random (seed 0)"


def test_a_multiclass_model_stays_multiclass_when_the_data_shows_two_classes(
    run_module: Any, iris: dict[str, Any]
) -> None:
    """score_model's "Scored Probabilities" of a 3-class model is the predicted class's, not a positive class's."""
    proba = iris["model"].predict_proba(iris["x"])
    pred = iris["model"].predict(iris["x"])
    shown = pred != 2
    frame = iris["x"].assign(target=np.where(iris["y"] == 2, 1, iris["y"]), **{"Scored Labels": pred})
    frame["Scored Probabilities"] = proba.max(axis=1)
    for index in range(3):
        frame[f"Scored Probabilities_{index}"] = proba[:, index]
    frame = frame[shown].reset_index(drop=True)

    run = run_module("evaluate_model", params={"label_column": "target"}, scored=frame)

    document = run.outputs["metrics"]
    y, predicted = frame["target"], frame["Scored Labels"]
    assert "positive_class" not in document
    assert document["confusion_matrix"]["labels"] == [0, 1, 2]
    assert document["metrics"]["f1"] == approx(skm.f1_score(y, predicted, average="macro"))
    assert "auc" not in document["metrics"]
    assert document["notes"] == [
        "auc left out: one-vs-rest ROC AUC needs every class among the true labels; missing: 2"
    ]


def _confusion_at(y: np.ndarray, predicted_positive: np.ndarray) -> tuple[int, int]:
    """(true positives, false positives) of predicting positive where asked."""
    return int((predicted_positive & y).sum()), int((predicted_positive & ~y).sum())


def test_binary_threshold_counts_give_the_metrics_at_half_and_sklearn_elsewhere(
    run_module: Any, cancer: dict[str, Any]
) -> None:
    run = run_module("evaluate_model", scored=_scored_cancer(cancer))

    document = run.outputs["metrics"]
    table = document["thresholds"]
    y, p = cancer["y"] == 1, cancer["p"]
    assert len(table["values"]) == len(table["tp"]) == len(table["fp"]) == 201
    assert table["values"][0] == 0 and table["values"][-1] == 1 and table["values"][100] == table["default"] == 0.5
    assert (table["positives"], table["negatives"]) == (int(y.sum()), int((~y).sum()))
    assert table["unlike_scored_labels"] == 0
    # At 0.5 the counts are the confusion matrix the metrics come from.
    [[tn, fp], [fn, tp]] = document["confusion_matrix"]["matrix"]
    assert (table["tp"][100], table["fp"][100]) == (tp, fp)
    assert table["positives"] - table["tp"][100] == fn and table["negatives"] - table["fp"][100] == tn
    assert document["metrics"]["precision"] == tp / (tp + fp)
    assert document["metrics"]["recall"] == tp / (tp + fn)
    # Elsewhere they are what thresholding the probabilities gives.
    for index in (0, 20, 37, 150, 199, 200):
        threshold = table["values"][index]
        assert (table["tp"][index], table["fp"][index]) == _confusion_at(y, p >= threshold)
    assert table["tp"] == sorted(table["tp"], reverse=True) and table["tp"][0] == table["positives"]


def test_cumulative_gains_take_the_best_scored_rows_first(run_module: Any, cancer: dict[str, Any]) -> None:
    run = run_module("evaluate_model", scored=_scored_cancer(cancer))

    gains = run.outputs["metrics"]["curves"]["gains"]
    y, p = cancer["y"] == 1, cancer["p"]
    assert len(gains) == 101 and gains[0] == [0.0, 0.0] and gains[-1] == [1.0, 1.0]
    ranked = y[np.argsort(-p, kind="stable")]
    rows = len(y)
    for fraction, captured in gains:
        whole = fraction * rows
        if whole == int(whole) and len(np.unique(p)) == rows:
            assert captured == approx(ranked[: int(whole)].sum() / y.sum())
    # A good model finds most positives in its top half: lift above 1.
    assert gains[50][1] > 0.75


def test_gains_split_tied_rows_pro_rata() -> None:
    from runner.modules._metrics import cumulative_gains

    # Four rows, two tied at 0.5 (one positive); the first row alone is a sure positive.
    gains = dict(
        (round(f, 2), g)
        for f, g in cumulative_gains(np.array([True, True, False, False]), np.array([0.9, 0.5, 0.5, 0.1]))
    )

    assert gains[0.25] == approx(0.5)  # the 0.9 row: one of two positives
    assert gains[0.5] == approx(0.75)  # half of the tied pair: half of its one positive
    assert gains[0.75] == approx(1.0)
    assert gains[1.0] == 1.0


def test_a_forests_tied_vote_is_negative_and_the_complements_tie_positive(run_module: Any) -> None:
    """argmax gives a 50/50 row the first class: 'above 0.5' reproduces the labels of class 1,
    'at or above 0.5' those of class 0 (whose probability is the complement)."""
    p = np.array([0.0, 0.5, 0.5, 0.5, 1.0, 0.75, 0.25, 0.5])
    y = np.array([0, 0, 1, 1, 1, 1, 0, 0])
    frame = pd.DataFrame({"y": y, "Scored Labels": np.where(p > 0.5, 1, 0), "Scored Probabilities": p})

    as_scored = run_module("evaluate_model", params={"label_column": "y"}, scored=frame.copy())
    other = run_module("evaluate_model", params={"label_column": "y", "positive_class": "0"}, scored=frame.copy())

    for run, comparison in ((as_scored, ">"), (other, ">=")):
        document = run.outputs["metrics"]
        table = document["thresholds"]
        assert table["predicted_positive"] == comparison and table["unlike_scored_labels"] == 0
        assert "notes" not in document
        matrix = np.array(document["confusion_matrix"]["matrix"])
        positive = document["confusion_matrix"]["labels"].index(document["positive_class"])
        assert table["tp"][100] == matrix[positive, positive]
        assert table["fp"][100] == matrix[1 - positive, positive]
    assert as_scored.outputs["metrics"]["thresholds"]["tp"][100] == 2  # the 1.0 and 0.75 rows
    # Class 0 at 0.5: its rows at 0.0 and 0.25 and the two tied ones, and the two tied rows of class 1.
    assert other.outputs["metrics"]["thresholds"]["tp"][100] == 4
    assert other.outputs["metrics"]["thresholds"]["fp"][100] == 2


def test_labels_not_made_from_the_probabilities_are_reported(run_module: Any) -> None:
    p = np.array([0.1, 0.2, 0.6, 0.7, 0.8, 0.9])
    y = np.array([0, 1, 0, 1, 1, 1])
    # A calibrated model whose labels come from its own cut at 0.75, not from 0.5.
    frame = pd.DataFrame({"y": y, "Scored Labels": (p > 0.75).astype(int), "Scored Probabilities": p})

    run = run_module("evaluate_model", params={"label_column": "y"}, scored=frame)

    document = run.outputs["metrics"]
    assert document["thresholds"]["unlike_scored_labels"] == 2
    assert document["notes"] == [
        "thresholds: at 0.5 the probabilities disagree with 'Scored Labels' in 2 rows: the model's labels do not "
        "come from its probabilities at 0.5, so the threshold slider's numbers at 0.5 differ from the metrics"
    ]


def test_multiclass_and_regression_have_no_thresholds(
    run_module: Any, iris: dict[str, Any], diabetes: dict[str, Any]
) -> None:
    proba = iris["model"].predict_proba(iris["x"])
    frame = iris["x"].assign(target=iris["y"], **{"Scored Labels": iris["model"].predict(iris["x"])})
    for index in range(3):
        frame[f"Scored Probabilities_{index}"] = proba[:, index]
    multiclass = run_module("evaluate_model", params={"label_column": "target"}, scored=frame)
    regression = run_module("evaluate_model", params={"label_column": "progression"}, scored=diabetes["frame"])

    assert "thresholds" not in multiclass.outputs["metrics"] and "curves" not in multiclass.outputs["metrics"]
    assert "thresholds" not in regression.outputs["metrics"]
