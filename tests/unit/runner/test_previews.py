from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from runner.previews import preview_artifact, preview_dataframe
from runner.step_runtime import ModelArtifact, save_output


@pytest.fixture
def artifact(tmp_path: Path) -> Path:
    frame = pd.DataFrame(
        {
            "price": [1.0, 2.5, np.nan, 4.0, 4.0],
            "city": ["Oslo", "Rome", "Oslo", None, "Oslo"],
            "when": pd.to_datetime(["2024-01-01", "2024-01-02", None, "2024-01-04", "2024-01-05"]),
        }
    )
    save_output(frame, "DataFrame", tmp_path / "a", "a")
    return tmp_path / "a"


def test_a_dataframe_preview_has_statistics_like_pandas(artifact: Path) -> None:
    preview = preview_dataframe(artifact)

    prices = pd.Series([1.0, 2.5, np.nan, 4.0, 4.0])
    price = preview["columns"][0]
    assert (preview["row_count"], preview["column_count"]) == (5, 3)
    assert price["name"] == "price" and price["dtype"] == "float64"
    assert (price["count"], price["missing"], price["unique"]) == (4, 1, 3)
    assert price["mean"] == pytest.approx(prices.mean())
    assert price["std"] == pytest.approx(prices.std())
    assert (price["min"], price["max"]) == (1.0, 4.0)
    assert sum(price["histogram"]["counts"]) == 4
    assert len(price["histogram"]["bins"]) == len(price["histogram"]["counts"]) + 1


def test_text_columns_get_their_most_frequent_values_and_dates_their_range(artifact: Path) -> None:
    city, when = preview_dataframe(artifact)["columns"][1:]

    assert city["top_values"] == [{"value": "Oslo", "count": 3}, {"value": "Rome", "count": 1}]
    assert city["histogram"] is None and city["mean"] is None
    assert (when["min"], when["max"], when["missing"]) == ("2024-01-01T00:00:00", "2024-01-05T00:00:00", 1)


def test_rows_are_json_safe_and_cut_to_the_requested_number(artifact: Path) -> None:
    preview = preview_dataframe(artifact, rows=3)

    assert preview["rows"] == [
        [1.0, "Oslo", "2024-01-01T00:00:00"],
        [2.5, "Rome", "2024-01-02T00:00:00"],
        [None, "Oslo", None],
    ]
    assert preview["truncated"] is True
    json.dumps(preview, allow_nan=False)


def test_other_port_types_preview_their_json_or_their_files(tmp_path: Path) -> None:
    save_output({"kind": "regression", "metrics": {"r2": 0.5}}, "Metrics", tmp_path / "m", "m")
    save_output(ModelArtifact(model={"weights": [1]}, meta={"label": "y"}), "Model", tmp_path / "model", "model")
    (tmp_path / "files" / "sub").mkdir(parents=True)
    (tmp_path / "files" / "sub" / "a.txt").write_text("abc")

    assert preview_artifact(tmp_path / "m", "Metrics") == {"kind": "regression", "metrics": {"r2": 0.5}}
    assert preview_artifact(tmp_path / "model", "Model")["meta"] == {"class": "builtins.dict", "label": "y"}
    assert preview_artifact(tmp_path / "files", "AnyDirectory")["files"] == [{"name": "sub/a.txt", "size": 3}]
