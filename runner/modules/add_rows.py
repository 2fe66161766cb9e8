"""add_rows: the rows of one dataset after those of another."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
from pandas.api import types as ptypes

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, PortSpec
from runner.modules._common import list_names
from runner.step_runtime import ModuleError, StepContext

SPEC = ModuleSpec(
    slug="add_rows",
    version="1.0.0",
    name="Add Rows",
    category="Data transformation",
    description=(
        "Puts the rows of the bottom dataset after those of the top one. Both need the same column "
        "names (in any order; the result has the top's order) holding the same kinds of values."
    ),
    inputs=(PortSpec("top", "DataFrame"), PortSpec("bottom", "DataFrame")),
    outputs=(PortSpec("dataset", "DataFrame", description="The top rows, then the bottom ones."),),
    params=(),
    keywords=("Add Rows", "append rows", "union", "concatenate rows", "stack", "vstack"),
    entrypoint="runner.modules.add_rows:add_rows",
)


def add_rows(ctx: StepContext, *, top: pd.DataFrame, bottom: pd.DataFrame) -> dict[str, object]:
    top_columns = [str(c) for c in top.columns]
    bottom_columns = [str(c) for c in bottom.columns]
    only_top = [c for c in top_columns if c not in bottom_columns]
    only_bottom = [c for c in bottom_columns if c not in top_columns]
    if only_top or only_bottom:
        parts = []
        if only_top:
            parts.append(f"only in top: {list_names(only_top)}")
        if only_bottom:
            parts.append(f"only in bottom: {list_names(only_bottom)}")
        raise ModuleError(f"inputs top and bottom must have the same columns; {'; '.join(parts)}")
    for column in top_columns:
        if len(top) and len(bottom) and _kind(top[column]) != _kind(bottom[column]):
            raise ModuleError(
                f"column '{column}' holds {top[column].dtype} in top but {bottom[column].dtype} in bottom; "
                "make them the same type with Edit Metadata"
            )
    result = pd.concat([top, bottom[top_columns]], ignore_index=True)
    result.attrs = dict(top.attrs)
    return {"dataset": result}


def _kind(series: pd.Series) -> str:
    dtype = series.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        dtype = dtype.categories.dtype
    if ptypes.is_bool_dtype(dtype):
        return "bool"
    if ptypes.is_numeric_dtype(dtype):
        return "number"
    if ptypes.is_datetime64_any_dtype(dtype):
        return "datetime"
    # An all-missing column read back from Parquet has no type of its own.
    if series.isna().all():
        return "any"
    return "text"


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    """The top's columns (the bottom must have the same ones)."""
    top, bottom = inputs.need("top"), inputs.need("bottom")
    if set(top.names()) != set(bottom.names()):
        raise design_schema.Unknowable("inputs top and bottom have different columns (the step would fail)")
    return {"dataset": top.row_subset()}


SCHEMA_RULE = schema_rule
