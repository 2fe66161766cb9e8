from __future__ import annotations

import socket
from typing import Any

import pandas as pd
import pytest
from palmerpenguins import load_penguins
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


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a sample dataset tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.usefixtures("no_network")
def test_penguins_are_the_real_palmer_penguins_from_the_package(run_module: Any) -> None:
    run = run_module("sample_dataset", params={"name": "penguins"})

    assert run.result.status == "completed", run.error
    dataset = run.outputs["dataset"]
    pd.testing.assert_frame_equal(dataset, load_penguins())
    assert dataset.shape == (344, 8)
    assert dataset["species"].value_counts().to_dict() == {"Adelie": 152, "Gentoo": 124, "Chinstrap": 68}
    assert dataset.isna().sum().to_dict() == {
        "species": 0,
        "island": 0,
        "bill_length_mm": 2,
        "bill_depth_mm": 2,
        "flipper_length_mm": 2,
        "body_mass_g": 2,
        "sex": 11,
        "year": 0,
    }


@pytest.mark.usefixtures("no_network")
def test_cars_are_the_vega_cars_with_missing_mileage_and_horsepower(run_module: Any) -> None:
    run = run_module("sample_dataset", params={"name": "cars"})

    dataset = run.outputs["dataset"]
    assert list(dataset.columns) == [
        "Name",
        "Miles_per_Gallon",
        "Cylinders",
        "Displacement",
        "Horsepower",
        "Weight_in_lbs",
        "Acceleration",
        "Year",
        "Origin",
    ]
    assert len(dataset) == 406
    assert dataset["Miles_per_Gallon"].isna().sum() == 8
    assert dataset["Horsepower"].isna().sum() == 6
    assert set(dataset["Origin"]) == {"USA", "Europe", "Japan"}
    assert dataset["Year"].dt.year.agg(["min", "max"]).tolist() == [1970, 1982]
    assert dataset.loc[0, "Name"] == "chevrolet chevelle malibu"
