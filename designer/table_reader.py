"""Reading an uploaded table file, in a process of its own.

A table file can be small on the wire and enormous in memory: half a megabyte of Parquet
holds 120 million rows of one value (dictionary and run-length encoded), and reading one
in the web process took it from 471 MB to 2.4 GB. So the web process never opens an
upload's contents. `read_table_file` starts a fresh interpreter with a minimal
environment (no SECRET_KEY, DATABASE_URL or REDIS_URL: the local executor's, which the
runner registers in designer.ports) under an address-space and a CPU-time limit. That
process checks a Parquet file's footer against the row and size caps before it reads a
row, reads the file with pandas as before, writes the canonical data.parquet into a
staging directory and prints a one-line JSON summary (rows, columns, or the error its
owner should see). A file that needs more than the limits ends only that process; its
owner gets a 413 naming the limit.

Nothing here imports Django at module level: the child imports this module alone.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import signal
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

JSON_LINES_SUFFIXES = (".jsonl", ".ndjson", ".json")
TAB_SUFFIXES = (".tsv", ".tab")

# After the soft CPU limit sends SIGXCPU, SIGKILL this much later if it is ignored.
_CPU_GRACE_SECONDS = 2
# Beyond its CPU time, how long a reader may wait (on the disk, say) before it is killed.
_WALL_CLOCK_SLACK_SECONDS = 30

_BOOTSTRAP = (
    "import json, sys; sys.path[:0] = json.loads(sys.argv[1]); "
    "from designer.table_reader import main; sys.exit(main(sys.argv[2:]))"
)


@dataclass(frozen=True)
class ReadLimits:
    max_rows: int
    max_uncompressed_bytes: int
    memory_bytes: int
    cpu_seconds: int

    @classmethod
    def from_settings(cls) -> ReadLimits:
        from django.conf import settings

        return cls(
            max_rows=settings.UPLOAD_MAX_ROWS,
            max_uncompressed_bytes=settings.UPLOAD_MAX_UNCOMPRESSED_BYTES,
            memory_bytes=settings.UPLOAD_READ_MEMORY_BYTES,
            cpu_seconds=settings.UPLOAD_READ_CPU_SECONDS,
        )


@dataclass(frozen=True)
class TableRead:
    """What the reader reports: the table's shape, or why it was not read."""

    rows: int = 0
    columns: int = 0
    status: int = 200  # 400: the file is broken; 413: it is over a limit
    message: str = ""
    extra: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200


def human_size(n: int) -> str:
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= factor:
            return f"{n / factor:.3g} {unit}"
    return f"{n} bytes"


# --------------------------------------------------------------------------- web process


def read_table_file(source: Path, name: str, destination: Path, limits: ReadLimits) -> TableRead:
    """Read `source` (an upload called `name`) into `destination`/data.parquet in a
    child process. Never raises for anything about the file itself."""
    from designer import ports

    environment = {
        **ports.child_process_environment(),
        # Each thread reserves address space of its own; the reader needs none.
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
    }
    command = [
        sys.executable,
        "-I",
        "-c",
        _BOOTSTRAP,
        json.dumps([os.path.abspath(entry) for entry in sys.path]),
        str(source),
        name,
        str(destination),
        json.dumps(asdict(limits)),
    ]
    timeout = limits.cpu_seconds * 2 + _WALL_CLOCK_SLACK_SECONDS
    with tempfile.TemporaryFile() as stderr:
        process = subprocess.Popen(
            command, env=environment, cwd=destination, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=stderr
        )
        try:
            stdout, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            return _over_limit(
                f"could not read {name}: reading it took longer than {timeout} s",
                {"limit_seconds": timeout},
            )
        if process.returncode == 0:
            lines = stdout.decode("utf-8", errors="replace").strip().splitlines()
            try:
                return TableRead(**json.loads(lines[-1]))
            except (IndexError, ValueError, TypeError):
                pass  # reported below, with what the reader said
        stderr.seek(max(0, stderr.seek(0, os.SEEK_END) - 4000))
        logger.warning(
            "the table reader for %s ended with exit code %s: %s",
            name,
            process.returncode,
            stderr.read().decode("utf-8", errors="replace"),
        )
    if process.returncode == -signal.SIGXCPU:
        return _over_limit(
            f"could not read {name}: reading it takes more than {limits.cpu_seconds} s of CPU time "
            "(UPLOAD_READ_CPU_SECONDS)",
            {"limit_seconds": limits.cpu_seconds},
        )
    # Native code that cannot allocate under the address-space limit aborts or is
    # killed rather than raising MemoryError; that is by far the likeliest end here.
    return _out_of_memory(name, limits)


def _over_limit(message: str, extra: dict[str, Any]) -> TableRead:
    return TableRead(status=413, message=message, extra={"field": "file", **extra})


def _out_of_memory(name: str, limits: ReadLimits) -> TableRead:
    return _over_limit(
        f"could not read {name}: the file needs more than {limits.memory_bytes >> 20} MB of memory to read "
        "(UPLOAD_READ_MEMORY_MB)",
        {"limit_bytes": limits.memory_bytes},
    )


# --------------------------------------------------------------------------- reader process


def main(argv: list[str]) -> int:
    source, name, destination, limits_json = argv
    limits = ReadLimits(**json.loads(limits_json))
    # Imported before the limits, so what the libraries map is not counted against them.
    import pandas  # noqa: F401
    import pyarrow
    import pyarrow.parquet

    pyarrow.set_cpu_count(1)
    pyarrow.set_io_thread_count(1)
    _apply_limits(limits)
    try:
        result = _read(Path(source), name, Path(destination), limits)
    except MemoryError:
        result = _out_of_memory(name, limits)
    print(json.dumps(asdict(result)), flush=True)
    return 0


def _apply_limits(limits: ReadLimits) -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    mapped = _address_space_bytes()
    if mapped:  # Linux; elsewhere (macOS) there is no VmSize, nor an enforced RLIMIT_AS
        _set_limit(resource.RLIMIT_AS, mapped + limits.memory_bytes)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = int(usage.ru_utime + usage.ru_stime) + 1
    _set_limit(resource.RLIMIT_CPU, used + limits.cpu_seconds, grace=_CPU_GRACE_SECONDS)


def _set_limit(kind: int, soft: int, *, grace: int = 0) -> None:
    _, current_hard = resource.getrlimit(kind)
    hard = soft + grace
    if current_hard != resource.RLIM_INFINITY:
        hard = min(hard, current_hard)
        soft = min(soft, hard)
    resource.setrlimit(kind, (soft, hard))


def _address_space_bytes() -> int:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _read(source: Path, name: str, destination: Path, limits: ReadLimits) -> TableRead:
    import pandas as pd

    lower = name.lower()
    parquet = lower.endswith(".parquet")
    try:
        if parquet:
            refusal = _parquet_footer_refusal(source, name, limits)
            if refusal is not None:
                return refusal
            frame = pd.read_parquet(source, use_threads=False)
        elif lower.endswith(JSON_LINES_SUFFIXES):
            refusal = _json_lines_refusal(source, name)
            if refusal is not None:
                return refusal
            frame = pd.read_json(source, lines=True, nrows=limits.max_rows + 1)
        else:
            sep = "\t" if lower.endswith(TAB_SUFFIXES) else ","
            frame = pd.read_csv(source, sep=sep, nrows=limits.max_rows + 1)
    except MemoryError:
        raise
    except Exception as exc:  # pandas and pyarrow raise many types for a broken file
        return _unreadable(name, source, exc, parquet=parquet)
    if len(frame) > limits.max_rows:
        return _over_limit(
            f"{name} has more than {limits.max_rows} rows; at most {limits.max_rows} are read (UPLOAD_MAX_ROWS)",
            {"limit_rows": limits.max_rows},
        )
    if frame.columns.empty:
        return TableRead(status=400, message=f"{name} has no columns", extra={"field": "file"})
    frame.columns = [str(c) for c in frame.columns]
    try:
        frame.to_parquet(destination / "data.parquet", index=False)
    except (ValueError, TypeError) as exc:  # pyarrow's ArrowInvalid / ArrowTypeError
        return TableRead(
            status=400,
            message=f"could not store {name} as a table: {exc} (a column mixes kinds of values?)",
            extra={"field": "file"},
        )
    return TableRead(rows=len(frame), columns=len(frame.columns))


# Bytes one value takes at least once decoded (pandas holds a pointer per string).
_VALUE_BYTES = {"BOOLEAN": 1, "INT32": 4, "FLOAT": 4, "INT64": 8, "DOUBLE": 8, "INT96": 12}


def _parquet_footer_refusal(source: Path, name: str, limits: ReadLimits) -> TableRead | None:
    """Refuse a Parquet file from what its footer declares, before reading a row: more
    rows than UPLOAD_MAX_ROWS, or more decoded data than UPLOAD_MAX_UNCOMPRESSED_MB.

    The decoded size is the larger of the pages' uncompressed size and rows times the
    least a value of the column's type takes: dictionary and run-length encoding keep
    even the uncompressed pages of a column of one repeated value tiny."""
    import pyarrow.parquet as pq

    metadata = pq.read_metadata(source)
    if metadata.num_rows > limits.max_rows:
        return _over_limit(
            f"{name} declares {metadata.num_rows} rows; at most {limits.max_rows} are read (UPLOAD_MAX_ROWS)",
            {"rows": metadata.num_rows, "limit_rows": limits.max_rows},
        )
    declared = 0
    for group_index in range(metadata.num_row_groups):
        group = metadata.row_group(group_index)
        pages = 0
        decoded = 0
        for column_index in range(group.num_columns):
            column = group.column(column_index)
            pages += column.total_uncompressed_size
            decoded += group.num_rows * _VALUE_BYTES.get(column.physical_type, 8)
        declared += max(group.total_byte_size, pages, decoded)
        if declared > limits.max_uncompressed_bytes:
            return _over_limit(
                f"{name} holds more than {human_size(limits.max_uncompressed_bytes)} of data once decompressed; "
                f"at most {human_size(limits.max_uncompressed_bytes)} are read (UPLOAD_MAX_UNCOMPRESSED_MB)",
                {"limit_bytes": limits.max_uncompressed_bytes},
            )
    return None


def _json_lines_refusal(source: Path, name: str) -> TableRead | None:
    """A JSON lines record nested deeper than MAX_JSON_DEPTH, named by its line."""
    from designer.graph.nesting import MAX_JSON_DEPTH, TooDeep, loads

    with source.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if line.count(b"[") + line.count(b"{") <= MAX_JSON_DEPTH:
                continue  # cannot open more levels than that; counting is far cheaper than parsing
            try:
                loads(line)
            except TooDeep as exc:
                return TableRead(
                    status=400, message=f"could not read {name}: line {number} is {exc}", extra={"field": "file"}
                )
            except ValueError:
                return None  # not JSON at all: pandas says where, as it always has
    return None


def _first_non_utf8_line(source: Path) -> str:
    """Where a text file stops being UTF-8 ("line 2 has byte 0xe9"); pandas' own error
    counts from a buffer it read, which means nothing to the file's owner."""
    with source.open("rb") as data:
        for number, line in enumerate(data, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError as exc:
                return f"line {number} has byte 0x{line[exc.start : exc.start + 1].hex()}"
    return "a multi-byte character is cut short"


def _unreadable(name: str, source: Path, exc: Exception, *, parquet: bool) -> TableRead:
    """Say what is wrong with an uploaded file in words its owner can act on."""
    import pandas as pd

    if parquet:
        reason = f"it is not a Parquet file, or it is cut short ({type(exc).__name__}: {exc})"
    elif isinstance(exc, UnicodeDecodeError):
        reason = f"it is not UTF-8 text ({_first_non_utf8_line(source)}); save it as UTF-8"
    elif isinstance(exc, pd.errors.EmptyDataError):
        reason = "it is empty (no header row)"
    elif isinstance(exc, pd.errors.ParserError):
        reason = f"it is not well-formed: {str(exc).strip()}"
    else:
        reason = f"{type(exc).__name__}: {exc}"
    return TableRead(status=400, message=f"could not read {name}: {reason}", extra={"field": "file"})
