"""DataFrame artifacts: what steps write (Arrow IPC) reads back as the same frame, and
what was stored before (Parquet) still reads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.ipc as ipc
import pytest

from runner import tables
from runner.previews import preview_dataframe
from runner.step_runtime import ModuleError, load_input, save_output


def every_kind_of_column() -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "category": pd.Categorical(["b", "a", None, "b"], categories=["b", "a", "c"]),
            "ordered": pd.Categorical(["low", "high", "low", "mid"], categories=["low", "mid", "high"], ordered=True),
            "when_utc": pd.to_datetime(["2026-01-01 10:00", None, "2026-03-01 00:00", "2026-12-07 05:00"], utc=True),
            "when_berlin": pd.date_range("2026-03-28", periods=4, freq="D", tz="Europe/Berlin"),
            "naive": pd.to_datetime(["2026-01-01", "2026-01-02", None, "2026-01-04"]),
            "nullable_int": pd.array([1, None, -3, 2**40], dtype="Int64"),
            "nullable_small": pd.array([1, 2, None, 4], dtype="Int8"),
            "nullable_bool": pd.array([True, None, False, True], dtype="boolean"),
            "text": pd.Series(["a", None, "ünïcode", ""], dtype="str"),
            "float": [0.5, np.nan, -np.inf, 1e30],
            "int": np.array([1, 2, 3, 4], dtype=np.int32),
            "duration": pd.to_timedelta(["1 day", None, "3 s", "-1 min"]),
        }
    )
    frame.attrs["pipewright"] = {"label_column": "int"}
    return frame


def test_every_kind_of_column_round_trips_through_a_step_output(tmp_path: Path) -> None:
    frame = every_kind_of_column()

    save_output(frame, "DataFrame", tmp_path / "out", "out")

    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [tables.DATAFRAME_FILE]
    with pa.memory_map(str(tmp_path / "out" / tables.DATAFRAME_FILE)) as source:
        assert ipc.open_file(source).schema.field("when_berlin").type.tz == "Europe/Berlin"
    read = load_input(tmp_path / "out", "DataFrame", "in")
    assert isinstance(read, pd.DataFrame)
    # Exact: stricter than the default tolerance, and the default compares a categorical
    # of four million rows value by value in Python (half a minute; this, under a second).
    pd.testing.assert_frame_equal(read, frame, check_exact=True)
    assert read.attrs == frame.attrs
    assert read["ordered"].cat.ordered


def test_a_frame_read_from_a_mapped_file_can_be_changed_in_place(tmp_path: Path) -> None:
    save_output(pd.DataFrame({"a": [1.0, np.nan, 3.0], "b": [1, 2, 3]}), "DataFrame", tmp_path / "out", "out")
    frame = load_input(tmp_path / "out", "DataFrame", "in")
    assert isinstance(frame, pd.DataFrame)

    frame.loc[0, "b"] = 10
    frame.fillna({"a": 0.0}, inplace=True)
    frame.iloc[2, 0] = 4.0

    assert frame.to_dict("list") == {"a": [1.0, 0.0, 4.0], "b": [10, 2, 3]}
    # Its arrays are as writable as an ordinary frame's (scikit-learn's copy=False).
    ordinary = pd.DataFrame({"a": [1.0], "b": [1]})
    for name in ("a", "b"):
        assert frame[name].to_numpy().flags.writeable == ordinary[name].to_numpy().flags.writeable
        assert frame[[name]].to_numpy().flags.writeable == ordinary[[name]].to_numpy().flags.writeable
    # The stored file is not what changed.
    assert load_input(tmp_path / "out", "DataFrame", "in")["b"].tolist() == [1, 2, 3]


def test_an_artifact_stored_as_parquet_before_still_reads(tmp_path: Path) -> None:
    old = tmp_path / "old"
    old.mkdir()
    frame = pd.DataFrame({"a": [1, 2], "when": pd.to_datetime(["2026-01-01", None]).tz_localize("UTC")})
    frame.to_parquet(old / tables.PARQUET_FILE, index=False)

    pd.testing.assert_frame_equal(load_input(old, "DataFrame", "in"), frame)
    assert tables.table_shape(old / tables.PARQUET_FILE) == (2, 2)
    assert preview_dataframe(old)["row_count"] == 2


def test_the_shape_of_a_new_artifact_comes_from_its_metadata(tmp_path: Path) -> None:
    frame = pd.DataFrame({"a": range(10), "b": ["x"] * 10})
    save_output(frame, "DataFrame", tmp_path / "out", "out")

    assert tables.table_shape(tmp_path / "out" / tables.DATAFRAME_FILE) == (10, 2)


def test_a_preview_of_a_new_artifact_shows_its_columns_and_rows(tmp_path: Path) -> None:
    save_output(every_kind_of_column(), "DataFrame", tmp_path / "out", "out")

    preview = preview_dataframe(tmp_path / "out", rows=2)

    assert preview["row_count"] == 4 and preview["column_count"] == 12 and preview["truncated"]
    columns = {column["name"]: column for column in preview["columns"]}
    assert columns["nullable_int"]["dtype"] == "Int64" and columns["nullable_int"]["missing"] == 1
    assert columns["category"]["top_values"][0] == {"value": "b", "count": 2}
    assert columns["when_utc"]["min"] == "2026-01-01T10:00:00+00:00"
    assert preview["rows"][0][:3] == ["b", "low", "2026-01-01T10:00:00+00:00"]
    assert preview["rows"][1][5] is None  # the missing nullable int


def test_a_directory_without_a_table_names_both_files(tmp_path: Path) -> None:
    with pytest.raises(ModuleError, match=r"has no table \(data\.arrow or data\.parquet\)"):
        load_input(tmp_path, "DataFrame", "in")


def test_a_column_arrow_cannot_store_fails_naming_the_port(tmp_path: Path) -> None:
    with pytest.raises(ModuleError, match=r"output 'out' cannot be saved as a table: ArrowTypeError|ArrowInvalid"):
        save_output(pd.DataFrame({"a": [1, "x"]}), "DataFrame", tmp_path / "out", "out")


def test_a_big_table_is_read_and_written_with_threads_and_still_round_trips(tmp_path: Path) -> None:
    rows = tables.THREADED_CELLS // 2 + 1
    frame = pd.DataFrame({"a": np.arange(rows, dtype=np.int64), "b": np.ones(rows), "t": [dt.date(2026, 1, 1)] * rows})
    save_output(frame, "DataFrame", tmp_path / "out", "out")

    assert (tmp_path / "out" / tables.DATAFRAME_FILE).stat().st_size > tables.THREADED_FILE_BYTES
    pd.testing.assert_frame_equal(load_input(tmp_path / "out", "DataFrame", "in"), frame)


def test_a_big_frame_read_over_a_private_map_is_writable_and_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    rows = tables.THREADED_FILE_BYTES // 8 + 1
    frame = pd.DataFrame(
        {
            "number": np.arange(rows, dtype=np.float64),
            "small": np.arange(rows, dtype=np.int16),
            "missing": pd.arrays.IntegerArray(np.ones(rows, dtype=np.int64), mask=np.arange(rows) == 0),
            "text": pd.Series(["x"] * rows, dtype="str"),
            "group": pd.Categorical.from_codes(np.arange(rows) % 2, categories=["a", "b"]),
        }
    )
    frame.attrs["pipewright"] = {"label_column": "number"}
    save_output(frame, "DataFrame", tmp_path / "out", "out")
    stored = tmp_path / "out" / tables.DATAFRAME_FILE
    stored.chmod(0o444)  # as sealed in the store
    before = stored.read_bytes()

    read = load_input(tmp_path / "out", "DataFrame", "in")
    assert isinstance(read, pd.DataFrame)
    # Exact: stricter than the default tolerance, and the default compares a categorical
    # of four million rows value by value in Python (half a minute; this, under a second).
    pd.testing.assert_frame_equal(read, frame, check_exact=True)
    assert read.attrs == frame.attrs

    read.loc[0, "number"] = -1.0
    read.iloc[1, 1] = 7
    read["number"] += 1
    assert read["number"].iloc[:2].tolist() == [0.0, 2.0] and read["small"].iloc[1] == 7
    assert stored.read_bytes() == before
    again = load_input(tmp_path / "out", "DataFrame", "in")
    assert isinstance(again, pd.DataFrame)
    assert again["number"].iloc[0] == 0.0 and again["small"].iloc[1] == 1


def test_a_frame_with_chunked_columns_is_written_as_one_record_batch(tmp_path: Path) -> None:
    """Text read from Parquet row groups arrives in chunks; written as they are, they
    would split every column of the file, and no numeric column could be mapped."""
    batches = [pa.record_batch({"number": [1.0, 2.0], "text": ["a", "b"]}) for _ in range(3)]
    frame = pa.Table.from_batches(batches).to_pandas()
    assert frame["text"].array._pa_array.num_chunks == 3

    save_output(frame, "DataFrame", tmp_path / "out", "out")

    with pa.memory_map(str(tmp_path / "out" / tables.DATAFRAME_FILE)) as source:
        assert ipc.open_file(source).num_record_batches == 1
    pd.testing.assert_frame_equal(load_input(tmp_path / "out", "DataFrame", "in"), frame)
