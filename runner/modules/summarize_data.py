"""summarize_data: one row of statistics per column, like DataFrame.describe(include="all")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, PortSpec
from runner.modules._common import is_numeric
from runner.step_runtime import ModuleError, StepContext

SUMMARY_COLUMNS: tuple[str, ...] = (
    "name",
    "dtype",
    "count",
    "missing",
    "unique",
    "mean",
    "std",
    "min",
    "25%",
    "median",
    "75%",
    "max",
    "mode",
)
_NUMBER_STATS: tuple[str, ...] = ("mean", "std", "min", "25%", "median", "75%", "max")

SPEC = ModuleSpec(
    slug="summarize_data",
    version="1.0.0",
    name="Summarize Data",
    category="Features and statistics",
    description=(
        "One row per input column: its name and type, how many values it has and how many are missing, "
        "how many distinct values, and for numeric columns the mean, standard deviation, minimum, "
        "quartiles and maximum (as pandas describe computes them). mode is the most frequent value, "
        "as text (the smallest one on a tie)."
    ),
    inputs=(PortSpec("dataset", "DataFrame"),),
    outputs=(PortSpec("summary", "DataFrame", description="The statistics, one row per column of the input."),),
    params=(),
    keywords=("Summarize Data", "statistics", "describe", "profile", "summary", "mean", "median", "missing count"),
    entrypoint="runner.modules.summarize_data:summarize_data",
)


def summarize_data(ctx: StepContext, *, dataset: pd.DataFrame) -> dict[str, object]:
    if dataset.shape[1] == 0:
        raise ModuleError("input dataset has no columns")
    rows = [_summarize(str(name), dataset[name]) for name in dataset.columns]
    summary = pd.DataFrame.from_records(rows, columns=list(SUMMARY_COLUMNS))
    summary = summary.astype(
        {
            "name": "str",
            "dtype": "str",
            "count": "int64",
            "missing": "int64",
            "unique": "int64",
            **dict.fromkeys(_NUMBER_STATS, "float64"),
            "mode": "str",
        }
    )
    return {"summary": summary}


def _summarize(name: str, series: pd.Series) -> dict[str, object]:
    row: dict[str, object] = {
        "name": name,
        "dtype": str(series.dtype),
        "count": int(series.count()),
        "missing": int(series.isna().sum()),
        "unique": int(series.nunique()),
        **dict.fromkeys(_NUMBER_STATS, np.nan),
        "mode": None,
    }
    present = series.dropna()
    if is_numeric(series) and not present.empty:
        stats = present.astype("float64").describe()
        row.update(
            {
                "mean": stats["mean"],
                "std": stats["std"],
                "min": stats["min"],
                "25%": stats["25%"],
                "median": stats["50%"],
                "75%": stats["75%"],
                "max": stats["max"],
            }
        )
    if not present.empty:
        try:
            mode = present.mode()
        except TypeError:  # values that cannot be compared (mixed Python objects)
            mode = present.value_counts(sort=True).index.to_series()
        row["mode"] = str(mode.iloc[0])
    return row


_SUMMARY_TYPES: dict[str, str] = {
    "name": "str",
    "dtype": "str",
    "count": "int64",
    "missing": "int64",
    "unique": "int64",
    **dict.fromkeys(_NUMBER_STATS, "float64"),
    "mode": "str",
}


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    """One row per input column, with the same statistics columns whatever the input."""
    inputs.need("dataset")
    return {"summary": design_schema.table((name, _SUMMARY_TYPES[name]) for name in SUMMARY_COLUMNS)}


SCHEMA_RULE = schema_rule
