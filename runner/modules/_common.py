"""Checks shared by the built-in modules. Part of every built-in's code digest, since a
change here can change what a module does."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from runner.step_runtime import ModuleError

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
