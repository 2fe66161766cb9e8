"""Row (i) of bench/run.py: a large DataFrame through a 3-step chain of built-in steps.

Import Data reads a Parquet file of about --frame-mb megabytes (in pandas' memory)
from the import folder, then three Select Columns steps keep every column, each a hop:
the step process maps its input, converts it to a DataFrame, writes its output, and
the worker stores it (moved in and hashed). The run is submitted with force re-run (twice), so
every hop executes even though they produce the same bytes.

Measured against, in the same run (right before and after each chain): a plain pyarrow
write and read of the same frame in a fresh process (Table.from_pandas + uncompressed Arrow IPC file, then
memory-mapped read + to_pandas; the fastest plain way, from bench/table_format.py),
and a plain Parquet write and read for comparison. A step's peak memory is the
VmHWM (peak resident set, as ru_maxrss) of its process, sampled from /proc while the
chain runs: steps run as uids of their own (STEP_UID_BASE + pid) on a root worker, and
only the descendants of this process (its worker's steps) are counted.
"""

from __future__ import annotations

import itertools
import json
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HOPS = 3
# The chain runs this many times (force re-run); hops are reported by their median.
RUNS = 2
SOURCE_NAME = "bench-large-frame.parquet"


def _child(code: str, *args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True, cwd=str(ROOT))
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


_MAKE_SOURCE = """
import json, sys
sys.path.insert(0, ".")
from bench.table_format import build_frame
frame = build_frame("mixed", int(sys.argv[1]))
frame.to_parquet(sys.argv[2], index=False)
print(json.dumps({"bytes": int(frame.memory_usage(deep=True, index=False).sum()), "rows": len(frame)}))
"""

# A plain write and read of the same frame, nothing of the engine: the reference.
_REFERENCE = """
import json, sys, time
import pandas as pd, pyarrow as pa, pyarrow.ipc as ipc, pyarrow.parquet as pq
frame = pd.read_parquet(sys.argv[1])
target, kind = sys.argv[2], sys.argv[3]
started = time.perf_counter()
table = pa.Table.from_pandas(frame, preserve_index=False)
if kind == "ipc":
    with pa.OSFile(target, "wb") as sink, ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)
else:
    pq.write_table(table, target)
del table
written = time.perf_counter()
if kind == "ipc":
    read = ipc.open_file(pa.memory_map(target, "r")).read_all().to_pandas()
else:
    read = pq.read_table(target).to_pandas()
done = time.perf_counter()
assert read.shape == frame.shape
print(json.dumps({"write": written - started, "read": done - written}))
"""


def _status(pid: int) -> dict[str, str]:
    text = (Path("/proc") / str(pid) / "status").read_text()
    return dict(line.split(":", 1) for line in text.splitlines() if ":" in line)


def _descends_from_this_process(pid: int) -> bool:
    """Whether `pid` is a step of this benchmark's worker, not of another stack running
    on the same machine (their steps run as such uids too)."""
    import os

    me = os.getpid()
    while pid > 1:
        pid = int(_status(pid)["PPid"].split()[0])
        if pid == me:
            return True
    return False


class StepMemorySampler:
    """Peak resident memory (VmHWM) of step processes, by pid, sampled every 50 ms."""

    def __init__(self) -> None:
        from runner.executors.forkserver import STEP_UID_BASE

        self.base = STEP_UID_BASE
        self.samples: list[tuple[float, int, int]] = []  # (time, pid, VmHWM bytes)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> StepMemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        ours: dict[int, bool] = {}
        while not self._stop.wait(0.05):
            now = time.time()
            for entry in Path("/proc").iterdir():
                if not entry.name.isdigit():
                    continue
                try:
                    fields = _status(int(entry.name))
                    uid = int(fields["Uid"].split()[0])
                    if uid < self.base or "VmHWM" not in fields:
                        continue
                    pid = int(entry.name)
                    if pid not in ours:
                        ours[pid] = _descends_from_this_process(pid)
                    if ours[pid]:
                        self.samples.append((now, pid, int(fields["VmHWM"].split()[0]) * 1024))
                except (OSError, KeyError, ValueError):
                    continue

    def peak_of_step_started_between(self, start: float, end: float) -> int | None:
        """The peak of the step process first seen between `start` and `end` (a step's
        own window): a process is the step that was running when it appeared, and one
        still ending when the next step starts is not counted against that one."""
        first_seen: dict[int, float] = {}
        peak: dict[int, int] = {}
        for at, pid, hwm in self.samples:
            first_seen.setdefault(pid, at)
            peak[pid] = max(peak.get(pid, 0), hwm)
        mine = [peak[pid] for pid, at in first_seen.items() if start <= at <= end]
        return max(mine) if mine else None


def chain_graph(source: str) -> dict[str, Any]:
    from tests.integration.graphs import edge, node

    nodes = [node("import", "import_data", {"path": source})]
    edges = []
    previous = "import"
    for i in range(1, HOPS + 1):
        nodes.append(node(f"select{i}", "select_columns", {"column_type": "all"}, x=i * 200))
        edges.append(edge(previous, "dataset", f"select{i}", "dataset"))
        previous = f"select{i}"
    return {"schema": 1, "nodes": nodes, "edges": edges, "parameters": []}


def store_cost(artifact: Path, scratch: Path) -> float:
    """Seconds to put a copy of `artifact`'s table into a store the way the worker does
    (moved in, sealed, hashed), the file already in the page cache."""
    import shutil

    from runner.artifacts import ArtifactStore
    from runner.tables import table_file

    source = table_file(artifact)
    assert source is not None
    output = scratch / "output"
    output.mkdir(parents=True)
    shutil.copyfile(source, output / source.name)
    (output / source.name).read_bytes()  # in the page cache, as a step's fresh output is
    started = time.perf_counter()
    ArtifactStore(scratch / "store").put_directory(output, port_type="DataFrame")
    elapsed = time.perf_counter() - started
    shutil.rmtree(scratch, ignore_errors=True)
    return elapsed


def measure(*, workspace: Any, user: Any, frame_mb: int, data_dir: Path, timed_run: Any) -> list[tuple[str, str, str]]:
    from django.conf import settings

    from designer import services
    from runner.artifacts import default_store
    from runner.models import StepRun

    source = Path(settings.IMPORT_ROOT) / SOURCE_NAME
    made = _child(_MAKE_SOURCE, str(frame_mb), str(source))
    frame_bytes = made["bytes"]

    references: dict[str, list[dict[str, float]]] = {"ipc": [], "parquet": []}

    def reference_run(kind: str) -> None:
        target = data_dir / f"reference.{kind}"
        references[kind].append(_child(_REFERENCE, str(source), str(target), kind))
        target.unlink()

    pipeline = services.pipeline_create(
        workspace=workspace, user=user, name="large data", graph=chain_graph(SOURCE_NAME)
    )
    order = ["import"] + [f"select{i}" for i in range(1, HOPS + 1)]
    hops, gaps, peaks = [], [], []
    reference_run("parquet")
    for _ in range(RUNS):
        # The reference runs right before and after each chain: on a shared machine the
        # load moves within minutes, and both sides of the ratio should see the same.
        reference_run("ipc")
        with StepMemorySampler() as sampler:
            run, _ = timed_run(pipeline, user, force_rerun=True)
        steps = {s.node_id: s for s in StepRun.objects.filter(run=run)}
        for before, after in itertools.pairwise(order):
            finished_before, step = steps[before].finished_at, steps[after]
            assert finished_before and step.started_at and step.finished_at
            hops.append((step.finished_at - finished_before).total_seconds())
            gaps.append((step.started_at - finished_before).total_seconds())
            window = (step.started_at.timestamp(), step.finished_at.timestamp())
            peaks.append(sampler.peak_of_step_started_between(*window))
        reference_run("ipc")
    reference = {k: statistics.median(r["write"] + r["read"] for r in v) for k, v in references.items()}
    reference_parts = {
        k: (statistics.median(r["write"] for r in v), statistics.median(r["read"] for r in v))
        for k, v in references.items()
    }
    last = default_store().path(steps[order[-1]].outputs["dataset"])
    storing = store_cost(last, data_dir / "store-cost")
    source.unlink()

    hop = statistics.median(hops)
    ratio = hop / reference["ipc"]
    measured_peaks = [p for p in peaks if p is not None]
    peak = max(measured_peaks) if measured_peaks else None
    write_s, read_s = reference_parts["ipc"]
    peak_text = (
        f"peak step memory {peak / 2**30:.2f} GB = {peak / frame_bytes:.2f}x the frame "
        f"(each hop: {', '.join(f'{p / 2**30:.2f}' if p else '?' for p in peaks)} GB)"
        if peak
        else "peak step memory not measured (steps do not run as uids of their own here)"
    )
    return [
        (
            f"(i) {frame_bytes / 2**30:.2f} GB DataFrame ({made['rows']:,} rows, mixed columns) "
            f"through a {HOPS}-step chain (Import Data, then Select Columns x{HOPS})",
            f"per hop {hop:.2f} s (hops {', '.join(f'{h:.2f}' for h in hops)} s) = {ratio:.2f}x a plain pyarrow "
            f"write+read of the same frame ({reference['ipc']:.2f} s: write {write_s:.2f} + read {read_s:.2f}, "
            f"Arrow IPC; Parquet: {reference['parquet']:.2f} s); {peak_text}. Of a hop: "
            f"handing over and starting the step {statistics.median(gaps):.2f} s, storing the output "
            f"(moved in, sha256) {storing:.2f} s",
            "per hop <= 1.5x, peak <= 2.5x the frame",
        )
    ]
