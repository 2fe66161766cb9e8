"""The sample pipelines `make up` loads run green on the real worker and give the same
numbers as the equivalent scikit-learn code."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest
from rest_framework.test import APIClient
from sklearn import metrics as skm
from sklearn.cluster import KMeans
from sklearn.datasets import load_diabetes, load_iris
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.model_selection import train_test_split

from designer.samples import BINARY_CLASSIFICATION, CLUSTERING, IRIS_FEATURES, REGRESSION, TITANIC_FEATURES
from runner.modules.sample_dataset import titanic
from tests.integration.helpers import make_pipeline, steps_of, submit, wait_for_run

pytestmark = pytest.mark.integration


def run_sample(client: APIClient, alice: Any, sample: dict[str, Any]) -> dict[str, Any]:
    pipeline = make_pipeline(alice, sample["graph"], name=sample["name"])
    run = wait_for_run(submit(client, pipeline)["id"], timeout=180)
    failed = {n: s.error for n, s in steps_of(run.pk).items() if s.error}
    assert run.status == "completed", (run.error, failed)
    response = client.get(f"/api/runs/{run.pk}/steps/evaluate/outputs/metrics/")
    assert response.status_code == 200
    return dict(response.json()["preview"])


def test_binary_classification_matches_scikit_learn(client: APIClient, alice: Any) -> None:
    document = run_sample(client, alice, BINARY_CLASSIFICATION)

    frame = titanic()[TITANIC_FEATURES].copy()
    frame["FamilySize"] = frame["SibSp"] + frame["Parch"] + 1
    frame["Age"] = frame["Age"].fillna(frame["Age"].median())
    frame["Embarked"] = frame["Embarked"].fillna(frame["Embarked"].mode()[0])
    frame = pd.get_dummies(frame, columns=["Sex", "Embarked"], prefix_sep="-", dtype="int64")
    for column in ("Age", "Fare"):
        frame[column] = (frame[column] - frame[column].mean()) / frame[column].std(ddof=0)
    train, test = train_test_split(frame, train_size=0.7, random_state=42, stratify=frame["Survived"])
    features = [c for c in frame.columns if c != "Survived"]
    model = LogisticRegression(C=1.0, max_iter=1000).fit(train[features], train["Survived"])
    predicted = model.predict(test[features])
    probability = model.predict_proba(test[features])[:, 1]

    assert document["kind"] == "classification"
    got = document["metrics"]
    assert got["accuracy"] == pytest.approx(skm.accuracy_score(test["Survived"], predicted), abs=1e-9)
    assert got["f1"] == pytest.approx(skm.f1_score(test["Survived"], predicted), abs=1e-9)
    assert got["auc"] == pytest.approx(skm.roc_auc_score(test["Survived"], probability), abs=1e-6)
    assert np.array(document["confusion_matrix"]["matrix"]).sum() == len(test)
    assert document["curves"]["roc"][0] == [0.0, 0.0] and document["curves"]["roc"][-1] == [1.0, 1.0]
    # The threshold slider's counts: at 0.5 the confusion matrix itself, at 0.7 what the
    # probabilities give there.
    table = document["thresholds"]
    [[tn, fp], [fn, tp]] = document["confusion_matrix"]["matrix"]
    assert table["unlike_scored_labels"] == 0
    assert (table["tp"][100], table["fp"][100], table["positives"], table["negatives"]) == (tp, fp, tp + fn, tn + fp)
    survived = test["Survived"].to_numpy() == 1
    assert (table["tp"][140], table["fp"][140]) == (
        int((probability[survived] >= 0.7).sum()),
        int((probability[~survived] >= 0.7).sum()),
    )
    assert document["curves"]["gains"][-1] == [1.0, 1.0] and document["curves"]["gains"][10][1] > 0.1


def test_regression_matches_scikit_learn(client: APIClient, alice: Any) -> None:
    document = run_sample(client, alice, REGRESSION)

    data = load_diabetes(as_frame=True)
    frame = data.data.assign(label=data.target)
    train, test = train_test_split(frame, train_size=0.75, random_state=7, shuffle=True)
    features = list(data.data.columns)
    boosted = GradientBoostingRegressor(n_estimators=100, learning_rate=0.1, max_depth=3, random_state=7)
    boosted.fit(train[features], train["label"])
    linear = LinearRegression().fit(train[features], train["label"])

    assert document["kind"] == "regression"
    boosted_pred = boosted.predict(test[features])
    assert document["metrics"]["mae"] == pytest.approx(skm.mean_absolute_error(test["label"], boosted_pred))
    assert document["metrics"]["r2"] == pytest.approx(skm.r2_score(test["label"], boosted_pred))
    linear_pred = linear.predict(test[features])
    assert document["compare"]["metrics"]["rmse"] == pytest.approx(
        skm.root_mean_squared_error(test["label"], linear_pred)
    )
    assert len(document["residuals"]) == len(test)


def test_clustering_matches_scikit_learn(client: APIClient, alice: Any) -> None:
    document = run_sample(client, alice, CLUSTERING)

    frame = load_iris(as_frame=True).data[IRIS_FEATURES]
    kmeans = KMeans(n_clusters=3, init="k-means++", random_state=42).fit(frame)

    assert document["kind"] == "clustering"
    assert document["metrics"]["silhouette"] == pytest.approx(skm.silhouette_score(frame, kmeans.labels_))
    assert document["metrics"]["inertia"] == pytest.approx(kmeans.inertia_)
    counts = sorted(c["count"] for c in document["clusters"])
    assert counts == sorted(np.bincount(kmeans.labels_).tolist())
