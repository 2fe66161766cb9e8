"""clean_missing_data: replace or remove missing values, and keep how as a transform."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
from pandas.api import types as ptypes

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._common import choice_param, column_list, float_param, is_numeric, require_columns, require_rows
from runner.modules._transforms import CleaningTransform
from runner.step_runtime import ModelArtifact, ModuleError, StepContext

MODES: tuple[str, ...] = ("value", "mean", "median", "mode", "remove_row", "remove_column")
_NUMERIC_MODES = ("mean", "median")
_TRUE = {"true", "yes", "y", "t", "1"}
_FALSE = {"false", "no", "n", "f", "0"}

SPEC = ModuleSpec(
    slug="clean_missing_data",
    version="1.0.0",
    name="Clean Missing Data",
    category="Data transformation",
    description=(
        "Replaces the missing values of the chosen columns (with a value, the mean, the median or "
        "the most frequent value), or removes the rows or columns that have them. Only columns whose "
        "share of missing values lies between the minimum and maximum ratio are cleaned. The "
        "cleaning transform output applies the very same cleaning, with the values learnt here, "
        "to another dataset (Apply Transformation)."
    ),
    inputs=(PortSpec("dataset", "DataFrame"),),
    outputs=(
        PortSpec("dataset", "DataFrame", description="The cleaned dataset."),
        PortSpec(
            "cleaning_transform",
            "Transform",
            description="The same cleaning, with the same replacement values, for other data.",
        ),
    ),
    params=(
        ParamSpec(
            "columns",
            "columns",
            default=[],
            help=("Columns to clean; empty means every column (every numeric column for mean and median)."),
        ),
        ParamSpec(
            "mode",
            "choice",
            default="value",
            choices=MODES,
            help=(
                "value: put the replacement value in; mean / median: the column's mean or median (numeric "
                "columns); mode: its most frequent value; remove_row: drop rows with a missing value in a "
                "cleaned column; remove_column: drop cleaned columns that have missing values."
            ),
        ),
        ParamSpec(
            "replacement_value",
            "string",
            default="0",
            help=(
                "The value for mode 'value', read as the column's type: a number for numeric columns, "
                "true/false for boolean ones, a date for dates, text otherwise."
            ),
        ),
        ParamSpec(
            "min_missing_ratio",
            "float",
            default=0.0,
            min=0.0,
            max=1.0,
            help="Clean a column only if at least this fraction of its values is missing.",
        ),
        ParamSpec(
            "max_missing_ratio",
            "float",
            default=1.0,
            min=0.0,
            max=1.0,
            help="Clean a column only if at most this fraction of its values is missing.",
        ),
    ),
    keywords=(
        "Clean Missing Data",
        "impute",
        "imputation",
        "fill missing",
        "NaN",
        "null",
        "nulls",
        "missing values",
        "replace missing",
        "drop missing",
    ),
    entrypoint="runner.modules.clean_missing_data:clean_missing_data",
)


def clean_missing_data(ctx: StepContext, *, dataset: pd.DataFrame) -> dict[str, object]:
    named = column_list(ctx.params, "columns")
    mode = choice_param(ctx.params, "mode", MODES)
    min_ratio = float_param(ctx.params, "min_missing_ratio", minimum=0.0, maximum=1.0)
    max_ratio = float_param(ctx.params, "max_missing_ratio", minimum=0.0, maximum=1.0)
    if min_ratio > max_ratio:
        raise ModuleError(
            f"parameter 'min_missing_ratio' ({min_ratio}) is greater than 'max_missing_ratio' ({max_ratio})"
        )
    require_columns(dataset, named, port="dataset")
    require_rows(dataset, port="dataset")

    if named:
        candidates = named
        if mode in _NUMERIC_MODES:
            for column in named:
                if not is_numeric(dataset[column]):
                    raise ModuleError(
                        f"column '{column}' is not numeric (it holds {dataset[column].dtype}); "
                        f"mode '{mode}' needs numbers: use mode 'mode' or 'value' for it"
                    )
    elif mode in _NUMERIC_MODES:
        candidates = [str(c) for c in dataset.columns if is_numeric(dataset[c])]
    else:
        candidates = [str(c) for c in dataset.columns]
    ratios = dataset[candidates].isna().mean()
    cleaned = [c for c in candidates if min_ratio <= float(ratios[c]) <= max_ratio]

    if mode == "remove_column":
        transform = CleaningTransform(mode=mode, columns=[c for c in cleaned if ratios[c] > 0])
    elif mode == "remove_row":
        transform = CleaningTransform(mode=mode, columns=cleaned)
    else:
        fills: dict[str, Any] = {}
        for column in cleaned:
            try:
                fills[column] = _fill_value(dataset[column], column, mode, ctx.params["replacement_value"])
            except ModuleError:
                # "All columns" with a value only some types take: a column of another type
                # is left alone unless it has missing values to fill.
                if named or ratios[column] > 0:
                    raise
        cleaned = list(fills)
        transform = CleaningTransform(mode="fill", columns=cleaned, fill_values=fills)
    result = transform.apply(dataset)
    if result.shape[1] == 0:
        raise ModuleError("removing the columns with missing values leaves no columns")
    meta = {**transform.describe(), "missing_ratios": {c: float(ratios[c]) for c in cleaned}}
    return {"dataset": result, "cleaning_transform": ModelArtifact(model=transform, meta=meta)}


def _fill_value(series: pd.Series, column: str, mode: str, replacement: Any) -> Any:
    """The value that replaces the missing ones, as a plain Python value."""
    present = series.dropna()
    if mode != "value" and present.empty:
        raise ModuleError(
            f"column '{column}' has no values to compute the {mode} from; remove it (mode remove_column) "
            "or put a value in"
        )
    if mode == "mean":
        return float(present.mean())
    if mode == "median":
        return float(present.median())
    if mode == "mode":
        return _plain(present.mode().iloc[0])
    return _parse_value(series, column, replacement)


def _parse_value(series: pd.Series, column: str, replacement: Any) -> Any:
    """The replacement value read as the column's type."""
    text = str(replacement).strip() if replacement is not None else ""
    dtype = series.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        dtype = dtype.categories.dtype
    problem = f"parameter 'replacement_value': '{text}' cannot go into column '{column}' ({series.dtype})"
    if ptypes.is_bool_dtype(dtype):
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise ModuleError(f"{problem}: use true or false")
    if ptypes.is_numeric_dtype(dtype):
        try:
            number = float(text)
        except ValueError:
            raise ModuleError(f"{problem}: it is not a number") from None
        if ptypes.is_integer_dtype(dtype) and number.is_integer():
            return int(number)
        return number
    if ptypes.is_datetime64_any_dtype(dtype):
        try:
            stamp = pd.Timestamp(text)
        except ValueError:
            raise ModuleError(f"{problem}: it is not a date") from None
        if pd.isna(stamp):
            raise ModuleError(f"{problem}: it is not a date")
        tz = getattr(dtype, "tz", None)
        if tz is not None:
            stamp = stamp.tz_localize(tz) if stamp.tzinfo is None else stamp.tz_convert(tz)
        return stamp
    return str(replacement) if replacement is not None else ""


def _plain(value: Any) -> Any:
    """numpy scalars as Python ones, so the transform's meta and pickle stay simple."""
    return value.item() if hasattr(value, "item") and not isinstance(value, pd.Timestamp) else value


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    """Filling keeps every column; removing rows keeps them over fewer rows. Which columns
    remove_column drops depends on where values are missing: only a run can say."""
    dataset = inputs.need("dataset")
    design_schema.require_columns(dataset, design_schema.column_names(params, "columns"), port="dataset")
    mode = params.get("mode")
    if mode == "remove_column":
        raise design_schema.Unknowable("which columns have missing values (and are removed) is known when it runs")
    if mode == "remove_row":
        return {"dataset": dataset.row_subset()}
    return {"dataset": dataset}


SCHEMA_RULE = schema_rule
