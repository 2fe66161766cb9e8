"""Run-engine benchmarks: prints a markdown table and writes bench/RESULTS.md.

    make bench            # or: .venv/bin/python bench/run.py [--chain 100] [--frame-mb 1024]
    .venv/bin/python bench/run.py --only large-data --frame-mb 128   # row (i) alone, quick

It starts the same processes `manage.py up` does (embedded Redis unless REDIS_URL is
set, Daphne, one Celery worker) against a fresh database in var/bench, then measures:
(a) a cold 100-step chain, (b) the same re-run fully cached, (c) one parameter changed
in the middle, (d) local-executor step start-up vs a bare Python import of pandas and
scikit-learn, (e) status latency from a step's state change to a websocket client, and
(f-h) the designer canvas with a 1,000-node pipeline in headless Chromium (bench/canvas.py),
(i) a 1 GB DataFrame through a 3-step chain of built-in steps (bench/large_data.py).
With --only large-data only row (i) runs, and only its row of bench/RESULTS.md changes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import stack

DATA_DIR = stack.configure("bench")
ROOT = stack.ROOT

from django.conf import settings  # noqa: E402

from designer import services  # noqa: E402
from runner.models import PipelineRun, StepRun, StepStatus  # noqa: E402
from tests.integration.graphs import CSV, edge, node, script  # noqa: E402


def step_script(i: int) -> str:
    column = f"c{abs(i)}"
    return script(f"return dataframe1.assign({column}={i}),")


def chain_graph(length: int) -> dict[str, Any]:
    """enter_data followed by length-1 trivial Python-script steps, each adding one
    column, so every step has its own cache key and its own output."""
    nodes = [node("n0", "enter_data", {"text": CSV})]
    edges = []
    for i in range(1, length):
        nodes.append(node(f"n{i}", "execute_python_script", {"script": step_script(i)}, x=i * 200))
        edges.append(edge(f"n{i - 1}", "dataset" if i == 1 else "result1", f"n{i}", "dataframe1"))
    return {"schema": 1, "nodes": nodes, "edges": edges, "parameters": []}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def seconds_to_finish(run: PipelineRun, submitted: float) -> float:
    """From `submitted` (time.time() before the submit) to the run's finished_at."""
    assert run.finished_at is not None
    return run.finished_at.timestamp() - submitted


def timed_run(pipeline: Any, user: Any, **kwargs: Any) -> tuple[PipelineRun, float]:
    from runner.services import run_submit

    submitted = time.time()
    run = run_submit(pipeline=pipeline, user=user, **kwargs)
    run = stack.wait_for_run(run.pk, timeout=3600)
    assert run.status == "completed", run.error
    return run, seconds_to_finish(run, submitted)


async def watch(port: int, run_id_box: list[int], cookie: str, received: list[tuple[float, dict[str, Any]]]) -> None:
    from websockets.asyncio.client import connect

    while not run_id_box:
        await asyncio.sleep(0.001)
    url = f"ws://127.0.0.1:{port}/ws/runs/{run_id_box[0]}/"
    headers = {"Cookie": cookie, "Origin": f"http://127.0.0.1:{port}"}
    async with connect(url, additional_headers=headers) as ws:
        while True:
            message = json.loads(await ws.recv())
            received.append((time.time(), message))
            if message["type"] == "run.status" and message["status"] in ("completed", "failed", "canceled"):
                return


def status_latencies(received: list[tuple[float, dict[str, Any]]]) -> list[float]:
    """ms from the state change (its timestamp in the database) to the client's receipt."""
    latencies = []
    for arrived, message in received:
        if message["type"] != "step.status":
            continue
        stamp = {"running": "started_at", "completed": "finished_at", "queued": "queued_at"}.get(message["status"])
        if stamp and message.get(stamp):
            changed = datetime.fromisoformat(message[stamp]).timestamp()
            latencies.append((arrived - changed) * 1000)
    return latencies


def cpu_times() -> tuple[int, int]:
    """Jiffies of all CPUs since boot: (total, idle). Linux only."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return sum(fields), fields[3] + fields[4]


def executor_startup(samples: int = 20) -> tuple[float, float, float]:
    """Median ms for the local executor to run a no-op step, vs a bare interpreter import."""
    from runner.executors import Limits, StepSpec, get_executor

    executor = get_executor("local")
    spec = StepSpec(
        step_id="bench",
        module="execute_python_script",
        version="1.0.0",
        entrypoint="runner.modules.execute_python_script:execute_python_script",
        source=None,
        params={"script": "def main(dataframe1, dataframe2):\n    return None\n", "requirements": ""},
        inputs={},
        input_types={},
        outputs={"result1": "DataFrame", "result2": "DataFrame"},
    )
    times = []
    for i in range(samples + 2):
        workdir = Path(tempfile.mkdtemp(dir=DATA_DIR))
        started = time.perf_counter()
        result = executor.execute(spec, workdir, Limits(timeout_seconds=30), lambda line: None)
        elapsed = (time.perf_counter() - started) * 1000
        assert result.status == "completed", result.error
        if i >= 2:  # the first calls start the forkserver
            times.append(elapsed)
        shutil.rmtree(workdir, ignore_errors=True)
        time.sleep(0.2)  # a step that does not follow another at once finds a warm spare process
    imports = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import pandas, sklearn"], check=True)
        imports.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), percentile(times, 95), statistics.median(imports)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chain", type=int, default=100)
    parser.add_argument("--frame-mb", type=int, default=1024, help="row (i): the frame's size in pandas' memory")
    parser.add_argument("--only", choices=("all", "large-data"), default="all")
    args = parser.parse_args()
    n = args.chain
    load = os.getloadavg()[0]  # a shared machine's other work shows in every number

    services.modules_sync_builtin()
    user = services.user_create(username="bench", password="bench-password")
    workspace = services.workspace_default(user=user)
    supervisor, port = stack.start(concurrency=2)
    try:
        from django.test import Client

        client = Client()
        client.force_login(user)
        cookie = f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"

        # Warm-up: the worker's forkserver starts on its first step.
        warm_graph = chain_graph(3)
        warm_graph["nodes"][0]["params"]["text"] = "a\n1\n"  # nothing in common with the chain
        warm = services.pipeline_create(workspace=workspace, user=user, name="warm-up", graph=warm_graph)
        timed_run(warm, user)

        if args.only == "large-data":
            from bench import large_data

            rows = large_data.measure(
                workspace=workspace, user=user, frame_mb=args.frame_mb, data_dir=DATA_DIR, timed_run=timed_run
            )
            write_rows_only(rows, load)
            return

        graph = chain_graph(n)
        pipeline = services.pipeline_create(workspace=workspace, user=user, name="chain", graph=graph)

        # (a) cold, with a websocket client watching for (e).
        received: list[tuple[float, dict[str, Any]]] = []
        run_id_box: list[int] = []

        async def cold() -> tuple[PipelineRun, float]:
            from asgiref.sync import sync_to_async

            from runner.services import run_submit

            watcher = asyncio.create_task(watch(port, run_id_box, cookie, received))
            submitted = time.time()
            run = await sync_to_async(run_submit)(pipeline=pipeline, user=user)
            run_id_box.append(run.pk)
            await watcher
            run = await sync_to_async(stack.wait_for_run)(run.pk)
            return run, seconds_to_finish(run, submitted)

        cpu_before = cpu_times()
        cold_run, cold_seconds = asyncio.run(cold())
        cpu_after = cpu_times()
        total, idle = cpu_after[0] - cpu_before[0], cpu_after[1] - cpu_before[1]
        busy_percent = 100 * (total - idle) / total
        cpu_ms_per_step = (total - idle) / os.sysconf("SC_CLK_TCK") / n * 1000
        assert cold_run.status == "completed", cold_run.error
        compute = [
            (s.finished_at - s.started_at).total_seconds()
            for s in StepRun.objects.filter(run=cold_run)
            if s.started_at and s.finished_at
        ]
        latencies = status_latencies(received)

        # (b) unchanged re-run.
        cached_run, cached_seconds = timed_run(pipeline, user)
        reused = StepRun.objects.filter(run=cached_run, status=StepStatus.REUSED).count()

        # (c) one parameter changed in the middle: that step and everything after it
        # (whose input therefore changed) must execute, nothing before it.
        middle = n // 2
        graph["nodes"][middle]["params"]["script"] = step_script(-middle)
        pipeline.graph = graph
        pipeline.save()
        changed_run, changed_seconds = timed_run(pipeline, user)
        executed = sorted(
            StepRun.objects.filter(run=changed_run, status=StepStatus.COMPLETED).values_list("node_id", flat=True),
            key=lambda node_id: int(node_id[1:]),
        )
        expected = [f"n{i}" for i in range(middle, n)]

        startup_median, startup_p95, import_median = executor_startup()

        from rest_framework.authtoken.models import Token

        from bench import canvas

        token = Token.objects.get_or_create(user=user)[0].key
        session = (settings.SESSION_COOKIE_NAME, client.cookies[settings.SESSION_COOKIE_NAME].value)
        canvas_rows = canvas.measure(f"http://127.0.0.1:{port}", session, token)

        from bench import large_data

        large_rows = large_data.measure(
            workspace=workspace, user=user, frame_mb=args.frame_mb, data_dir=DATA_DIR, timed_run=timed_run
        )
    finally:
        supervisor.stop_all()

    db = "PostgreSQL" if "postgresql" in settings.DATABASES["default"]["ENGINE"] else "SQLite (WAL)"
    rows = [
        (
            f"(a) cold run, {n}-step chain",
            f"{cold_seconds:.2f} s total, {cold_seconds / n * 1000:.1f} ms per step "
            f"(step bodies: median {statistics.median(compute) * 1000:.1f} ms); all {os.cpu_count()} cores "
            f"{busy_percent:.0f}% busy, {cpu_ms_per_step:.0f} ms of CPU per step",
            "<= 10 ms per step",
        ),
        (
            "(b) same pipeline re-run, fully cached",
            f"{cached_seconds:.3f} s submit to completed ({reused}/{n} reused)",
            "<= 0.2 s",
        ),
        (
            f"(c) one parameter changed at node n{middle}",
            f"{changed_seconds:.2f} s, {len(executed)} steps executed: "
            f"n{middle}..n{n - 1} (exactly the expected {len(expected)})"
            if executed == expected
            else f"{executed}",
            "exactly the affected steps",
        ),
        (
            "(d) local executor step start-up (a spare step process ready)",
            f"median {startup_median:.1f} ms, p95 {startup_p95:.1f} ms vs "
            f'`python -c "import pandas, sklearn"` median {import_median:.0f} ms',
            "",
        ),
        (
            "(e) status latency, state change to websocket client",
            f"p50 {percentile(latencies, 50):.1f} ms, p95 {percentile(latencies, 95):.1f} ms ({len(latencies)} events)",
            "p95 <= 20 ms",
        ),
        *canvas_rows,
        *large_rows,
    ]
    table = ["| measure | result | target |", "|---|---|---|"] + [f"| {a} | {b} | {c} |" for a, b, c in rows]
    header = (
        f"Measured {datetime.now():%Y-%m-%d %H:%M} on {platform.node()} ({os.cpu_count()} cores, "
        f"load average {load:.1f} at the start), "
        f"database {db}, Redis {'embedded' if settings.EMBEDDED_REDIS else settings.REDIS_URL}, "
        "one worker with concurrency 2; canvas rows in headless Debian Chromium (software rendering)."
        "\n\nCommand: `make bench` (`.venv/bin/python bench/run.py`)\n"
    )
    output = "\n".join(table)
    print(output)
    results = ROOT / "bench" / "RESULTS.md"
    # Sections after the table (notes on a row's profile) are kept as they were.
    previous = results.read_text() if results.exists() else ""
    notes = previous[previous.index("\n## ") :] if "\n## " in previous else ""
    results.write_text("# Run-engine benchmark\n\n" + header + "\n" + output + "\n" + notes)
    if executed != expected:
        raise SystemExit(f"the changed run executed {executed}, expected {expected}")


def write_rows_only(rows: list[tuple[str, str, str]], load: float) -> None:
    """Put these rows into bench/RESULTS.md's table in place of the rows of the same
    letter, the rest as it was, with a note of when they were measured."""
    results = ROOT / "bench" / "RESULTS.md"
    lines = results.read_text().splitlines() if results.exists() else ["# Run-engine benchmark", ""]
    when = f"{datetime.now():%Y-%m-%d %H:%M}, load average {load:.1f} at the start"
    for name, result, target in rows:
        letter = name.split(")", 1)[0] + ")"
        line = f"| {name} | {result} (measured {when} with `--only large-data`) | {target} |"
        print(line)
        at = next((i for i, old in enumerate(lines) if old.startswith(f"| {letter} ")), None)
        if at is None:
            last_row = max(i for i, old in enumerate(lines) if old.startswith("|"))
            lines.insert(last_row + 1, line)
        else:
            lines[at] = line
    results.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
