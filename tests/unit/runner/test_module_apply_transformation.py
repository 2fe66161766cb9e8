from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from sklearn.linear_model import LinearRegression
from sklearn.preprocessing import MinMaxScaler

from runner.modules import BUILTIN_MODULES, BuiltinModule, clean_missing_data, normalize_data
from runner.modules import apply_transformation as module
from runner.modules.sample_dataset import penguins
from runner.step_runtime import ModelArtifact

NUMERIC = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g", "year"]


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    for source, function in (
        (module, module.apply_transformation),
        (clean_missing_data, clean_missing_data.clean_missing_data),
        (normalize_data, normalize_data.normalize_data),
    ):
        spec = source.SPEC
        monkeypatch.setitem(BUILTIN_MODULES, spec.slug, BuiltinModule(spec, function, Path(str(source.__file__))))


@pytest.fixture
def halves() -> tuple[pd.DataFrame, pd.DataFrame]:
    data = penguins().sample(frac=1.0, random_state=3).reset_index(drop=True)
    return data.iloc[:200].reset_index(drop=True), data.iloc[200:].reset_index(drop=True)


def test_a_saved_normalization_scales_other_data_with_the_training_parameters(
    run_module: Any, halves: tuple[pd.DataFrame, pd.DataFrame]
) -> None:
    train, test = halves
    fitted = run_module("normalize_data", params={"method": "minmax"}, dataset=train)
    # The transform goes through its artifact directory, as between two steps.
    transform_dir = Path(fitted.result.outputs["transform"])

    run = run_module("apply_transformation", transform=transform_dir, dataset=test)

    assert run.result.status == "completed", run.error
    expected = test.astype({"year": "float64"})
    expected[NUMERIC] = MinMaxScaler().fit(train[NUMERIC]).transform(test[NUMERIC])
    pd.testing.assert_frame_equal(run.outputs["dataset"], expected, check_exact=False)


def test_a_saved_cleaning_fills_other_data_with_the_training_values(
    run_module: Any, halves: tuple[pd.DataFrame, pd.DataFrame]
) -> None:
    train, test = halves
    fitted = run_module("clean_missing_data", params={"mode": "mode"}, dataset=train)

    run = run_module("apply_transformation", transform=Path(fitted.result.outputs["cleaning_transform"]), dataset=test)

    pd.testing.assert_frame_equal(run.outputs["dataset"], test.fillna(train.mode().iloc[0].to_dict()))


def test_missing_columns_and_non_transforms_fail_clearly(
    run_module: Any, halves: tuple[pd.DataFrame, pd.DataFrame]
) -> None:
    train, test = halves
    fitted = run_module("normalize_data", dataset=train)
    transform_dir = Path(fitted.result.outputs["transform"])

    missing = run_module("apply_transformation", transform=transform_dir, dataset=test.drop(columns="body_mass_g"))
    text = run_module("apply_transformation", transform=transform_dir, dataset=test.assign(body_mass_g=test["species"]))
    model = run_module("apply_transformation", transform=ModelArtifact(LinearRegression()), dataset=test)

    assert missing.error == (
        "column 'body_mass_g' not found in input dataset; available: species, island, bill_length_mm, "
        "bill_depth_mm, flipper_length_mm, sex, year"
    )
    assert text.error.startswith("column 'body_mass_g' in input dataset is not numeric (it holds str)")
    assert model.error.startswith("input 'transform' holds a LinearRegression, not a transform")
