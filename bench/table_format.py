"""Which file format DataFrames should travel in between steps: prints a markdown table.

    .venv/bin/python bench/table_format.py [--mb 1024] [--repeat 1]

For a frame of mixed columns (floats, ints, a bool, a category, a string, a UTC
timestamp) and an all-float one, each about --mb megabytes in pandas' memory, every
candidate format is written once and read back into a pandas DataFrame, each in a
fresh child process so that its peak resident memory (ru_maxrss, which counts the
pages of a memory-mapped file it touched too) belongs to that operation alone. Reads
run right after the write, with the file in the page cache, as the next step of a
chain finds it. Times are wall clock of the operation itself; building the frame in
the writing child is not counted (nor is the writer's memory: building the frame
dominates its peak).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# name: (what the writer does, what the reader does)
CANDIDATES = {
    "parquet snappy (before: pq.write_table defaults, threaded read)": ("parquet:snappy", "parquet"),
    "parquet snappy, read single-threaded without pre_buffer": ("parquet:snappy", "parquet-plain"),
    "parquet uncompressed, read with memory_map": ("parquet:none", "parquet-mmap"),
    "parquet zstd": ("parquet:zstd", "parquet"),
    "Arrow IPC file uncompressed, read with pa.memory_map": ("ipc:none", "ipc-mmap"),
    "Arrow IPC file uncompressed, read with pa.memory_map, zero-copy to_pandas": ("ipc:none", "ipc-mmap-split"),
    "Arrow IPC file uncompressed, read into memory (no map)": ("ipc:none", "ipc-read"),
    "Arrow IPC file lz4": ("ipc:lz4", "ipc-mmap"),
    "Arrow IPC file zstd": ("ipc:zstd", "ipc-mmap"),
}


def build_frame(kind: str, megabytes: int) -> Any:
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    rng = np.random.default_rng(7)
    if kind == "numeric":
        columns = 16
        rows = megabytes * 1024 * 1024 // (8 * columns)
        return pd.DataFrame({f"f{i}": rng.random(rows) for i in range(columns)})
    # floats 24 + ints 16 + bool 1 + category 1 + ~16 of string + timestamp 8 bytes a row
    rows = megabytes * 1024 * 1024 // 66
    numbers = pa.array(rng.integers(0, 10**9, rows))
    text = pc.binary_join_element_wise("item-", pc.cast(numbers, pa.string()), "")
    table = pa.table(
        {
            "f0": rng.random(rows),
            "f1": rng.normal(size=rows),
            "f2": rng.random(rows) * 1000,
            "i0": np.arange(rows, dtype=np.int64),
            "i1": rng.integers(-1000, 1000, rows),
            "flag": rng.random(rows) < 0.5,
            "text": text,
            "ts": pa.array(np.datetime64("2026-01-01", "us") + np.arange(rows).astype("timedelta64[s]")).cast(
                pa.timestamp("us", tz="UTC")
            ),
        }
    )
    frame = table.to_pandas()
    frame["group"] = pd.Categorical.from_codes(rng.integers(0, 12, rows), [f"g{i}" for i in range(12)])
    return frame


def child_write(kind: str, megabytes: int, how: str, path: str) -> dict[str, Any]:
    import pyarrow as pa
    import pyarrow.ipc as ipc
    import pyarrow.parquet as pq

    frame = build_frame(kind, megabytes)
    frame_bytes = int(frame.memory_usage(deep=True, index=False).sum())
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    table = pa.Table.from_pandas(frame, preserve_index=False)
    fmt, codec = how.split(":")
    if fmt == "parquet":
        pq.write_table(table, path, compression=None if codec == "none" else codec)
    else:
        options = ipc.IpcWriteOptions(compression=None if codec == "none" else codec)
        with pa.OSFile(path, "wb") as sink, ipc.new_file(sink, table.schema, options=options) as writer:
            writer.write_table(table)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": elapsed, "peak_kb": peak, "before_kb": before, "frame_bytes": frame_bytes}


def child_read(how: str, path: str) -> dict[str, Any]:
    import pyarrow as pa
    import pyarrow.ipc as ipc
    import pyarrow.parquet as pq

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    split = False
    if how == "parquet":
        table = pq.ParquetFile(path, pre_buffer=True).read(use_threads=True)
    elif how == "parquet-plain":
        table = pq.ParquetFile(path, pre_buffer=False).read(use_threads=False)
    elif how == "parquet-mmap":
        table = pq.ParquetFile(path, memory_map=True).read(use_threads=True)
    elif how in ("ipc-mmap", "ipc-mmap-split"):
        table = ipc.open_file(pa.memory_map(path, "r")).read_all()
        split = how == "ipc-mmap-split"
    elif how == "ipc-read":
        table = ipc.open_file(pa.OSFile(path, "rb")).read_all()
    else:
        raise SystemExit(f"unknown read {how}")
    frame = table.to_pandas(split_blocks=split)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": elapsed, "peak_kb": peak, "before_kb": before, "rows": len(frame)}


def in_child(*args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def measure(kind: str, megabytes: int, repeat: int, directory: Path) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    written: dict[str, tuple[list[dict[str, Any]], int]] = {}
    for name, (write_how, read_how) in CANDIDATES.items():
        path = directory / write_how.replace(":", "-")
        if write_how not in written:
            writes = [in_child("write", kind, str(megabytes), write_how, str(path)) for _ in range(repeat)]
            written[write_how] = (writes, path.stat().st_size)
        writes, size = written[write_how]
        reads = [in_child("read", read_how, str(path)) for _ in range(repeat)]
        frame_mb = writes[0]["frame_bytes"] / 2**20
        write_s = statistics.median(w["seconds"] for w in writes)
        read_s = statistics.median(r["seconds"] for r in reads)
        read_peak = max(r["peak_kb"] for r in reads) / 1024
        rows.append(
            (
                name,
                f"{write_s:.2f}",
                f"{read_s:.2f}",
                f"{write_s + read_s:.2f}",
                f"{read_peak:.0f} ({read_peak / frame_mb:.2f}x)",
                f"{size / 2**20:.0f}",
            )
        )
        print(f"{kind} {name}: {rows[-1][1:]}", file=sys.stderr, flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=1024, help="frame size in pandas' memory")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        if args.child[0] == "write":
            result = child_write(args.child[1], int(args.child[2]), args.child[3], args.child[4])
        else:
            result = child_read(args.child[1], args.child[2])
        print(json.dumps(result))
        return
    load = os.getloadavg()[0]
    directory = Path(tempfile.mkdtemp(prefix="table-format-", dir=ROOT / "var" if (ROOT / "var").is_dir() else None))
    try:
        out = [
            f"Frames of about {args.mb} MB in pandas' memory; {os.cpu_count()} cores, load average "
            f"{load:.1f} at the start; median of {args.repeat}; read peak is the reading process's whole "
            "peak RSS (interpreter and libraries included, about 130 MB) against the frame's size.",
            "",
        ]
        for kind in ("mixed", "numeric"):
            frame_mb = in_child("write", kind, str(args.mb), "ipc:none", str(directory / "probe"))["frame_bytes"]
            out += [
                f"**{kind}** frame ({frame_mb / 2**20:.0f} MB):",
                "",
                "| format | write s | read s | write+read s | read peak RSS MB | file MB |",
                "|---|---|---|---|---|---|",
            ]
            out += ["| " + " | ".join(row) + " |" for row in measure(kind, args.mb, args.repeat, directory)]
            out.append("")
        print("\n".join(out))
    finally:
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
