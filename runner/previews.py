"""What a person sees of an output: JSON-able previews of artifacts, by port type.

A DataFrame preview has its shape, per-column statistics with a small histogram (or
the most frequent values for non-numeric columns) and the first rows, with every value
made JSON-safe (NaN -> null, timestamps -> ISO 8601).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from pandas.api import types as ptypes

from runner import tables
from runner.step_runtime import (
    METRICS_FILE,
    MODEL_META_FILE,
    MODEL_PORT_TYPES,
    PATH_PORT_TYPES,
    to_json_safe,
)

HISTOGRAM_BINS = 20
TOP_VALUES = 10
# Listing every file of a huge directory artifact helps nobody.
MAX_LISTED_FILES = 200
# Long strings in preview cells are cut; the preview is for looking, not for copying.
MAX_CELL_CHARS = 1000


def preview_artifact(artifact_dir: Path, port_type: str, *, rows: int = 100) -> dict[str, Any]:
    if port_type == "DataFrame":
        return preview_dataframe(artifact_dir, rows=rows)
    if port_type == "Metrics":
        # The Metrics document itself: what the API returns is what the canvas draws.
        document: dict[str, Any] = json.loads((artifact_dir / METRICS_FILE).read_text())
        return document
    if port_type in MODEL_PORT_TYPES:
        return {"kind": "model", "meta": json.loads((artifact_dir / MODEL_META_FILE).read_text())}
    if port_type in PATH_PORT_TYPES:
        return {"kind": "files", **_list_files(artifact_dir)}
    raise ValueError(f"no preview for port type '{port_type}'")


def preview_dataframe(artifact_dir: Path, rows: int = 100) -> dict[str, Any]:
    file = tables.table_file(artifact_dir)
    if file is None:
        raise FileNotFoundError(f"no table file in {artifact_dir}")
    return preview_frame(tables.read_frame(file), rows=rows)


def preview_frame(frame: pd.DataFrame, rows: int = 100) -> dict[str, Any]:
    """The preview of a frame in memory (an output's, or a data source's before a run)."""
    head = frame.head(rows)
    return {
        "kind": "dataframe",
        "row_count": len(frame),
        "column_count": frame.shape[1],
        "columns": [_column_summary(str(name), frame[name]) for name in frame.columns],
        "rows": [[json_value(v) for v in row] for row in head.itertuples(index=False, name=None)],
        "truncated": len(frame) > len(head),
    }


def _column_summary(name: str, series: pd.Series) -> dict[str, Any]:
    present = series.dropna()
    summary: dict[str, Any] = {
        "name": name,
        "dtype": str(series.dtype),
        "count": int(present.size),
        "missing": int(series.size - present.size),
        "unique": _unique_count(present),
        "mean": None,
        "std": None,
        "min": None,
        "max": None,
        "histogram": None,
        "top_values": None,
    }
    if ptypes.is_numeric_dtype(series) and not ptypes.is_bool_dtype(series):
        values = present.to_numpy(dtype="float64", na_value=np.nan)
        values = values[np.isfinite(values)]
        if values.size:
            summary.update(
                mean=json_value(values.mean()),
                std=json_value(values.std(ddof=1)) if values.size > 1 else None,
                min=json_value(values.min()),
                max=json_value(values.max()),
                histogram=_histogram(values),
            )
        return summary
    if ptypes.is_datetime64_any_dtype(series) and present.size:
        summary.update(min=json_value(present.min()), max=json_value(present.max()))
        return summary
    counts = _value_counts(present)
    if counts is not None:
        summary["top_values"] = [
            {"value": json_value(value), "count": int(count)} for value, count in counts.head(TOP_VALUES).items()
        ]
    return summary


def _unique_count(present: pd.Series) -> int | None:
    try:
        return int(present.nunique())
    except TypeError:  # unhashable cells (lists, dicts from nested Parquet types)
        return None


def _value_counts(present: pd.Series) -> pd.Series | None:
    try:
        return present.value_counts()
    except TypeError:
        return None


def _histogram(values: np.ndarray) -> dict[str, list[float] | list[int]]:
    # Few distinct values (codes, counts) get one bin each instead of empty gaps.
    bins = max(1, min(HISTOGRAM_BINS, np.unique(values).size))
    counts, edges = np.histogram(values, bins=bins)
    return {"bins": [float(e) for e in edges], "counts": [int(c) for c in counts]}


def json_value(value: Any) -> Any:
    """One cell or statistic as a JSON value, long text cut short."""
    safe = to_json_safe(value)
    return safe[:MAX_CELL_CHARS] if isinstance(safe, str) else safe


def _list_files(directory: Path) -> dict[str, Any]:
    files = sorted(p for p in directory.rglob("*") if p.is_file())
    return {
        "file_count": len(files),
        "files": [{"name": str(p.relative_to(directory)), "size": p.stat().st_size} for p in files[:MAX_LISTED_FILES]],
    }
