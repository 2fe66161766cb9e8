from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from runner.modules import BUILTIN_MODULES, BuiltinModule
from runner.modules import join_data as module
from runner.modules.sample_dataset import penguins


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        BUILTIN_MODULES, "join_data", BuiltinModule(module.SPEC, module.join_data, Path(module.__file__))
    )


@pytest.fixture(scope="module")
def birds() -> pd.DataFrame:
    return penguins().reset_index(names="bird")


@pytest.fixture(scope="module")
def islands() -> pd.DataFrame:
    # Dream is missing on purpose, Anvers is extra; "year" clashes with the left dataset.
    return pd.DataFrame(
        {"name": ["Torgersen", "Biscoe", "Anvers"], "area_km2": [0.04, 1.9, 2432.0], "year": [1950, 1832, 1898]}
    )


@pytest.mark.parametrize("join_type, how", [("inner", "inner"), ("left", "left"), ("full", "outer")])
def test_joins_match_pandas_merge(
    run_module: Any, birds: pd.DataFrame, islands: pd.DataFrame, join_type: str, how: str
) -> None:
    run = run_module(
        "join_data",
        params={"left_keys": ["island"], "right_keys": ["name"], "join_type": join_type},
        left=birds,
        right=islands,
    )

    assert run.result.status == "completed", run.error
    expected = pd.merge(birds, islands, how=how, left_on="island", right_on="name", suffixes=("", "_right"))
    pd.testing.assert_frame_equal(run.outputs["dataset"], expected)
    assert "year_right" in run.outputs["dataset"].columns


def test_a_semi_join_keeps_the_matching_left_rows_once(run_module: Any, birds: pd.DataFrame) -> None:
    right = pd.DataFrame({"species": ["Gentoo", "Gentoo"], "year": [2008, 2008]})
    run = run_module(
        "join_data",
        params={"left_keys": ["species", "year"], "right_keys": ["species", "year"], "join_type": "semi"},
        left=birds,
        right=right,
    )

    expected = birds[(birds["species"] == "Gentoo") & (birds["year"] == 2008)].reset_index(drop=True)
    pd.testing.assert_frame_equal(run.outputs["dataset"], expected)


def test_keys_with_the_same_name_appear_once(run_module: Any, birds: pd.DataFrame) -> None:
    sizes = birds[["bird", "body_mass_g"]].rename(columns={"body_mass_g": "mass"}).iloc[::2]
    run = run_module("join_data", params={"left_keys": ["bird"], "right_keys": ["bird"]}, left=birds, right=sizes)

    pd.testing.assert_frame_equal(run.outputs["dataset"], pd.merge(birds, sizes, on="bird"))


def test_bad_keys_fail_naming_them(run_module: Any, birds: pd.DataFrame, islands: pd.DataFrame) -> None:
    def join(**params: Any) -> str:
        run = run_module("join_data", params=params, left=birds, right=islands)
        return str(run.error)

    assert join(left_keys=["isle"], right_keys=["name"]).startswith(
        "column 'isle' not found in input left; available: bird, species, island,"
    )
    assert join(left_keys=["island"], right_keys=["island"]) == (
        "column 'island' not found in input right; available: name, area_km2, year"
    )
    assert join(left_keys=["island", "year"], right_keys=["name"]).startswith(
        "parameters 'left_keys' and 'right_keys' must name as many columns each; got 2 and 1"
    )
    assert join(left_keys=[], right_keys=["name"]).startswith("parameter 'left_keys': choose at least one")
    assert join(left_keys=["island"], right_keys=["year"]).startswith(
        "key columns left 'island' (str) and right 'year' (int64) hold different kinds of values"
    )
    assert join(left_keys=["island"], right_keys=["name"], join_type="cross").startswith(
        "parameter 'join_type': unknown choice 'cross'; choose one of inner, left, full, semi"
    )
