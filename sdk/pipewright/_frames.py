"""DataFrames to and from bytes. pandas and pyarrow are optional: imported on use."""

from __future__ import annotations

import io
from typing import Any

from pipewright.errors import PipewrightError

ARROW_MAGIC = b"ARROW1"
PARQUET_MAGIC = b"PAR1"


def _pandas() -> Any:
    try:
        import pandas
        import pyarrow  # noqa: F401  (pandas needs it for Parquet and Arrow)
    except ImportError as exc:
        raise PipewrightError("DataFrames need pandas and pyarrow: pip install 'pipewright-sdk[pandas]'") from exc
    return pandas


def is_dataframe(value: object) -> bool:
    return type(value).__name__ == "DataFrame" and hasattr(value, "to_parquet")


def frame_to_parquet(frame: Any) -> bytes:
    _pandas()
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def frame_from_bytes(data: bytes) -> Any:
    """A table file as the server stores it: an Arrow IPC file (step outputs) or Parquet
    (datasets, and outputs stored before the Arrow format)."""
    pandas = _pandas()
    import pyarrow as pa
    import pyarrow.ipc as ipc

    if data.startswith(ARROW_MAGIC):
        with ipc.open_file(pa.BufferReader(data)) as reader:
            return reader.read_all().to_pandas()
    if data.startswith(PARQUET_MAGIC):
        return pandas.read_parquet(io.BytesIO(data))
    raise PipewrightError("the server sent a file that is neither an Arrow nor a Parquet table")
