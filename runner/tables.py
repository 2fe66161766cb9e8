"""How a DataFrame artifact is stored on disk: the one place that reads and writes it.

Steps write an Arrow IPC file (the Feather v2 layout), uncompressed: writing it is the
Arrow buffers going to the file as they are, and reading it memory-maps the file, so
the columns come from the page cache without being decoded or copied twice (measured
against Parquet in bench/table_format.py; the numbers and the reasons are in
docs/decisions.md, "DataFrames between steps").

Parquet is still read: artifacts stored before the change, and datasets, whose
uploads are kept as Parquet at rest (compressed, and their footer answers row and
column counts for the dataset pages). An artifact holds one of the two files; a reader
takes whichever it finds, the new one first.

No Django here: the step process imports this module.
"""

from __future__ import annotations

import contextlib
import mmap
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.ipc as ipc
import pyarrow.parquet as pq

DATAFRAME_FILE = "data.arrow"
PARQUET_FILE = "data.parquet"
# In the order a reader looks for them.
TABLE_FILES = (DATAFRAME_FILE, PARQUET_FILE)

# Arrow's thread pools only pay off on big tables; below these sizes a step reads and
# writes its DataFrames without starting a thread, so it can be let go the moment it
# reports its result (see runner.executors.forkserver._announce_exit).
THREADED_FILE_BYTES = 32 * 1024 * 1024
THREADED_CELLS = 4_000_000


class TableFormatError(ValueError):
    """A frame that cannot be stored as an Arrow table (mixed kinds of values in a
    column, an unsupported type). The message says what Arrow objected to."""


def table_file(directory: Path) -> Path | None:
    """The table file of a DataFrame artifact directory, or None if it has none."""
    for name in TABLE_FILES:
        file = directory / name
        if file.is_file():
            return file
    return None


def read_table(file: Path) -> pa.Table:
    """One table file as an Arrow table. An Arrow IPC file is memory-mapped: the table's
    buffers are the file's pages, read-only, shared with every other reader of it."""
    threaded = file.stat().st_size > THREADED_FILE_BYTES
    if file.name == PARQUET_FILE:
        return pq.ParquetFile(file, pre_buffer=threaded).read(use_threads=threaded)
    return _read_mapped(_map(file, mmap.ACCESS_READ), threaded=threaded)[0]


def _map(file: Path, access: int) -> mmap.mmap:
    with file.open("rb") as handle:
        return mmap.mmap(handle.fileno(), 0, access=access)


def _read_mapped(mapping: mmap.mmap, *, threaded: bool) -> tuple[pa.Table, pa.Buffer]:
    """The IPC file in `mapping` as a table whose buffers point into the mapping.

    Through a buffer of Python's own map rather than `pa.memory_map`: Arrow reads a
    file it maps itself on its I/O thread pool, which would start threads in every step,
    and a step process with threads is waited for at its exit
    (runner.executors.forkserver._announce_exit)."""
    buffer = pa.py_buffer(mapping)
    with ipc.open_file(pa.BufferReader(buffer), options=ipc.IpcReadOptions(use_threads=threaded)) as reader:
        return reader.read_all(), buffer


def read_frame(file: Path) -> pd.DataFrame:
    """One table file as a pandas DataFrame of ordinary, writable columns.

    A large Arrow IPC file is mapped copy-on-write (`MAP_PRIVATE`), and its numeric
    columns without missing values become numpy arrays over the mapping itself: nothing
    is copied or decoded until a page is touched, and a write to a column changes a
    private copy of that page, never the file. Everything else is converted by
    pyarrow's `to_pandas`, which copies (pyarrow's own zero-copy views are read-only,
    and `frame.loc[0, "a"] = 1` or `fillna(inplace=True)` fail on them). Small files are
    converted whole, so small frames keep pandas' usual consolidated layout.
    """
    threaded = file.stat().st_size > THREADED_FILE_BYTES
    if file.name == PARQUET_FILE or not threaded:
        return read_table(file).to_pandas(use_threads=threaded)
    return _frame_over_private_map(file)


def _frame_over_private_map(file: Path) -> pd.DataFrame:
    mapping = _map(file, mmap.ACCESS_COPY)
    table, buffer = _read_mapped(mapping, threaded=True)
    pandas_meta = table.schema.pandas_metadata or {}
    stored_dtypes = {c.get("name"): c.get("numpy_type") for c in pandas_meta.get("columns", [])}
    direct: dict[str, np.ndarray] = {}
    for field, column in zip(table.schema, table.columns, strict=True):
        if not (pa.types.is_integer(field.type) or pa.types.is_floating(field.type)):
            continue
        if column.num_chunks != 1 or column.null_count:
            continue
        dtype = np.dtype(field.type.to_pandas_dtype())
        if stored_dtypes.get(field.name, str(dtype)) != str(dtype):
            continue  # a pandas extension dtype (Int64, ...) that to_pandas restores
        chunk = column.chunk(0)
        data = chunk.buffers()[1]
        offset = data.address - buffer.address + chunk.offset * dtype.itemsize
        direct[field.name] = np.frombuffer(mapping, dtype=dtype, count=len(chunk), offset=offset)
    rest = table.drop_columns(list(direct)).to_pandas(use_threads=True)
    columns = {name: direct[name] if name in direct else rest[name] for name in table.column_names}
    # copy=False keeps one block per column (consolidating would copy them all).
    frame = pd.DataFrame(columns, index=pd.RangeIndex(table.num_rows), copy=False)
    frame.attrs = rest.attrs
    return frame


def frame_to_table(frame: pd.DataFrame) -> pa.Table:
    """`frame` as the Arrow table that is stored: its index dropped, names as text."""
    threaded = frame.size > THREADED_CELLS
    try:
        return pa.Table.from_pandas(frame, preserve_index=False, nthreads=None if threaded else 1)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError) as exc:
        raise TableFormatError(str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__) from exc


def write_table(table: pa.Table, file: Path) -> None:
    """Write `table` as an uncompressed Arrow IPC file (a new file at `file`).

    A column in several chunks (text read from Parquet row groups, rows added to a
    frame) would split the whole file into record batches at its chunk boundaries, and
    then no numeric column is contiguous in the file for `read_frame` to map; so the
    chunks are joined first (a copy of those columns only)."""
    if any(column.num_chunks > 1 for column in table.columns):
        # More than 2 GB of text in a 32-bit-offset string column cannot be one array.
        with contextlib.suppress(pa.ArrowInvalid, pa.ArrowCapacityError):
            table = table.combine_chunks()
    with pa.OSFile(str(file), "wb") as sink, ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)


def write_frame(frame: pd.DataFrame, directory: Path) -> Path:
    """Store `frame` (columns already named as text) as the table of `directory`."""
    file = directory / DATAFRAME_FILE
    write_table(frame_to_table(frame), file)
    return file


def table_shape(file: Path) -> tuple[int, int]:
    """Rows and columns of a table file, from its metadata (nothing is decoded)."""
    if file.name == PARQUET_FILE:
        metadata = pq.read_metadata(file)
        return metadata.num_rows, metadata.num_columns
    buffer = pa.py_buffer(_map(file, mmap.ACCESS_READ))
    with ipc.open_file(pa.BufferReader(buffer)) as reader:
        rows = sum(reader.get_batch(i).num_rows for i in range(reader.num_record_batches))
        return rows, len(reader.schema)


def table_columns(file: Path) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    """The (name, pandas dtype) of each column of a table file and the frame's attrs, from
    its schema alone: no row is read."""
    if file.name == PARQUET_FILE:
        schema = pq.read_schema(file)
    else:
        buffer = pa.py_buffer(_map(file, mmap.ACCESS_READ))
        with ipc.open_file(pa.BufferReader(buffer)) as reader:
            schema = reader.schema
    empty = schema.empty_table().to_pandas()
    return [(str(name), str(dtype)) for name, dtype in empty.dtypes.items()], dict(empty.attrs)
