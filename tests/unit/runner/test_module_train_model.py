from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeRegressor

from runner.modules import BUILTIN_MODULES, BuiltinModule, linear_regression, logistic_regression, train_model
from runner.modules._models import plan_preparation, prepare_param, prepared_features
from runner.step_runtime import ModelArtifact, ModuleError, StepContext


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the modules are in the registry, run them as if they were."""
    for module in (logistic_regression, linear_regression, train_model):
        slug = module.SPEC.slug
        builtin = BuiltinModule(module.SPEC, getattr(module, slug), Path(str(module.__file__)))
        monkeypatch.setitem(BUILTIN_MODULES, slug, BUILTIN_MODULES.get(slug, builtin))


@pytest.fixture
def classifier(run_module: Any) -> ModelArtifact:
    model: ModelArtifact = run_module("logistic_regression").outputs["model"]
    return model


@pytest.fixture
def regressor(run_module: Any) -> ModelArtifact:
    model: ModelArtifact = run_module("linear_regression").outputs["model"]
    return model


@pytest.fixture
def small() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "x": [0.1, 0.4, 0.35, 0.8, 0.9, 0.2],
            "n": [1, 2, 3, 4, 5, 6],
            "flag": [True, False, True, False, True, False],
            "label": ["no", "no", "no", "yes", "yes", "yes"],
        }
    )


def test_the_trained_model_records_what_score_model_needs(run_module: Any, classifier: ModelArtifact) -> None:
    iris = load_iris(as_frame=True).frame.rename(columns={"target": "label"})

    run = run_module("train_model", model=classifier, dataset=iris)

    assert run.result.status == "completed", run.error
    artifact = run.outputs["model"]
    X = iris.drop(columns="label")
    direct = LogisticRegression(max_iter=1000).fit(X, iris["label"])
    np.testing.assert_allclose(artifact.model.coef_, direct.coef_)
    assert {k: v for k, v in artifact.meta.items() if k != "class"} == {
        "algorithm": "logistic_regression",
        "task": "classification",
        "label_column": "label",
        "feature_columns": list(X.columns),
        "classes": [0, 1, 2],
        "trained_rows": 150,
        "params": {"C": 1.0, "penalty": "l2", "max_iter": 1000},
    }


def test_booleans_and_whole_numbers_are_features_as_they_are(
    run_module: Any, classifier: ModelArtifact, small: pd.DataFrame
) -> None:
    run = run_module("train_model", model=classifier, dataset=small.astype({"n": "Int64"}))

    X = small[["x", "n", "flag"]].astype("float64")
    direct = LogisticRegression(max_iter=1000).fit(X, small["label"])
    assert run.outputs["model"].meta["feature_columns"] == ["x", "n", "flag"]
    assert run.outputs["model"].meta["classes"] == ["no", "yes"]
    np.testing.assert_allclose(run.outputs["model"].model.coef_, direct.coef_)


def test_any_scikit_learn_estimator_trains_with_its_task_inferred(run_module: Any, small: pd.DataFrame) -> None:
    dataset = small.assign(label=np.arange(6.0))

    run = run_module("train_model", model=ModelArtifact(DecisionTreeRegressor(random_state=0)), dataset=dataset)

    assert run.result.status == "completed", run.error
    assert run.outputs["model"].meta["task"] == "regression"
    assert run.outputs["model"].meta["algorithm"] == "DecisionTreeRegressor"


def test_a_missing_label_column_fails_listing_the_columns(
    run_module: Any, classifier: ModelArtifact, small: pd.DataFrame
) -> None:
    absent = run_module("train_model", params={"label_column": "target"}, model=classifier, dataset=small)
    empty = run_module("train_model", params={"label_column": " "}, model=classifier, dataset=small)

    assert absent.error == "column 'target' not found in input dataset; available: x, n, flag, label"
    assert empty.error == (
        "parameter 'label_column' is empty: name the column to predict; available: x, n, flag, label"
    )


# prepare_features off: the refusals of 1.0.0, which a node pinned to it (no such
# parameter) still gets.
OFF = {"prepare_features": False}


def test_text_features_fail_naming_them_and_suggesting_convert_to_indicators(
    run_module: Any, classifier: ModelArtifact, small: pd.DataFrame
) -> None:
    dataset = small.assign(city=["a", "b", "a", "b", "a", "b"], when=pd.Timestamp("2024-01-01"))

    run = run_module("train_model", params=OFF, model=classifier, dataset=dataset)

    assert run.error == (
        "feature columns 'city' (str), 'when' (datetime64[us]) in input dataset are not numeric: turn categories "
        "into 0/1 columns with convert_to_indicators, or drop them with select_columns"
    )


def test_missing_values_fail_naming_the_column_and_suggesting_clean_missing_data(
    run_module: Any, classifier: ModelArtifact, small: pd.DataFrame
) -> None:
    feature = run_module(
        "train_model", params=OFF, model=classifier, dataset=small.assign(x=[0.1, None, 0.3, None, 0.5, 0.6])
    )
    label = run_module(
        "train_model", model=classifier, dataset=small.assign(label=["no", None, "no", "yes", "yes", "yes"])
    )
    infinite = run_module("train_model", model=classifier, dataset=small.assign(x=[0.1, np.inf, 0.3, 0.4, 0.5, 0.6]))

    assert feature.error == (
        "feature column 'x' (2 of 6 rows) in input dataset has missing values: fill or remove them with "
        "clean_missing_data"
    )
    assert label.error == (
        "label column 'label' in input dataset has missing values in 1 of 6 rows: remove those rows with "
        "clean_missing_data (mode: remove row)"
    )
    assert infinite.error == "feature column 'x' in input dataset has infinite values; replace them before training"


def test_labels_that_do_not_fit_the_task_fail(
    run_module: Any, classifier: ModelArtifact, regressor: ModelArtifact, small: pd.DataFrame
) -> None:
    text_for_regression = run_module("train_model", model=regressor, dataset=small)
    numbers_for_classifier = run_module(
        "train_model", model=classifier, dataset=small.assign(label=np.linspace(0, 1, 6))
    )
    one_class = run_module("train_model", model=classifier, dataset=small.assign(label="yes"))
    no_features = run_module("train_model", model=classifier, dataset=small[["label"]])

    assert text_for_regression.error == (
        "label column 'label' in input dataset is not numeric (str): a regression model predicts numbers; use a "
        "classification algorithm to predict categories"
    )
    assert numbers_for_classifier.error.startswith("label column 'label' in input dataset holds continuous numbers")
    assert one_class.error == (
        "label column 'label' in input dataset has a single class (yes); a classifier needs at least two"
    )
    assert no_features.error.startswith("input dataset has no feature columns")


def test_an_empty_dataset_fails(run_module: Any, classifier: ModelArtifact, small: pd.DataFrame) -> None:
    assert run_module("train_model", model=classifier, dataset=small.iloc[0:0]).error == "input dataset has no rows"


def test_a_node_pinned_to_the_version_without_prepare_features_keeps_refusing_text(
    tmp_path: Path, classifier: ModelArtifact, small: pd.DataFrame
) -> None:
    # A 1.0.0 node's step gets that version's parameters: no prepare_features at all.
    pinned = StepContext(params={"label_column": "label"}, workdir=tmp_path, control=None)

    with pytest.raises(ModuleError, match="'city' \\(str\\) in input dataset is not numeric"):
        train_model.train_model(pinned, model=classifier, dataset=small.assign(city=list("abcabc")))
    assert prepare_param({}) is False


@pytest.fixture
def passengers() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Sex": ["male", "female", "female", "male", "male", "female", "male", "female"] * 5,
            "Age": [22.0, None, 26.0, 35.0, None, 27.0, 54.0, 2.0] * 5,
            "Embarked": ["S", "C", None, "S", "Q", "S", "S", "C"] * 5,
            "Fare": [7.25, 71.3, 7.9, 53.1, 8.05, 8.46, 51.9, 21.1] * 5,
            "Adult": [True, True, True, True, True, True, True, False] * 5,
            "Survived": [0, 1, 1, 1, 0, 1, 0, 1] * 5,
        }
    )


def test_text_and_missing_values_are_prepared_inside_the_model_like_scikit_learn(
    run_module: Any, classifier: ModelArtifact, passengers: pd.DataFrame, capsys: pytest.CaptureFixture[str]
) -> None:
    from sklearn.compose import ColumnTransformer
    from sklearn.impute import SimpleImputer
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import OneHotEncoder

    run = run_module("train_model", params={"label_column": "Survived"}, model=classifier, dataset=passengers)

    assert run.result.status == "completed", run.error
    trained = run.outputs["model"]
    assert trained.meta["feature_columns"] == ["Sex", "Age", "Embarked", "Fare", "Adult"]
    assert trained.meta["preparation"] == {"numeric": ["Age", "Fare"], "categorical": ["Sex", "Embarked", "Adult"]}
    assert trained.meta["params"] == {"C": 1.0, "penalty": "l2", "max_iter": 1000}
    log = capsys.readouterr().err
    assert "Sex: text, one-hot (2 categories)" in log
    assert "Age: 10 missing, filled with the median 26.5" in log
    assert "Embarked: text, one-hot (3 categories); 5 missing, encoded as the category '(missing)'" in log
    assert "Adult: boolean, one-hot (2 categories)" in log
    assert "Fare:" not in log  # complete numbers are used as they are

    # The same model scikit-learn's own tools make by hand.
    categories = make_pipeline(
        SimpleImputer(strategy="constant", fill_value="(missing)"), OneHotEncoder(handle_unknown="ignore")
    )
    by_hand = make_pipeline(
        ColumnTransformer(
            [
                ("numbers", SimpleImputer(strategy="median"), ["Age", "Fare"]),
                ("categories", categories, ["Sex", "Embarked", "Adult"]),
            ]
        ),
        LogisticRegression(max_iter=1000),
    )
    X = passengers.drop(columns="Survived").astype({"Embarked": object, "Adult": str})
    by_hand.fit(X, passengers["Survived"])
    np.testing.assert_allclose(trained.model.named_steps["learner"].coef_, by_hand[-1].coef_, rtol=1e-6)


def test_score_model_reads_raw_rows_with_unseen_categories_and_missing_values(
    run_module: Any, classifier: ModelArtifact, passengers: pd.DataFrame
) -> None:
    trained = run_module("train_model", params={"label_column": "Survived"}, model=classifier, dataset=passengers)
    model = trained.outputs["model"]
    # What a JSON request gives: None for a missing age, a port never seen, a boolean as
    # text is another category (counted as none of the known ones).
    rows = pd.DataFrame.from_records(
        [
            {"Sex": "female", "Age": None, "Embarked": "X", "Fare": 7.0, "Adult": True},
            {"Sex": "male", "Age": 40, "Embarked": None, "Fare": 8, "Adult": False},
        ]
    )

    scored = run_module("score_model", params={"append_score_columns": False}, model=model, dataset=rows)

    assert scored.result.status == "completed", scored.error
    frame = scored.outputs["scored"]
    # The scores are exactly those of the stored pipeline on the same values, with the
    # missing age given the training median and X encoded as no known port.
    direct = model.model.predict_proba(
        pd.DataFrame(
            {"Sex": ["female", "male"], "Age": [np.nan, 40.0], "Embarked": ["X", np.nan], "Fare": [7.0, 8.0]}
        ).assign(Adult=["True", "False"])
    )[:, 1]
    np.testing.assert_allclose(frame["Scored Probabilities"], direct)

    bad = run_module("score_model", model=model, dataset=rows.assign(Fare=["cheap", "7"]))
    absent = run_module("score_model", model=model, dataset=rows.drop(columns="Sex"))
    assert bad.error == (
        "feature column 'Fare' in input dataset holds 'cheap', which is not a number; the model was trained on "
        "numbers in this column"
    )
    assert absent.error.startswith("input dataset lacks the feature column 'Sex' the model needs")


def test_numbers_without_gaps_keep_the_bare_learner_and_dates_are_refused(
    run_module: Any, classifier: ModelArtifact, small: pd.DataFrame, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = run_module("train_model", model=classifier, dataset=small)
    dated = run_module("train_model", model=classifier, dataset=small.assign(when=pd.Timestamp("2024-01-01")))

    assert isinstance(plain.outputs["model"].model, LogisticRegression)
    assert "preparation" not in plain.outputs["model"].meta
    assert "nothing to prepare" in capsys.readouterr().err
    assert dated.error == (
        "feature column 'when' (datetime64[us]) in input dataset cannot be prepared for a model (only numbers, "
        "text, categories and true/false can): drop it with Select Columns in Dataset, or convert with Edit Metadata"
    )


def test_high_cardinality_text_is_capped(passengers: pd.DataFrame) -> None:
    frame = pd.concat([passengers] * 5, ignore_index=True).assign(Name=[f"passenger {i}" for i in range(200)])
    preparation = plan_preparation(frame, ["Name", "Fare"], port="dataset")
    assert preparation is not None
    fitted = preparation.estimator(LogisticRegression()).fit(
        prepared_features(frame, preparation, port="dataset"), frame["Survived"]
    )
    described = preparation.describe(fitted)[0]
    assert described == "Name: text, one-hot (99 most frequent of 200 categories, the rest as one)"
