"""web_service_input: where a real-time inference pipeline takes the rows it scores.

Deployed, the endpoint's scorer hands this node the rows of each request; run on the
canvas, it passes on the rows wired into it (the training run's data source, kept as
sample rows). Either way the rows leave conformed to `schema`, the raw input columns
the training run read: those columns in that order, with those types, a column the
rows lack as missing values, and columns the schema does not name dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
from pandas.api import types as ptypes

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.step_runtime import ModuleError, StepContext

SPEC = ModuleSpec(
    slug="web_service_input",
    version="1.0.0",
    name="Web Service Input",
    category="Web service",
    description=(
        "The input of a real-time inference pipeline: deployed, the rows of each request come out "
        "here; on the canvas, the rows wired in. Rows leave with the schema's columns and types."
    ),
    inputs=(
        PortSpec(
            "dataset",
            "DataFrame",
            optional=True,
            description="Sample rows for runs on the canvas; the endpoint uses the request's rows instead.",
        ),
    ),
    outputs=(PortSpec("dataset", "DataFrame", description="The rows, with the schema's columns and types."),),
    params=(
        ParamSpec(
            "schema",
            "text",
            default="",
            help=(
                "The input columns, one 'name: type' a line (pandas dtypes, e.g. float64, int64, object). "
                "Empty: the rows as they come."
            ),
        ),
    ),
    keywords=("Web Service Input", "endpoint input", "request", "real-time inference", "API input"),
    entrypoint="runner.modules.web_service_input:web_service_input",
)


def web_service_input(ctx: StepContext, *, dataset: pd.DataFrame | None = None) -> dict[str, object]:
    columns = parse_schema(str(ctx.params["schema"] or ""))
    frame = pd.DataFrame() if dataset is None else dataset
    if not columns:
        return {"dataset": frame}
    return {"dataset": conform(frame, columns)}


def parse_schema(text: str) -> list[tuple[str, str]]:
    """The `schema` parameter's "name: dtype" lines (the dtype after the last colon)."""
    columns: list[tuple[str, str]] = []
    for line in str(text or "").splitlines():
        if not line.strip():
            continue
        name, sep, dtype = line.rpartition(":")
        columns.append((name.strip(), dtype.strip()) if sep else (line.strip(), ""))
    return columns


def conform(frame: pd.DataFrame, columns: list[tuple[str, str]]) -> pd.DataFrame:
    """`frame` with exactly `columns`, each read as its type."""
    result: dict[str, pd.Series] = {}
    for name, dtype in columns:
        if name in frame.columns:
            series = frame[name]
        else:
            series = pd.Series([None] * len(frame), index=frame.index, dtype="object")
        result[name] = _cast(series, name, dtype)
    return pd.DataFrame(result, index=frame.index)


def _cast(series: pd.Series, name: str, dtype: str) -> pd.Series:
    if not dtype or str(series.dtype) == dtype:
        return series
    try:
        if dtype.startswith(("int", "uint", "Int", "UInt", "float", "Float")):
            numbers = pd.to_numeric(series.replace("", None) if series.dtype == object else series)
            if dtype.lower().startswith(("int", "uint")) and numbers.isna().any():
                # A missing value in an integer column: numbers still, as missing.
                return numbers.astype("float64")
            return numbers.astype(dtype)
        if dtype == "bool" or dtype == "boolean":
            if ptypes.is_bool_dtype(series.dtype):
                return series
            return series.map(_boolean).astype("boolean" if series.isna().any() else "bool")
        if dtype.startswith("datetime64"):
            return pd.to_datetime(series).astype(dtype)
        if dtype in ("object", "string", "str"):
            return series.astype("object").where(series.notna(), None)
        return series.astype(dtype)
    except (TypeError, ValueError) as exc:
        raise ModuleError(f"column '{name}' must hold {dtype} values: {exc}") from None


_TRUE = {"true", "1", "yes", "t", "y"}
_FALSE = {"false", "0", "no", "f", "n"}


def _boolean(value: object) -> object:
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"{value!r} is not true or false")


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    """The schema parameter's columns and types; without one, the rows wired in as they are."""
    columns = parse_schema(str(params.get("schema") or ""))
    if columns:
        # Text comes back from the step's table as str, whatever the schema calls it.
        text = ("object", "string", "str", "")
        return {"dataset": design_schema.table((name, "str" if dtype in text else dtype) for name, dtype in columns)}
    return {"dataset": inputs.need("dataset")}


SCHEMA_RULE = schema_rule
