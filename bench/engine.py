"""Per-step cost of the run engine, each number next to a reference measured in the
same run. Prints a markdown table and puts it in bench/RESULTS.md (its own section).

    .venv/bin/python bench/engine.py [--sizes 10,100] [--repeats 3]

Per-step cost is the marginal cost between the two sizes, (t(N2) - t(N1)) / (N2 - N1),
with t the median, over the repeats, of submit to the run's own finished_at; fixed
costs (submit, the first step, the last event) cancel out. The repeats go round by
round over all workloads and the reference, so that the machine's drift from minute to
minute reaches every row alike.

- built-in chain: Enter Data then N-1 Edit Metadata steps, each renaming one column,
  against the same module function called N times in a plain in-process loop
  (target: <= 2x that loop's per-step cost + 5 ms);
- script chain: the same with Execute Python Script steps (target: <= 20 ms per step);
- fan-outs: Enter Data then N-1 independent steps (built-in, and script) on a worker
  with two slots (target: per-step cost <= 0.6x the matching chain's).

Every repeat salts its data, so nothing is served from an earlier repeat's cache.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import stack

stack.configure("bench-engine")

from designer import services  # noqa: E402
from runner.models import StepRun, StepStatus  # noqa: E402
from tests.integration.graphs import edge, node, script  # noqa: E402

SECTION_HEADING = "## Engine: per-step cost (bench/engine.py)"
ROWS = 200  # rows of the table every step passes on


def table_text(salt: str) -> str:
    lines = ["c0,y,salt"] + [f"{i},{i * 2},{salt}" for i in range(ROWS)]
    return "\n".join(lines) + "\n"


def builtin_chain(n: int, salt: str) -> dict[str, Any]:
    nodes = [node("n0", "enter_data", {"text": table_text(salt)})]
    edges = []
    for i in range(1, n):
        params = {"columns": [f"c{i - 1}"], "new_names": f"c{i}"}
        nodes.append(node(f"n{i}", "edit_metadata", params, x=i * 200))
        edges.append(edge(f"n{i - 1}", "dataset", f"n{i}", "dataset"))
    return {"schema": 1, "nodes": nodes, "edges": edges, "parameters": []}


def script_chain(n: int, salt: str) -> dict[str, Any]:
    nodes = [node("n0", "enter_data", {"text": table_text(salt)})]
    edges = []
    for i in range(1, n):
        body = script(f"return dataframe1.rename(columns={{'c{i - 1}': 'c{i}'}}),")
        nodes.append(node(f"n{i}", "execute_python_script", {"script": body}, x=i * 200))
        edges.append(edge(f"n{i - 1}", "dataset" if i == 1 else "result1", f"n{i}", "dataframe1"))
    return {"schema": 1, "nodes": nodes, "edges": edges, "parameters": []}


def builtin_fanout(n: int, salt: str) -> dict[str, Any]:
    """Enter Data and n-1 Edit Metadata steps that each read it."""
    nodes = [node("n0", "enter_data", {"text": table_text(salt)})]
    edges = []
    for i in range(1, n):
        nodes.append(node(f"n{i}", "edit_metadata", {"columns": ["c0"], "new_names": f"c{i}"}, x=200))
        edges.append(edge("n0", "dataset", f"n{i}", "dataset"))
    return {"schema": 1, "nodes": nodes, "edges": edges, "parameters": []}


def script_fanout(n: int, salt: str) -> dict[str, Any]:
    """Enter Data and n-1 script steps that each read it: n steps, like the chain."""
    nodes = [node("n0", "enter_data", {"text": table_text(salt)})]
    edges = []
    for i in range(1, n):
        body = script(f"return dataframe1.rename(columns={{'c0': 'c{i}'}}),")
        nodes.append(node(f"n{i}", "execute_python_script", {"script": body}, x=200))
        edges.append(edge("n0", "dataset", f"n{i}", "dataframe1"))
    return {"schema": 1, "nodes": nodes, "edges": edges, "parameters": []}


def in_process_builtin_chain(n: int) -> float:
    """Seconds for the work of a built-in chain of n steps in one plain loop."""
    import io

    import pandas as pd

    from runner.modules.edit_metadata import edit_metadata
    from runner.step_runtime import StepContext

    frame = pd.read_csv(io.StringIO(table_text("reference")))
    started = time.perf_counter()
    for i in range(1, n):
        ctx = StepContext(
            params={
                "columns": [f"c{i - 1}"],
                "new_names": f"c{i}",
                "dtype": "unchanged",
                "categorical": "unchanged",
                "role": "unchanged",
            },
            workdir=Path("."),
            control=None,
        )
        frame = edit_metadata(ctx, dataset=frame)["dataset"]  # type: ignore[assignment]
    return time.perf_counter() - started


def timed(workspace: Any, user: Any, make_graph: Callable[[int, str], dict[str, Any]], n: int) -> float:
    from runner.services import run_submit

    graph = make_graph(n, uuid.uuid4().hex[:12])
    pipeline = services.pipeline_create(workspace=workspace, user=user, name=f"{make_graph.__name__}-{n}", graph=graph)
    submitted = time.time()
    run = stack.wait_for_run(run_submit(pipeline=pipeline, user=user).pk)
    if run.status != "completed":
        raise SystemExit(f"{make_graph.__name__} N={n}: {run.status} {run.error}")
    executed = StepRun.objects.filter(run=run, status=StepStatus.COMPLETED).count()
    if executed != n:
        raise SystemExit(f"{make_graph.__name__} N={n}: {executed} steps executed, expected {n}")
    return run.finished_at.timestamp() - submitted


def marginal_ms(times: dict[int, float], small: int, large: int) -> float:
    return (times[large] - times[small]) / (large - small) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10,100")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workloads", default="builtin,builtin-fanout,script,fanout")
    args = parser.parse_args()
    small, large = (int(x) for x in args.sizes.split(","))
    workloads = {
        "builtin": builtin_chain,
        "builtin-fanout": builtin_fanout,
        "script": script_chain,
        "fanout": script_fanout,
    }
    chosen = [workloads[name] for name in args.workloads.split(",")]
    load = os.getloadavg()[0]

    services.modules_sync_builtin()
    user = services.user_create(username="bench", password="bench-password")
    workspace = services.workspace_default(user=user)
    supervisor, _port = stack.start(concurrency=2)
    samples: dict[str, dict[int, list[float]]] = {g.__name__: {small: [], large: []} for g in chosen}
    references: list[float] = []
    try:
        for make_graph in chosen:  # warm-up: fork servers, warm hosts, the database's caches
            timed(workspace, user, make_graph, 3)
        # Round by round, every workload and the reference once per round: this machine's
        # speed drifts by a quarter from minute to minute, and a ratio between two rows
        # means something only when both were measured in the same minutes.
        for _ in range(args.repeats):
            for make_graph in chosen:
                for n in (small, large):
                    samples[make_graph.__name__][n].append(timed(workspace, user, make_graph, n))
            references.append(
                (in_process_builtin_chain(large) - in_process_builtin_chain(small)) / (large - small) * 1000
            )
    finally:
        supervisor.stop_all()
    medians = {name: {n: statistics.median(times) for n, times in by_size.items()} for name, by_size in samples.items()}
    for name, by_size in samples.items():
        for n, times in by_size.items():
            print(f"{name} N={n}: {[f'{s:.2f}' for s in times]} s", file=sys.stderr)
    reference = statistics.median(references)

    rows = []
    if "builtin_chain" in medians:
        cost = marginal_ms(medians["builtin_chain"], small, large)
        rows.append(
            (
                f"chain of {large} built-in steps (Edit Metadata), per step",
                f"{cost:.1f} ms",
                f"in-process loop of the same module function: {reference:.2f} ms per step",
                f"<= {2 * reference + 5:.1f} ms (2x reference + 5 ms)",
            )
        )
    if "builtin_chain" in medians and "builtin_fanout" in medians:
        chain = marginal_ms(medians["builtin_chain"], small, large)
        fanout = marginal_ms(medians["builtin_fanout"], small, large)
        rows.append(
            (
                f"fan-out of {large} built-in steps, two worker slots, per step",
                f"{fanout:.1f} ms ({fanout / chain:.2f}x the chain)",
                f"built-in chain above: {chain:.1f} ms",
                "<= 0.6x the chain",
            )
        )
    if "script_chain" in medians:
        chain = marginal_ms(medians["script_chain"], small, large)
        rows.append((f"chain of {large} script steps, per step", f"{chain:.1f} ms", "", "<= 20 ms"))
        if "script_fanout" in medians:
            fanout = marginal_ms(medians["script_fanout"], small, large)
            rows.append(
                (
                    f"fan-out of {large} script steps, two worker slots, per step",
                    f"{fanout:.1f} ms ({fanout / chain:.2f}x the chain)",
                    f"script chain above: {chain:.1f} ms",
                    "<= 0.6x the chain",
                )
            )
    table = "\n".join(
        ["| measure | result | reference (same run) | target |", "|---|---|---|---|"]
        + [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    )
    from django.conf import settings

    db = "PostgreSQL" if "postgresql" in settings.DATABASES["default"]["ENGINE"] else "SQLite (WAL)"
    header = (
        f"Measured {datetime.now():%Y-%m-%d %H:%M} on {platform.node()} ({os.cpu_count()} cores, load average "
        f"{load:.1f} at the start), database {db}, one worker with two slots; sizes {small} and {large}, medians "
        f"of {args.repeats}. Command: `.venv/bin/python bench/engine.py`"
    )
    print(table)
    stack.write_results_section(SECTION_HEADING, header, table)


if __name__ == "__main__":
    main()
