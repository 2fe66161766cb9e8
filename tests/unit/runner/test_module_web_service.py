"""The modules an inference pipeline is made of: web service input conforms rows to the
training columns, convert_to_indicators makes the columns training made."""

from __future__ import annotations

from typing import Any

import pandas as pd


def test_web_service_input_gives_the_schemas_columns_and_types(run_module: Any) -> None:
    rows = pd.DataFrame({"Sex": ["male"], "Age": [None], "Pclass": ["3"], "extra": [1]})
    run = run_module(
        "web_service_input", params={"schema": "Pclass: int64\nSex: object\nAge: float64\nFare: float64"}, dataset=rows
    )

    assert run.result.status == "completed", run.error
    frame = run.outputs["dataset"]
    assert list(frame.columns) == ["Pclass", "Sex", "Age", "Fare"]
    assert [str(frame[c].dtype) for c in ("Pclass", "Age", "Fare")] == ["int64", "float64", "float64"]
    assert frame["Pclass"][0] == 3 and frame["Age"].isna().all() and frame["Fare"].isna().all()


def test_web_service_input_names_a_column_it_cannot_read(run_module: Any) -> None:
    run = run_module(
        "web_service_input", params={"schema": "Pclass: int64"}, dataset=pd.DataFrame({"Pclass": ["first"]})
    )
    assert run.result.status == "failed" and "column 'Pclass' must hold int64" in run.error


def test_convert_to_indicators_makes_the_columns_training_made(run_module: Any) -> None:
    row = pd.DataFrame({"Sex": ["male"], "Embarked": ["X"]})
    fixed = ["Sex-female", "Sex-male", "Embarked-C", "Embarked-S"]
    run = run_module(
        "convert_to_indicators", params={"columns": ["Sex", "Embarked"], "indicator_columns": fixed}, dataset=row
    )

    assert run.result.status == "completed", run.error
    # A value training never saw (X) gives 0 everywhere, as a missing one does.
    assert run.outputs["dataset"].to_dict(orient="records") == [
        {"Sex-female": 0, "Sex-male": 1, "Embarked-C": 0, "Embarked-S": 0}
    ]
