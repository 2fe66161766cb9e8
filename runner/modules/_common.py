"""Checks shared by the built-in modules. Part of every built-in's code digest, since a
change here can change what a module does."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from pandas.api import types as ptypes

from designer.graph.params import check_typed
from designer.graph.spec import ParamSpec
from runner.step_runtime import ModuleError, StepContext, load_input

# Error messages list at most this many column names; wide datasets have thousands.
_MAX_LISTED = 20


def list_names(names: Iterable[object]) -> str:
    """ "a, b, c" or "a, b, ... (42 more)"."""
    items = [str(n) for n in names]
    if len(items) <= _MAX_LISTED:
        return ", ".join(items)
    return ", ".join(items[:_MAX_LISTED]) + f", ... ({len(items) - _MAX_LISTED} more)"


def require_columns(frame: pd.DataFrame, columns: Sequence[str], *, port: str) -> None:
    """Fail naming the first missing column and what the dataset has instead."""
    available = [str(c) for c in frame.columns]
    for column in columns:
        if column not in available:
            raise ModuleError(
                f"column '{column}' not found in input {port}; available: {list_names(available) or '(none)'}"
            )


def require_rows(frame: pd.DataFrame, *, port: str) -> None:
    if len(frame) == 0:
        raise ModuleError(f"input {port} has no rows")


# ---------------------------------------------------------------------------------
# Parameters


def _checked(name: str, type_: str, value: object) -> Any:
    """`value` checked and converted by the one parameter rule (designer.graph.params)."""
    checked = check_typed(type_, value)
    if not checked.ok:
        raise ModuleError(f"parameter '{name}' {checked.step_reason}")
    return checked.value


def column_list(params: Mapping[str, Any], name: str) -> list[str]:
    """A `columns` parameter as a list of names, each once, in the order picked."""
    value = params[name]
    if value is None or value == "":
        return []
    if isinstance(value, str):
        # A run never gets here: compilation refuses a string for a columns parameter.
        # Kept for code that calls a module with hand-written params.
        return parse_names(value)
    names: list[str] = _checked(name, "columns", value)
    return list(dict.fromkeys(c for c in names if c.strip()))


def parse_names(text: str) -> list[str]:
    """ "a, b,c" -> ["a", "b", "c"]; blanks around names are dropped, empty items too."""
    return [part.strip() for part in text.split(",") if part.strip()]


def choice_param(params: Mapping[str, Any], name: str, choices: Sequence[str]) -> str:
    value = params[name]
    if value not in choices:
        raise ModuleError(f"parameter '{name}': unknown choice '{value}'; choose one of {', '.join(choices)}")
    return str(value)


def int_param(params: Mapping[str, Any], name: str, *, minimum: int | None = None, maximum: int | None = None) -> int:
    number: int = _checked(name, "int", params[name])
    _check_range(name, float(number), minimum, maximum)
    return number


def float_param(
    params: Mapping[str, Any], name: str, *, minimum: float | None = None, maximum: float | None = None
) -> float:
    number: float = _checked(name, "float", params[name])
    _check_range(name, number, minimum, maximum)
    return number


def _check_range(name: str, number: float, minimum: float | None, maximum: float | None) -> None:
    shown = int(number) if number.is_integer() else number
    if minimum is not None and maximum is not None and not minimum <= number <= maximum:
        raise ModuleError(f"parameter '{name}' must be between {minimum} and {maximum}; got {shown}")
    if minimum is not None and number < minimum:
        raise ModuleError(f"parameter '{name}' must be at least {minimum}; got {shown}")
    if maximum is not None and number > maximum:
        raise ModuleError(f"parameter '{name}' must be at most {maximum}; got {shown}")


# ---------------------------------------------------------------------------------
# Columns


def is_numeric(series: pd.Series) -> bool:
    """Numbers, not booleans (which pandas also counts as numeric)."""
    return ptypes.is_numeric_dtype(series.dtype) and not ptypes.is_bool_dtype(series.dtype)


def is_categorical(series: pd.Series) -> bool:
    """Text and pandas categories: what one-hot encoding and chi2 work on."""
    return (
        isinstance(series.dtype, pd.CategoricalDtype)
        or ptypes.is_string_dtype(series.dtype)
        or ptypes.is_object_dtype(series.dtype)
    )


def require_columns_of_kind(
    frame: pd.DataFrame, columns: Sequence[str], *, port: str, kind: str, check: Callable[[pd.Series], bool]
) -> None:
    """Fail naming the first column that is not of `kind` (e.g. numeric) and its dtype."""
    for column in columns:
        if not check(frame[column]):
            raise ModuleError(f"column '{column}' in input {port} is not {kind} (it holds {frame[column].dtype})")


def require_no_missing(frame: pd.DataFrame, columns: Sequence[str], *, port: str) -> None:
    for column in columns:
        missing = int(frame[column].isna().sum())
        if missing:
            raise ModuleError(
                f"column '{column}' in input {port} has {missing} missing value{'s' if missing > 1 else ''}; "
                "remove or replace them first (clean_missing_data)"
            )


def unique_name(name: str, taken: Iterable[str], suffix: str) -> str:
    """`name` if free, else name+suffix, name+suffix+"2", ... whichever is free first."""
    used = set(taken)
    if name not in used:
        return name
    candidate = f"{name}{suffix}"
    counter = 2
    while candidate in used:
        candidate = f"{name}{suffix}{counter}"
        counter += 1
    return candidate


# ---------------------------------------------------------------------------------
# Dataset metadata kept in DataFrame.attrs (saved with the Parquet file)

ATTRS_KEY = "pipewright"


def label_column_of(frame: pd.DataFrame) -> str | None:
    """The column edit_metadata marked as the label, if it is still in the dataset."""
    meta = frame.attrs.get(ATTRS_KEY)
    label = meta.get("label_column") if isinstance(meta, dict) else None
    return label if isinstance(label, str) and label in frame.columns else None


def with_label_column(frame: pd.DataFrame, label: str | None) -> pd.DataFrame:
    """The frame with its label marked (None clears the mark); the input frame's attrs are not touched."""
    meta = dict(frame.attrs.get(ATTRS_KEY) or {})
    if label is None:
        meta.pop("label_column", None)
    else:
        meta["label_column"] = label
    attrs = {k: v for k, v in frame.attrs.items() if k != ATTRS_KEY}
    if meta:
        attrs[ATTRS_KEY] = meta
    result = frame.copy(deep=False)
    result.attrs = attrs
    return result


# ----------------------------------------------------------------- artifacts of a past run

# Trained Model and Trained Transform name the run, node and output port that made an
# artifact, and its digest. At submit runner.inference.resolve_run_artifact checks the
# run is of the workspace and that its step made that artifact, then hands the
# artifact's folder to the step as its hidden source_file input (so the digest is part
# of the cache key).
RUN_ARTIFACT_PARAMS = (
    ParamSpec("run", "int", default=0, min=0, help="The training run that made it."),
    ParamSpec("node", "string", default="", help="The node of that run that made it."),
    ParamSpec("port", "string", default="", help="The node's output port."),
    ParamSpec(
        "digest",
        "string",
        default="",
        help="Its content digest, filled in by Create inference pipeline; empty: whatever that step made.",
    ),
)


def load_run_artifact(ctx: StepContext, inputs: Mapping[str, object], *, port_type: str, what: str) -> object:
    """The artifact of a past run the engine resolved at submit, loaded as `port_type`."""
    from runner.modules.import_data import SOURCE_FILE_INPUT

    folder = inputs.get(SOURCE_FILE_INPUT)
    if not isinstance(folder, Path):
        raise ModuleError(f"the {what} of run {ctx.params['run']}, node {ctx.params['node']!r} was not resolved")
    return load_input(folder, port_type, what)
