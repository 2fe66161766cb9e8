"""edit_metadata: rename columns, change their type, and mark the label column."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import pandas as pd
from pandas.api import types as ptypes

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._common import (
    choice_param,
    column_list,
    is_numeric,
    label_column_of,
    list_names,
    parse_names,
    require_columns,
    with_label_column,
)
from runner.step_runtime import ModuleError, StepContext

DTYPES: tuple[str, ...] = ("unchanged", "int", "float", "string", "bool", "datetime", "category")
CATEGORICAL: tuple[str, ...] = ("unchanged", "make_categorical", "make_non_categorical")
ROLES: tuple[str, ...] = ("unchanged", "label", "feature")
_TRUE = {"true", "yes", "y", "t", "1"}
_FALSE = {"false", "no", "n", "f", "0"}
# Error messages quote at most this many values that do not convert.
_EXAMPLES = 3

SPEC = ModuleSpec(
    slug="edit_metadata",
    version="1.0.0",
    name="Edit Metadata",
    category="Data transformation",
    description=(
        "Renames the chosen columns, converts their type, makes them categorical or not, and marks "
        "one as the label (downstream modules use it when their own label parameter is empty)."
    ),
    inputs=(PortSpec("dataset", "DataFrame"),),
    outputs=(PortSpec("dataset", "DataFrame", description="The dataset with the edited columns."),),
    params=(
        ParamSpec("columns", "columns", default=[], required=True, help="The columns to edit."),
        ParamSpec(
            "new_names",
            "string",
            default="",
            help="New names for the chosen columns, comma-separated, in the same order; empty keeps the names.",
        ),
        ParamSpec(
            "dtype",
            "choice",
            default="unchanged",
            choices=DTYPES,
            help=(
                "Convert the values: int (whole numbers; missing values allowed), float, string, bool "
                "(true/false, yes/no, 1/0), datetime (dates and times in text), category. A value that "
                "does not convert fails the step, naming it."
            ),
        ),
        ParamSpec(
            "categorical",
            "choice",
            default="unchanged",
            choices=CATEGORICAL,
            help="make_categorical: treat the values as categories; make_non_categorical: back to plain values.",
        ),
        ParamSpec(
            "role",
            "choice",
            default="unchanged",
            choices=ROLES,
            help=(
                "label: mark the (single) chosen column as the label; feature: remove the label mark if "
                "one of the chosen columns carries it."
            ),
        ),
    ),
    keywords=("Edit Metadata", "rename", "cast", "convert type", "dtype", "categorical", "set label", "mark label"),
    entrypoint="runner.modules.edit_metadata:edit_metadata",
)


def edit_metadata(ctx: StepContext, *, dataset: pd.DataFrame) -> dict[str, object]:
    columns = column_list(ctx.params, "columns")
    dtype = choice_param(ctx.params, "dtype", DTYPES)
    categorical = choice_param(ctx.params, "categorical", CATEGORICAL)
    role = choice_param(ctx.params, "role", ROLES)
    new_names = parse_names(str(ctx.params["new_names"] or ""))
    if not columns:
        raise ModuleError("parameter 'columns': choose at least one column to edit")
    require_columns(dataset, columns, port="dataset")
    if dtype == "category" and categorical == "make_non_categorical":
        raise ModuleError("dtype 'category' and categorical 'make_non_categorical' contradict each other")
    if role == "label" and len(columns) != 1:
        raise ModuleError(f"role 'label' needs exactly one column; {len(columns)} are chosen: {list_names(columns)}")
    renames = _renames(dataset, columns, new_names)

    result = dataset.copy()
    for column in columns:
        series = result[column]
        if dtype != "unchanged":
            series = convert(series, dtype, column)
        if categorical == "make_categorical" and not isinstance(series.dtype, pd.CategoricalDtype):
            series = series.astype("category")
        elif categorical == "make_non_categorical" and isinstance(series.dtype, pd.CategoricalDtype):
            series = series.astype(series.cat.categories.dtype)
        result[column] = series

    label = label_column_of(dataset)
    if role == "label":
        label = columns[0]
    elif role == "feature" and label in columns:
        label = None
    result = result.rename(columns=renames)
    return {"dataset": with_label_column(result, renames.get(label, label) if label else None)}


def _renames(dataset: pd.DataFrame, columns: list[str], new_names: list[str]) -> dict[str, str]:
    if not new_names:
        return {}
    if len(new_names) != len(columns):
        raise ModuleError(
            f"parameter 'new_names' has {len(new_names)} name{'s' if len(new_names) != 1 else ''} for "
            f"{len(columns)} chosen column{'s' if len(columns) != 1 else ''}; give one new name per column"
        )
    repeated = sorted({n for n in new_names if new_names.count(n) > 1})
    if repeated:
        raise ModuleError(f"parameter 'new_names' repeats {list_names(repeated)}")
    others = {str(c) for c in dataset.columns} - set(columns)
    for name in new_names:
        if name in others:
            raise ModuleError(f"parameter 'new_names': column '{name}' already exists in input dataset")
    return dict(zip(columns, new_names, strict=True))


def convert(series: pd.Series, dtype: str, column: str) -> pd.Series:
    """The column converted to `dtype`; ModuleError quoting the values that do not convert."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        series = series.astype(series.cat.categories.dtype)
    if dtype == "string":
        return series.astype("str")
    if dtype == "category":
        return series.astype("category")
    if dtype == "float":
        return _to_number(series, column, "float").astype("float64")
    if dtype == "int":
        numbers = _to_number(series, column, "int")
        fractional = numbers[numbers.notna() & (numbers % 1 != 0)]
        if not fractional.empty:
            raise ModuleError(
                f"column '{column}' has values that are not whole numbers, e.g. {_examples(fractional)}; "
                "cannot make it int"
            )
        return numbers.astype("Int64" if numbers.isna().any() else "int64")
    if dtype == "bool":
        return _to_bool(series, column)
    return _to_datetime(series, column)


def _to_number(series: pd.Series, column: str, dtype: str) -> pd.Series:
    if ptypes.is_bool_dtype(series.dtype):
        return series.astype("float64")
    if is_numeric(series):
        return series.astype("float64")
    if ptypes.is_datetime64_any_dtype(series.dtype):
        raise ModuleError(f"column '{column}' holds dates; cannot make it {dtype}")
    numbers = pd.to_numeric(series.astype("str").str.strip(), errors="coerce")
    _require_converted(series, numbers, column, dtype)
    return numbers


def _to_bool(series: pd.Series, column: str) -> pd.Series:
    if ptypes.is_bool_dtype(series.dtype):
        return series
    if is_numeric(series):
        bad = series[series.notna() & ~series.isin([0, 1])]
        if not bad.empty:
            raise ModuleError(
                f"column '{column}' has numbers other than 0 and 1, e.g. {_examples(bad)}; cannot make it bool"
            )
        values = (series == 1).astype("object")
    elif ptypes.is_datetime64_any_dtype(series.dtype):
        raise ModuleError(f"column '{column}' holds dates; cannot make it bool")
    else:
        lowered = series.astype("str").str.strip().str.lower()
        values = pd.Series(pd.NA, index=series.index, dtype="object")
        values[lowered.isin(_TRUE)] = True
        values[lowered.isin(_FALSE)] = False
        bad = series[series.notna() & values.isna()]
        if not bad.empty:
            raise ModuleError(
                f"column '{column}' has values that are not true/false, yes/no or 1/0, e.g. {_examples(bad)}; "
                "cannot make it bool"
            )
    values = values.where(series.notna(), pd.NA)
    return values.astype("boolean") if series.isna().any() else values.astype("bool")


def _to_datetime(series: pd.Series, column: str) -> pd.Series:
    if ptypes.is_datetime64_any_dtype(series.dtype):
        return series
    if ptypes.is_bool_dtype(series.dtype) or (is_numeric(series) and not ptypes.is_integer_dtype(series.dtype)):
        raise ModuleError(f"column '{column}' holds {series.dtype} values; only text and years can become datetime")
    # Whole numbers are read as text, so 2007 is the year 2007, not 2007 ns after 1970.
    text = series.astype("str").str.strip() if not ptypes.is_string_dtype(series.dtype) else series
    text = text.where(series.notna())
    stamps = pd.to_datetime(text, errors="coerce", format=None)
    if (stamps.isna() & series.notna()).any():
        # Mixed formats in one column: let each value find its own.
        stamps = pd.to_datetime(text, errors="coerce", format="mixed")
    _require_converted(series, stamps, column, "datetime")
    return stamps


def _require_converted(original: pd.Series, converted: pd.Series, column: str, dtype: str) -> None:
    bad = original[original.notna() & converted.isna()]
    if not bad.empty:
        raise ModuleError(
            f"column '{column}' has {len(bad)} value{'s' if len(bad) > 1 else ''} that cannot be read as "
            f"{dtype}, e.g. {_examples(bad)}"
        )


def _examples(values: pd.Series) -> str:
    return ", ".join(repr(v.item() if hasattr(v, "item") else v) for v in values.drop_duplicates()[:_EXAMPLES])


# The dtype each conversion gives (int: int64, or Int64 when values are missing, which
# only the data can tell; the kind is what pickers and rules go by).
_CONVERTED: dict[str, str] = {
    "int": "int64",
    "float": "float64",
    "string": "str",
    "bool": "bool",
    "datetime": "datetime64[us]",
    "category": "category",
}


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    """Renames, converted types and the label mark, as the step applies them."""
    dataset = inputs.need("dataset")
    columns = design_schema.column_names(params, "columns")
    if not columns:
        raise design_schema.Unknowable("parameter 'columns': choose at least one column to edit")
    design_schema.require_columns(dataset, columns, port="dataset")
    new_names = parse_names(str(params.get("new_names") or ""))
    if new_names and len(new_names) != len(columns):
        raise design_schema.Unknowable("parameter 'new_names' needs one new name per chosen column")
    renames = dict(zip(columns, new_names, strict=True)) if new_names else {}
    dtype, categorical, role = params.get("dtype"), params.get("categorical"), params.get("role")
    edited = []
    for column in dataset.columns:
        if column.name in columns:
            type_ = _CONVERTED.get(str(dtype), column.type)
            if categorical == "make_categorical":
                type_ = "category"
            elif categorical == "make_non_categorical" and type_ == "category":
                type_ = "str" if column.values is not None else "object"
            column = replace(column, name=renames.get(column.name, column.name), type=type_)
        edited.append(column)
    result = dataset.with_columns(edited, renames=renames)
    label = dataset.label
    if role == "label" and len(columns) == 1:
        label = columns[0]
    elif role == "feature" and label in columns:
        label = None
    return {"dataset": replace(result, label=renames.get(label, label) if label else None)}


SCHEMA_RULE = schema_rule
