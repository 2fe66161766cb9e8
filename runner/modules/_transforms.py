"""Transforms: what a data-transformation step learnt, to apply the same change to other data.

A Transform output port holds one of these objects (saved with joblib next to a
meta.json made from describe()). apply_transformation calls `apply` without knowing
which step made it; deploy_model applies it to the rows a real-time endpoint receives.
The classes hold plain values only (no functions, no pandas objects), so they unpickle
in any process that can import this file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from runner.modules._common import is_numeric, require_columns
from runner.step_runtime import ModuleError


class Transform:
    """Base class: `apply` checks the columns, then `_apply` does the work."""

    kind = "transform"

    def required_columns(self) -> list[str]:
        raise NotImplementedError

    def apply(self, frame: pd.DataFrame, *, port: str = "dataset") -> pd.DataFrame:
        """The transformed copy of `frame`; ModuleError when a column it needs is missing."""
        require_columns(frame, self.required_columns(), port=port)
        return self._apply(frame, port)

    def _apply(self, frame: pd.DataFrame, port: str) -> pd.DataFrame:
        raise NotImplementedError

    def describe(self) -> dict[str, Any]:
        """JSON-friendly summary for the artifact's meta.json and the model page."""
        return {"transform": self.kind, "columns": self.required_columns()}


# ---------------------------------------------------------------------------------
# clean_missing_data


@dataclass
class CleaningTransform(Transform):
    """Replace missing values with fixed per-column values, or drop rows or columns.

    mode: "fill" (fill_values holds one value per column), "remove_row" (rows missing
    any of `columns` are dropped) or "remove_column" (`columns` are dropped).
    """

    mode: str
    columns: list[str]
    fill_values: dict[str, Any] = field(default_factory=dict)

    kind = "clean_missing_data"

    def required_columns(self) -> list[str]:
        return list(self.columns)

    def _apply(self, frame: pd.DataFrame, port: str) -> pd.DataFrame:
        if self.mode == "remove_column":
            return frame.drop(columns=self.columns)
        if self.mode == "remove_row":
            if not self.columns:
                return frame.copy()
            return frame[~frame[self.columns].isna().any(axis=1)]
        result = frame.copy()
        for column, value in self.fill_values.items():
            result[column] = fill_missing(result[column], value, column)
        return result

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "mode": self.mode, "fill_values": self.fill_values}


def fill_missing(series: pd.Series, value: Any, column: str) -> pd.Series:
    """series.fillna(value), widening the dtype when needed (a mean into an int column,
    a new value into a category)."""
    if value is None or not series.isna().any():
        return series
    if isinstance(series.dtype, pd.CategoricalDtype) and value not in series.cat.categories:
        series = series.cat.add_categories([value])
    # Only nullable integer columns (Int64) can be missing values; a mean may not be whole.
    if pd.api.types.is_integer_dtype(series.dtype) and not float(value).is_integer():
        series = series.astype("Float64")
    try:
        return series.fillna(value)
    except (TypeError, ValueError) as exc:
        raise ModuleError(
            f"cannot put {value!r} into the missing values of column '{column}' ({series.dtype}): {exc}"
        ) from exc


# ---------------------------------------------------------------------------------
# normalize_data

NORMALIZE_METHODS: tuple[str, ...] = ("zscore", "minmax", "logistic", "lognormal", "tanh")


@dataclass
class NormalizeTransform(Transform):
    """Rescale numeric columns with per-column parameters learnt from the training data.

    zscore: (x - mean) / std, population std, as sklearn's StandardScaler;
    minmax: (x - min) / (max - min), as sklearn's MinMaxScaler;
    logistic: 1 / (1 + exp(-x)); tanh: tanh(x) (no learnt parameters);
    lognormal: the log-normal CDF with mu and sigma of ln(x), so values land in (0, 1).
    A constant column has scale 1, as in sklearn: zscore and minmax make it 0, lognormal 0.5.
    Missing values stay missing.
    """

    method: str
    columns: list[str]
    # Per column: (shift, scale); the result is f((x - shift) / scale).
    parameters: dict[str, tuple[float, float]] = field(default_factory=dict)

    kind = "normalize_data"

    def required_columns(self) -> list[str]:
        return list(self.columns)

    def _apply(self, frame: pd.DataFrame, port: str) -> pd.DataFrame:
        result = frame.copy()
        for column in self.columns:
            series = frame[column]
            if not (is_numeric(series) or pd.api.types.is_bool_dtype(series.dtype)):
                raise ModuleError(
                    f"column '{column}' in input {port} is not numeric (it holds {series.dtype}); "
                    f"{self.method} normalization needs numbers"
                )
            values = series.to_numpy(dtype="float64", na_value=np.nan)
            result[column] = self._scale(values, column, port)
        return result

    def _scale(self, values: np.ndarray, column: str, port: str) -> np.ndarray:
        from scipy.special import ndtr

        if self.method == "logistic":
            with np.errstate(over="ignore"):
                return np.asarray(1.0 / (1.0 + np.exp(-values)))
        if self.method == "tanh":
            return np.asarray(np.tanh(values))
        shift, scale = self.parameters[column]
        if self.method == "lognormal":
            if (values <= 0).any():
                raise ModuleError(
                    f"column '{column}' in input {port} has values <= 0; lognormal normalization needs positive numbers"
                )
            return np.asarray(ndtr((np.log(values) - shift) / scale))
        return (values - shift) / scale

    def describe(self) -> dict[str, Any]:
        return {
            **super().describe(),
            "method": self.method,
            "parameters": {c: list(p) for c, p in self.parameters.items()},
        }


def fit_normalize(frame: pd.DataFrame, columns: list[str], method: str, *, port: str) -> NormalizeTransform:
    """Learn the per-column parameters of `method` from `frame` (numeric columns, checked)."""
    parameters: dict[str, tuple[float, float]] = {}
    for column in columns:
        values = frame[column].to_numpy(dtype="float64", na_value=np.nan)
        present = values[~np.isnan(values)]
        if method in ("zscore", "minmax", "lognormal") and present.size == 0:
            raise ModuleError(f"column '{column}' in input {port} has no values to learn {method} normalization from")
        if method == "zscore":
            # sklearn's StandardScaler: population std, and scale 1 for a constant column.
            std = float(present.std())
            parameters[column] = (float(present.mean()), std if std > 0 else 1.0)
        elif method == "minmax":
            low, high = float(present.min()), float(present.max())
            parameters[column] = (low, high - low if high > low else 1.0)
        elif method == "lognormal":
            if (present <= 0).any():
                raise ModuleError(
                    f"column '{column}' in input {port} has values <= 0; lognormal normalization needs positive numbers"
                )
            logs = np.log(present)
            std = float(logs.std())
            parameters[column] = (float(logs.mean()), std if std > 0 else 1.0)
    return NormalizeTransform(method=method, columns=list(columns), parameters=parameters)
