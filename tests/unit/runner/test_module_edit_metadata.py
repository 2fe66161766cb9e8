from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from runner.modules import BUILTIN_MODULES, BuiltinModule
from runner.modules import edit_metadata as module
from runner.modules._common import label_column_of
from runner.modules.sample_dataset import cars, penguins


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        BUILTIN_MODULES, "edit_metadata", BuiltinModule(module.SPEC, module.edit_metadata, Path(module.__file__))
    )


def test_it_renames_converts_and_marks_the_label_surviving_the_parquet_round_trip(run_module: Any) -> None:
    data = penguins()
    run = run_module(
        "edit_metadata",
        params={"columns": ["species", "island"], "new_names": "Species, Island", "categorical": "make_categorical"},
        dataset=data,
    )
    assert run.result.status == "completed", run.error
    out = run.outputs["dataset"]
    expected = data.rename(columns={"species": "Species", "island": "Island"}).astype(
        {"Species": "category", "Island": "category"}
    )
    pd.testing.assert_frame_equal(out, expected, check_categorical=False)
    assert isinstance(out["Species"].dtype, pd.CategoricalDtype)

    labelled = run_module("edit_metadata", params={"columns": ["Species"], "role": "label"}, dataset=out)
    assert label_column_of(labelled.outputs["dataset"]) == "Species"
    # Renaming the label keeps the mark on it; marking it a feature removes it.
    renamed = run_module(
        "edit_metadata", params={"columns": ["Species"], "new_names": "kind"}, dataset=labelled.outputs["dataset"]
    )
    assert label_column_of(renamed.outputs["dataset"]) == "kind"
    cleared = run_module(
        "edit_metadata", params={"columns": ["kind"], "role": "feature"}, dataset=renamed.outputs["dataset"]
    )
    assert label_column_of(cleared.outputs["dataset"]) is None


def test_dtype_conversions_match_pandas(run_module: Any) -> None:
    data = pd.DataFrame(
        {
            "n": ["1", "2", None, "4"],
            "f": ["1.5", " 2", "3e2", None],
            "b": ["yes", "No", "TRUE", "0"],
            "d": ["2024-01-31", "2024-02-29", None, "2023-12-01"],
            "x": [1.0, 2.0, 3.0, np.nan],
            "y": [2007, 2008, 2009, 2009],
        }
    )

    def convert(column: str, dtype: str) -> pd.Series:
        run = run_module("edit_metadata", params={"columns": [column], "dtype": dtype}, dataset=data)
        assert run.result.status == "completed", run.error
        return run.outputs["dataset"][column]

    pd.testing.assert_series_equal(convert("n", "int"), pd.to_numeric(data["n"]).astype("Int64"))
    pd.testing.assert_series_equal(convert("f", "float"), pd.Series([1.5, 2.0, 300.0, np.nan], name="f"))
    assert convert("b", "bool").tolist() == [True, False, True, False]
    pd.testing.assert_series_equal(convert("d", "datetime"), pd.to_datetime(data["d"]), check_dtype=False)
    assert convert("x", "string").tolist()[:3] == ["1.0", "2.0", "3.0"]
    assert convert("x", "int").tolist()[:3] == [1, 2, 3]
    assert convert("y", "datetime").dt.year.tolist() == [2007, 2008, 2009, 2009]
    # Parquet keeps only text categories, so numbers are checked without the round trip.
    assert isinstance(module.convert(data["y"], "category", "y").dtype, pd.CategoricalDtype)


def test_a_value_that_does_not_convert_fails_quoting_it(run_module: Any) -> None:
    data = cars()
    text = run_module("edit_metadata", params={"columns": ["Name"], "dtype": "float"}, dataset=data)
    fraction = run_module("edit_metadata", params={"columns": ["Acceleration"], "dtype": "int"}, dataset=data)
    numbers = run_module("edit_metadata", params={"columns": ["Cylinders"], "dtype": "bool"}, dataset=data)

    assert text.error.startswith(
        "column 'Name' has 406 values that cannot be read as float, e.g. 'chevrolet chevelle malibu'"
    )
    assert fraction.error.startswith(
        "column 'Acceleration' has values that are not whole numbers, e.g. 11.5, 10.5, 8.5;"
    )
    assert numbers.error.startswith("column 'Cylinders' has numbers other than 0 and 1, e.g. 8")


def test_bad_parameters_fail_naming_them(run_module: Any) -> None:
    data = penguins()
    missing = run_module("edit_metadata", params={"columns": ["beak"]}, dataset=data)
    none = run_module("edit_metadata", params={"columns": []}, dataset=data)
    count = run_module("edit_metadata", params={"columns": ["sex", "year"], "new_names": "a"}, dataset=data)
    taken = run_module("edit_metadata", params={"columns": ["sex"], "new_names": "year"}, dataset=data)
    two_labels = run_module("edit_metadata", params={"columns": ["sex", "year"], "role": "label"}, dataset=data)
    dtype = run_module("edit_metadata", params={"columns": ["sex"], "dtype": "complex"}, dataset=data)

    assert missing.error == (
        "column 'beak' not found in input dataset; available: species, island, bill_length_mm, bill_depth_mm, "
        "flipper_length_mm, body_mass_g, sex, year"
    )
    assert none.error == "parameter 'columns': choose at least one column to edit"
    assert count.error.startswith("parameter 'new_names' has 1 name for 2 chosen columns")
    assert taken.error == "parameter 'new_names': column 'year' already exists in input dataset"
    assert two_labels.error.startswith("role 'label' needs exactly one column; 2 are chosen: sex, year")
    assert dtype.error.startswith("parameter 'dtype': unknown choice 'complex'; choose one of unchanged, int")


def test_an_empty_dataset_keeps_its_columns(run_module: Any) -> None:
    run = run_module("edit_metadata", params={"columns": ["year"], "dtype": "float"}, dataset=penguins().iloc[0:0])

    assert run.result.status == "completed", run.error
    assert run.outputs["dataset"]["year"].dtype == "float64"
    assert len(run.outputs["dataset"]) == 0
