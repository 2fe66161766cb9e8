"""select_columns: keep or drop columns by name and by type."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd
from pandas.api import types as ptypes

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._common import require_columns
from runner.step_runtime import ModuleError, StepContext


def _is_numeric(series: pd.Series) -> bool:
    return ptypes.is_numeric_dtype(series) and not ptypes.is_bool_dtype(series)


def _is_categorical(series: pd.Series) -> bool:
    return not (_is_numeric(series) or ptypes.is_bool_dtype(series) or ptypes.is_datetime64_any_dtype(series))


# "none" selects nothing by type, so only the named columns count.
COLUMN_TYPES: dict[str, Callable[[pd.Series], bool]] = {
    "none": lambda series: False,
    "all": lambda series: True,
    "numeric": _is_numeric,
    "categorical": _is_categorical,
    "boolean": ptypes.is_bool_dtype,
    "datetime": ptypes.is_datetime64_any_dtype,
}

SPEC = ModuleSpec(
    slug="select_columns",
    version="1.0.0",
    name="Select Columns in Dataset",
    category="Data transformation",
    description="Keeps (or drops) the columns picked by name and/or by type.",
    inputs=(PortSpec("dataset", "DataFrame"),),
    outputs=(PortSpec("dataset", "DataFrame", description="The dataset with the selected columns."),),
    params=(
        ParamSpec("columns", "columns", default=[], help="Columns picked by name."),
        ParamSpec(
            "column_type",
            "choice",
            default="none",
            choices=tuple(COLUMN_TYPES),
            help=(
                "Also pick every column of this type: numeric (numbers), categorical (text and "
                "categories), boolean, datetime, all, or none (only the named columns)."
            ),
        ),
        ParamSpec(
            "mode",
            "choice",
            default="include",
            choices=("include", "exclude"),
            help="include keeps only the picked columns; exclude keeps all the others.",
        ),
    ),
    keywords=(
        "Select Columns in Dataset",
        "column selector",
        "choose columns",
        "keep columns",
        "drop columns",
        "remove columns",
        "project",
        "subset",
    ),
    entrypoint="runner.modules.select_columns:select_columns",
)


def select_columns(ctx: StepContext, *, dataset: pd.DataFrame) -> dict[str, object]:
    named = ctx.params["columns"]
    if not isinstance(named, list) or not all(isinstance(c, str) for c in named):
        raise ModuleError("parameter 'columns' must be a list of column names")
    column_type = ctx.params["column_type"]
    matches = COLUMN_TYPES.get(column_type)
    if matches is None:
        raise ModuleError(f"parameter 'column_type': unknown type '{column_type}'; choose {', '.join(COLUMN_TYPES)}")
    mode = ctx.params["mode"]
    if mode not in ("include", "exclude"):
        raise ModuleError(f"parameter 'mode' must be include or exclude; got '{mode}'")
    require_columns(dataset, named, port="dataset")

    # Named columns first, in the order picked, then typed ones in dataset order.
    picked = list(dict.fromkeys(named))
    picked += [c for c in dataset.columns if c not in picked and matches(dataset[c])]
    if mode == "include":
        if not picked:
            raise ModuleError("no columns selected: name some columns or pick a column type")
        result = dataset[picked]
    else:
        result = dataset.drop(columns=picked)
        if result.shape[1] == 0:
            raise ModuleError("excluding the selected columns leaves no columns")
    return {"dataset": result}


_TYPE_RULES: dict[str, Callable[[str], bool]] = {
    "none": lambda dtype: False,
    "all": lambda dtype: True,
    "numeric": design_schema.is_numeric_type,
    "categorical": lambda dtype: (
        not (
            design_schema.is_numeric_type(dtype)
            or design_schema.is_bool_type(dtype)
            or design_schema.is_datetime_type(dtype)
        )
    ),
    "boolean": design_schema.is_bool_type,
    "datetime": design_schema.is_datetime_type,
}


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    """The named columns in the order picked, then those of the type, as the step picks them."""
    dataset = inputs.need("dataset")
    named = design_schema.column_names(params, "columns")
    matches = _TYPE_RULES.get(str(params.get("column_type")))
    if matches is None:
        raise design_schema.Unknowable(f"parameter 'column_type': unknown type {params.get('column_type')!r}")
    design_schema.require_columns(dataset, named, port="dataset")
    picked = list(dict.fromkeys(named))
    picked += [c.name for c in dataset.columns if c.name not in picked and matches(c.type)]
    if params.get("mode") == "exclude":
        return {"dataset": dataset.with_columns(c for c in dataset.columns if c.name not in picked)}
    by_name = {c.name: c for c in dataset.columns}
    return {"dataset": dataset.with_columns(by_name[name] for name in picked)}


SCHEMA_RULE = schema_rule
