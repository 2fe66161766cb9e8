from __future__ import annotations

from typing import Any

import pandas as pd
import pytest
from sklearn import datasets

from runner.modules.sample_dataset import titanic


@pytest.mark.parametrize(
    "name, loader",
    [
        ("iris", datasets.load_iris),
        ("wine", datasets.load_wine),
        ("breast_cancer", datasets.load_breast_cancer),
        ("diabetes", datasets.load_diabetes),
        ("digits", datasets.load_digits),
    ],
)
def test_it_gives_the_sklearn_dataset_with_its_feature_names_and_a_label_column(
    run_module: Any, name: str, loader: Any
) -> None:
    run = run_module("sample_dataset", params={"name": name})

    assert run.result.status == "completed", run.error
    bunch = loader(as_frame=True)
    dataset = run.outputs["dataset"]
    assert list(dataset.columns) == [*bunch.feature_names, "label"]
    pd.testing.assert_frame_equal(dataset.drop(columns="label"), bunch.data, check_dtype=False)
    assert dataset["label"].tolist() == bunch.target.tolist()


def test_titanic_is_generated_the_same_every_time_with_the_usual_columns(run_module: Any) -> None:
    run = run_module("sample_dataset", params={"name": "titanic"})

    dataset = run.outputs["dataset"]
    assert dataset.shape == (891, 9)
    assert list(dataset.columns) == [
        "PassengerId",
        "Pclass",
        "Sex",
        "Age",
        "SibSp",
        "Parch",
        "Fare",
        "Embarked",
        "Survived",
    ]
    assert set(dataset["Survived"]) == {0, 1}
    assert dataset["Age"].isna().sum() > 100
    assert dataset["Embarked"].isna().sum() == 2
    pd.testing.assert_frame_equal(dataset, titanic(), check_dtype=False)
    # Women survive more often, so there is something to learn.
    by_sex = dataset.groupby("Sex")["Survived"].mean()
    assert by_sex["female"] > by_sex["male"] + 0.3


def test_an_unknown_name_fails_listing_the_choices(run_module: Any) -> None:
    run = run_module("sample_dataset", params={"name": "mnist"})

    assert run.result.status == "failed"
    assert run.error.startswith("parameter 'name': unknown sample dataset 'mnist'; choose one of iris, wine")
