"""sample_dataset: small, well-known datasets that ship with the app (no network)."""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Mapping
from importlib.resources.abc import Traversable
from typing import Any

import numpy as np
import pandas as pd

from designer.graph.schema import Answer, Column, RuleInputs, Table, Unknowable
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._sample_columns import COLUMNS, VALUES
from runner.step_runtime import ModuleError, StepContext

# The loader in sklearn.datasets of each (looked up when a step runs: importing
# scikit-learn takes seconds, and the web and worker processes import this file).
_SKLEARN_LOADERS: dict[str, str] = {
    "iris": "load_iris",
    "wine": "load_wine",
    "breast_cancer": "load_breast_cancer",
    "diabetes": "load_diabetes",
    "digits": "load_digits",
}
DATASET_NAMES: tuple[str, ...] = (*_SKLEARN_LOADERS, "titanic", "penguins", "cars")
LABEL_COLUMN = "label"
TITANIC_LABEL_COLUMN = "Survived"
PENGUINS_LABEL_COLUMN = "species"
CARS_LABEL_COLUMN = "Miles_per_Gallon"
# The column each dataset is for predicting: Train Model's label picker suggests it.
LABELS: dict[str, str] = {
    **dict.fromkeys(_SKLEARN_LOADERS, LABEL_COLUMN),
    "titanic": TITANIC_LABEL_COLUMN,
    "penguins": PENGUINS_LABEL_COLUMN,
    "cars": CARS_LABEL_COLUMN,
}
# Real datasets read from files that PyPI packages ship (no download at run time).
_PACKAGED_FILES: dict[str, tuple[str, str]] = {
    "penguins": ("palmerpenguins", "data/penguins.csv"),
    "cars": ("vega_datasets", "_data/cars.json"),
}

SPEC = ModuleSpec(
    slug="sample_dataset",
    version="1.0.0",
    name="Sample Dataset",
    category="Data input and output",
    description=(
        "A small, well-known dataset shipped with the app. The scikit-learn datasets keep "
        f"their feature names as columns and put the target in '{LABEL_COLUMN}'; titanic is a "
        f"generated Titanic-like passenger list whose label is '{TITANIC_LABEL_COLUMN}'. penguins "
        f"(label '{PENGUINS_LABEL_COLUMN}') and cars (label '{CARS_LABEL_COLUMN}') are real data with "
        "missing values and text columns, as published."
    ),
    outputs=(PortSpec("dataset", "DataFrame", description="The sample dataset."),),
    params=(
        ParamSpec(
            "name",
            "choice",
            default="iris",
            choices=DATASET_NAMES,
            required=True,
            help=(
                "iris: 150 flowers, 3 classes; wine: 178 wines, 3 classes; breast_cancer: 569 "
                "tumours, 2 classes; diabetes: 442 patients, regression target; digits: 1797 8x8 "
                "images, 10 classes; titanic: 891 passengers (generated), survived or not; penguins: 344 "
                "Palmer penguins, 3 species, with missing measurements and sexes; cars: 406 cars of "
                "1970-1982, predict miles per gallon, with missing values."
            ),
        ),
    ),
    keywords=(
        "sample",
        "example data",
        "demo",
        "iris",
        "titanic",
        "wine",
        "penguins",
        "cars",
        "diabetes",
        "digits",
        "breast cancer",
        "toy dataset",
    ),
    entrypoint="runner.modules.sample_dataset:sample_dataset",
)


def schema_rule(inputs: RuleInputs, params: Mapping[str, Any]) -> dict[str, Answer]:
    """Declared: each dataset's columns and label are known without loading it."""
    name = params.get("name")
    if name not in COLUMNS:
        raise Unknowable(f"parameter 'name': unknown sample dataset {name!r}")
    columns = tuple(Column(column, dtype, VALUES.get((name, column))) for column, dtype in COLUMNS[name])
    return {"dataset": Table(columns, suggested_label=LABELS[name])}


SCHEMA_RULE = schema_rule


def sample_dataset(ctx: StepContext) -> dict[str, object]:
    return {"dataset": load(ctx.params["name"])}


def load(name: object) -> pd.DataFrame:
    """The named sample dataset (also what its node's preview shows before a run)."""
    if name == "titanic":
        return titanic()
    if name == "penguins":
        return penguins()
    if name == "cars":
        return cars()
    loader_name = _SKLEARN_LOADERS.get(str(name))
    if loader_name is None:
        raise ModuleError(
            f"parameter 'name': unknown sample dataset '{name}'; choose one of {', '.join(DATASET_NAMES)}"
        )
    from sklearn import datasets as sk_datasets

    frame = getattr(sk_datasets, loader_name)(as_frame=True).frame
    return frame.rename(columns={"target": LABEL_COLUMN})


def titanic(rows: int = 891) -> pd.DataFrame:
    """A Titanic-like passenger list, the same on every machine (fixed seed, no download).

    Survival follows the real data's broad pattern (women, children and first class
    first) so classifiers have something to learn, with missing ages and ports to clean.
    """
    rng = np.random.default_rng(1912)
    pclass = rng.choice([1, 2, 3], size=rows, p=[0.24, 0.21, 0.55])
    sex = rng.choice(["male", "female"], size=rows, p=[0.65, 0.35])
    age = np.clip(rng.normal(np.select([pclass == 1, pclass == 2], [38.0, 30.0], 25.0), 13.0), 0.42, 80.0)
    age = np.where(age < 1, np.round(age, 2), np.round(age))
    sibsp = rng.choice([0, 1, 2, 3, 4, 5, 8], size=rows, p=[0.68, 0.235, 0.03, 0.02, 0.02, 0.007, 0.008])
    parch = rng.choice([0, 1, 2, 3, 4, 5, 6], size=rows, p=[0.76, 0.13, 0.09, 0.006, 0.005, 0.006, 0.003])
    base_fare = np.select([pclass == 1, pclass == 2], [60.0, 16.0], 9.0)
    fare = np.round(base_fare * rng.lognormal(0.0, 0.5, size=rows) * (1 + 0.3 * (sibsp + parch)), 4)
    embarked = rng.choice(["S", "C", "Q"], size=rows, p=[0.72, 0.19, 0.09])
    logit = (
        -1.3
        + 2.5 * (sex == "female")
        + np.select([pclass == 1, pclass == 2], [1.0, 0.3], -0.8)
        + 1.2 * (age < 12)
        - 0.02 * (age - 30)
        - 0.3 * (sibsp > 2)
    )
    survived = (rng.random(rows) < 1 / (1 + np.exp(-logit))).astype("int64")
    frame = pd.DataFrame(
        {
            "PassengerId": np.arange(1, rows + 1),
            "Pclass": pclass,
            "Sex": sex,
            "Age": age,
            "SibSp": sibsp,
            "Parch": parch,
            "Fare": fare,
            "Embarked": embarked,
            TITANIC_LABEL_COLUMN: survived,
        }
    )
    # About a fifth of ages and two ports of embarkation are unknown, as in the original.
    frame.loc[rng.random(rows) < 0.2, "Age"] = np.nan
    frame.loc[rng.choice(rows, size=2, replace=False), "Embarked"] = None
    return frame


def _packaged_file(name: str) -> Traversable:
    package, path = _PACKAGED_FILES[name]
    try:
        return importlib.resources.files(package).joinpath(path)
    except ModuleNotFoundError:
        raise ModuleError(
            f"sample dataset '{name}' comes with the Python package {package}, which is not installed"
        ) from None


def penguins() -> pd.DataFrame:
    """The Palmer Archipelago penguins (Horst, Hill and Gorman, 2020), as the palmerpenguins
    package ships them: 344 rows, 8 columns, 'NA' read as missing."""
    with _packaged_file("penguins").open("rb") as stream:
        return pd.read_csv(stream)


def cars() -> pd.DataFrame:
    """The cars dataset of the Vega examples (the UCI Auto MPG data with names and origins),
    as the vega_datasets package ships it; Year is a date (January 1st of the model year)."""
    with _packaged_file("cars").open("rb") as stream:
        records = json.load(stream)
    frame = pd.DataFrame.from_records(records)
    frame["Year"] = pd.to_datetime(frame["Year"], format="%Y-%m-%d")
    return frame
