"""join_data: rows of two datasets matched on key columns, like pandas.merge."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import pandas as pd
from pandas.api import types as ptypes

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._common import choice_param, column_list, is_numeric, require_columns, unique_name
from runner.step_runtime import ModuleError, StepContext

JOIN_TYPES: tuple[str, ...] = ("inner", "left", "full", "semi")
_PANDAS_HOW = {"inner": "inner", "left": "left", "full": "outer"}
RIGHT_SUFFIX = "_right"

SPEC = ModuleSpec(
    slug="join_data",
    version="1.0.0",
    name="Join Data",
    category="Data transformation",
    description=(
        "Matches the rows of two datasets on key columns, as pandas.merge does. A right column whose "
        f"name the left dataset already uses gets the suffix '{RIGHT_SUFFIX}'; a key with the same name "
        "on both sides appears once."
    ),
    inputs=(PortSpec("left", "DataFrame"), PortSpec("right", "DataFrame")),
    outputs=(PortSpec("dataset", "DataFrame", description="The joined rows."),),
    params=(
        ParamSpec("left_keys", "columns", default=[], required=True, help="Key columns of the left dataset."),
        ParamSpec(
            "right_keys",
            "columns",
            default=[],
            required=True,
            help="Key columns of the right dataset, matched in order with the left keys.",
        ),
        ParamSpec(
            "join_type",
            "choice",
            default="inner",
            choices=JOIN_TYPES,
            help=(
                "inner: only matching rows; left: every left row, right columns empty where nothing "
                "matches; full: every row of both; semi: the left rows that have a match, left columns only."
            ),
        ),
    ),
    keywords=("Join Data", "merge", "inner join", "left join", "outer join", "lookup", "combine datasets"),
    entrypoint="runner.modules.join_data:join_data",
)


def join_data(ctx: StepContext, *, left: pd.DataFrame, right: pd.DataFrame) -> dict[str, object]:
    left_keys = column_list(ctx.params, "left_keys")
    right_keys = column_list(ctx.params, "right_keys")
    join_type = choice_param(ctx.params, "join_type", JOIN_TYPES)
    if not left_keys:
        raise ModuleError("parameter 'left_keys': choose at least one key column of the left dataset")
    if not right_keys:
        raise ModuleError("parameter 'right_keys': choose at least one key column of the right dataset")
    if len(left_keys) != len(right_keys):
        raise ModuleError(
            f"parameters 'left_keys' and 'right_keys' must name as many columns each; got {len(left_keys)} "
            f"and {len(right_keys)}"
        )
    require_columns(left, left_keys, port="left")
    require_columns(right, right_keys, port="right")
    for left_key, right_key in zip(left_keys, right_keys, strict=True):
        if _kind(left[left_key]) != _kind(right[right_key]):
            raise ModuleError(
                f"key columns left '{left_key}' ({left[left_key].dtype}) and right '{right_key}' "
                f"({right[right_key].dtype}) hold different kinds of values; make them the same type "
                "with Edit Metadata"
            )

    if join_type == "semi":
        matched = pd.MultiIndex.from_frame(right[right_keys]) if len(right_keys) > 1 else right[right_keys[0]]
        rows = (
            pd.MultiIndex.from_frame(left[left_keys]).isin(matched)
            if len(left_keys) > 1
            else left[left_keys[0]].isin(matched).to_numpy()
        )
        return {"dataset": left[rows]}

    # Right columns that clash with left ones get the suffix up front (pandas.merge fails
    # when a suffixed name exists too); a key pair with one name is merged into one column.
    shared_keys = {r for l_key, r in zip(left_keys, right_keys, strict=True) if l_key == r}
    taken = [str(c) for c in left.columns]
    renames: dict[str, str] = {}
    for column in map(str, right.columns):
        if column in shared_keys:
            continue
        if column in taken:
            renames[column] = unique_name(column, [*taken, *right.columns, *renames.values()], RIGHT_SUFFIX)
    right = right.rename(columns=renames)
    right_keys = [renames.get(k, k) for k in right_keys]
    try:
        joined = pd.merge(left, right, how=_PANDAS_HOW[join_type], left_on=left_keys, right_on=right_keys)
    except (ValueError, TypeError) as exc:
        raise ModuleError(f"cannot join on {', '.join(left_keys)} = {', '.join(right_keys)}: {exc}") from exc
    return {"dataset": joined}


def _kind(series: pd.Series) -> str:
    if ptypes.is_bool_dtype(series.dtype):
        return "bool"
    if is_numeric(series):
        return "number"
    if ptypes.is_datetime64_any_dtype(series.dtype):
        return "datetime"
    if isinstance(series.dtype, pd.CategoricalDtype):
        return _kind(series.astype(series.cat.categories.dtype))
    return "text"


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    """The left columns, then the right ones (a clashing name suffixed, a key of the same
    name on both sides once); a semi join keeps the left columns only."""
    left, right = inputs.need("left"), inputs.need("right")
    left_keys = design_schema.column_names(params, "left_keys")
    right_keys = design_schema.column_names(params, "right_keys")
    if not left_keys or len(left_keys) != len(right_keys):
        raise design_schema.Unknowable("name as many key columns of the right dataset as of the left one")
    design_schema.require_columns(left, left_keys, port="left")
    design_schema.require_columns(right, right_keys, port="right")
    if params.get("join_type") == "semi":
        return {"dataset": left.row_subset()}
    shared_keys = {r for l_key, r in zip(left_keys, right_keys, strict=True) if l_key == r}
    taken = left.names()
    added: list[design_schema.Column] = []
    renamed: list[str] = []
    for column in right.columns:
        if column.name in shared_keys:
            continue
        name = column.name
        if name in taken:
            name = design_schema.unique_name(name, [*taken, *right.names(), *renamed], RIGHT_SUFFIX)
            renamed.append(name)
        added.append(replace(column, name=name))
    return {"dataset": left.with_columns([*left.columns, *added]).row_subset()}


SCHEMA_RULE = schema_rule
