"""Latency of a warm real-time endpoint under concurrent clients, each number next to a
reference measured in the same run. Prints a markdown table and puts it in
bench/RESULTS.md (its own section).

    .venv/bin/python bench/endpoints.py [--clients 20] [--seconds 10]

An iris logistic-regression model is trained and deployed by a pipeline run on the
stack `manage.py up` starts (Daphne, one worker); then `--clients` threads, each with
its own keep-alive HTTP connection and an API token, send one-row score requests back
to back for `--seconds` (closed loop: a client sends its next request when it has its
answer). Targets (issue 11): p50 <= 20 ms and p95 <= 50 ms with 20 clients.

References, measured the same way in the same run:
- the same clients GETting the endpoint's log (`/api/endpoints/{name}/log/`): the same
  authentication, lookup and rendering with no scorer, so the difference is the scorer;
- one client alone, for score and log: the time one request takes when nothing waits;
- the scorer called directly from this process (runner.scoring.score_rows), no HTTP;
- what writing the request log costs a request: appending to the buffer the score
  view uses, against one INSERT of the same row;
- the same clients against bench/bare_scorer.py, the least a Python web server can do
  to score a row (the standard library's threaded server, the same model, no
  authentication, lookup, confinement or log): through Score Model on a one-row
  DataFrame; with the endpoint scorer's own answer (runner.row_scorer, labels and
  probabilities); and predict alone on a NumPy row. What no design that keeps the
  answer in Python on these cores can beat.
"""

from __future__ import annotations

import argparse
import gc
import http.client
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import stack

stack.configure("bench-endpoints")

from django.core.management import call_command  # noqa: E402

from designer import services  # noqa: E402
from runner import endpoints, scoring  # noqa: E402
from runner.artifacts import default_store  # noqa: E402
from runner.models import Endpoint, EndpointRequest  # noqa: E402
from tests.integration.graphs import edge, node  # noqa: E402

SECTION_HEADING = "## Real-time endpoint: latency under concurrent clients (bench/endpoints.py)"
NAME = "iris-bench"
ROW = {"sepal length (cm)": 5.9, "sepal width (cm)": 3.0, "petal length (cm)": 4.2, "petal width (cm)": 1.5}


def deploy_graph() -> dict[str, Any]:
    return {
        "schema": 1,
        "nodes": [
            node("load", "sample_dataset", {"name": "iris"}),
            node("algorithm", "logistic_regression", {"C": 1.0}),
            node("train", "train_model", {"label_column": "label"}),
            node("deploy", "deploy_model", {"endpoint_name": NAME}),
        ],
        "edges": [
            edge("algorithm", "model", "train", "model"),
            edge("load", "dataset", "train", "dataset"),
            edge("train", "model", "deploy", "model"),
        ],
        "parameters": [],
    }


def load(
    port: int, token: str, method: str, path: str, body: bytes | None, clients: int, seconds: float
) -> list[float]:
    """Latencies in ms of every request `clients` keep-alive clients made in `seconds`."""
    headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
    latencies: list[list[float]] = [[] for _ in range(clients)]
    failures: list[str] = []
    start = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def client(index: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        start.wait()
        while time.perf_counter() < stop_at[0]:
            began = time.perf_counter()
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                failures.append(f"{response.status}")
            latencies[index].append((time.perf_counter() - began) * 1000)
        connection.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    stop_at[0] = time.perf_counter() + seconds
    start.wait()
    for thread in threads:
        thread.join()
    if failures:
        raise SystemExit(f"{len(failures)} requests failed, e.g. {failures[:3]}")
    return sorted(ms for per_client in latencies for ms in per_client)


WRK_SCRIPT = """
wrk.method = os.getenv("WRK_METHOD")
wrk.body = os.getenv("WRK_BODY")
wrk.headers["Authorization"] = "Token " .. os.getenv("WRK_TOKEN")
if wrk.body ~= "" then wrk.headers["Content-Type"] = "application/json" else wrk.body = nil end
function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("WRK %d %d %d %.3f %.3f status=%d,connect=%d,read=%d,write=%d,timeout=%d\\n",
    summary.requests, summary.duration, errors.status + errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end
"""


def wrk_load(
    port: int, token: str, method: str, path: str, body: bytes | None, clients: int, seconds: float
) -> str | None:
    """The closed loop of `load` driven by wrk (a C load generator on two threads), or None
    where wrk is not installed. The Python clients above cost the machine CPU and GIL
    hand-overs of their own; wrk measures the same requests with almost none of either."""
    import shutil
    import tempfile

    if shutil.which("wrk") is None:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(WRK_SCRIPT)
        script.flush()
        environment = {**os.environ, "WRK_METHOD": method, "WRK_BODY": (body or b"").decode(), "WRK_TOKEN": token}
        output = subprocess.run(
            [
                "wrk",
                "-t",
                "2",
                "-c",
                str(clients),
                "-d",
                f"{seconds:g}s",
                "-s",
                script.name,
                f"http://127.0.0.1:{port}{path}",
            ],
            capture_output=True,
            text=True,
            env=environment,
            check=True,
        ).stdout
    last = next(line for line in output.splitlines() if line.startswith("WRK "))
    requests, duration_us, errors, p50, p95, kinds = last.split()[1:]
    if int(errors):
        raise SystemExit(f"{errors} of {requests} wrk requests failed ({kinds})")
    rate = int(requests) / (int(duration_us) / 1e6)
    return f"p50 {float(p50):.1f} ms, p95 {float(p95):.1f} ms ({requests} requests, {rate:.0f}/s)"


def open_load(
    port: int, token: str, method: str, path: str, body: bytes | None, clients: int, rate: float, seconds: float
) -> list[float]:
    """Open loop: `clients` keep-alive clients each sending `rate` requests a second at
    random (exponential) intervals, whether or not earlier answers were quick. Latency
    counts from when a request was due, so a request that had to wait for the client's
    previous answer counts that wait (no coordinated omission)."""
    import random

    headers = {"Authorization": f"Token {token}", "Content-Type": "application/json"}
    latencies: list[list[float]] = [[] for _ in range(clients)]
    failures: list[str] = []
    start = threading.Barrier(clients + 1)
    began_at = [0.0]

    def client(index: int) -> None:
        randomness = random.Random(index)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        start.wait()
        due = began_at[0] + randomness.expovariate(rate)
        while due < began_at[0] + seconds:
            pause = due - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                failures.append(f"{response.status}")
            latencies[index].append((time.perf_counter() - due) * 1000)
            due += randomness.expovariate(rate)
        connection.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    began_at[0] = time.perf_counter()
    start.wait()
    for thread in threads:
        thread.join()
    if failures:
        raise SystemExit(f"{len(failures)} requests failed, e.g. {failures[:3]}")
    return sorted(ms for per_client in latencies for ms in per_client)


def summary(latencies: list[float], seconds: float) -> str:
    return (
        f"p50 {stack.percentile(latencies, 0.5):.1f} ms, p95 {stack.percentile(latencies, 0.95):.1f} ms "
        f"({len(latencies)} requests, {len(latencies) / seconds:.0f}/s)"
    )


def direct_scorer(endpoint: Endpoint, repeats: int) -> list[float]:
    store = default_store()
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        scoring.score_rows(
            endpoint_id=endpoint.pk,
            model_dir=store.path(endpoint.model_digest),
            transform_dir=None,
            rows=[ROW],
        )
        times.append((time.perf_counter() - began) * 1000)
    return sorted(times)


def request_log_cost(endpoint: Endpoint, repeats: int) -> tuple[float, float]:
    """Median microseconds to log one request the way the score view does (a buffer
    append), and to INSERT the same row directly."""
    appended, inserted = [], []
    for _ in range(repeats):
        began = time.perf_counter()
        endpoints._log.add(EndpointRequest(endpoint_id=endpoint.pk, version=1, status_code=200, duration_ms=1, rows=1))
        appended.append(time.perf_counter() - began)
        began = time.perf_counter()
        EndpointRequest.objects.create(endpoint_id=endpoint.pk, version=1, status_code=200, duration_ms=1, rows=1)
        inserted.append(time.perf_counter() - began)
    endpoints.flush_request_log()
    return statistics.median(appended) * 1e6, statistics.median(inserted) * 1e6


def bare_scorer(model_dir: Path, *, mode: str) -> tuple[subprocess.Popen[str], int]:
    """bench/bare_scorer.py serving the deployed model on a free port, once it is ready."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, str(Path(__file__).with_name("bare_scorer.py")), str(model_dir), str(port)]
    process = subprocess.Popen(command + ([f"--{mode}"] if mode else []), stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process, port


def profiler(svg: str, seconds: float) -> subprocess.Popen[bytes]:
    """py-spy recording a web process (Daphne, a child of this process) for `seconds`."""
    import psutil

    # The Daphne process itself, not the guardian that names it in its arguments.
    web = next(
        p
        for p in psutil.Process().children(recursive=True)
        if "daphne" in " ".join(p.cmdline()) and "guardian" not in " ".join(p.cmdline())
    )
    command = ["py-spy", "record", "--pid", str(web.pid), "--duration", str(int(seconds)), "--output", svg]
    if svg.endswith(".txt"):  # collapsed stacks, one line each, for reading as text
        command += ["--format", "raw"]
    return subprocess.Popen([*command, "--threads", "--nonblocking"], stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument(
        "--rates",
        default="5,10",
        help="open-loop lines: requests a second each client sends, comma separated",
    )
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    parser.add_argument(
        "--profile",
        metavar="SVG",
        help=(
            "record the web process with py-spy (on PATH) during the concurrent score line into this flame "
            "graph (collapsed stacks as text if it ends with .txt)"
        ),
    )
    args = parser.parse_args()
    load_average = os.getloadavg()[0]

    services.modules_sync_builtin()
    user = services.user_create(username="bench", password="bench-password")
    workspace = services.workspace_default(user=user)
    out = io.StringIO()
    call_command("create_api_token", "bench", stdout=out)
    token = out.getvalue().strip()
    supervisor, port = stack.start(concurrency=2)
    try:
        from runner import services as run_services

        pipeline = services.pipeline_create(workspace=workspace, user=user, name="deploy", graph=deploy_graph())
        run = stack.wait_for_run(run_services.run_submit(pipeline=pipeline, user=user).pk)
        if run.status != "completed":
            raise SystemExit(f"the deploying run {run.status}: {run.error}")
        endpoint = Endpoint.objects.get(name=NAME)
        score = ("POST", f"/api/endpoints/{NAME}/score/", json.dumps({"rows": [ROW]}).encode())
        log = ("GET", f"/api/endpoints/{NAME}/log/", None)
        load(port, token, *score, clients=2, seconds=2)  # warm: the scorer starts, caches fill
        # The clients are threads of this process, which has Django and pandas loaded: a
        # full collection here stalls all of them for 100 ms or more, counted as the
        # server's latency. What is loaded stays, so the collector leaves it alone.
        gc.collect()
        gc.freeze()
        results = {}
        for label, (method, path, body), clients in (
            ("score, one client", score, 1),
            ("log, one client", log, 1),
            (f"score, {args.clients} clients", score, args.clients),
            (f"log, {args.clients} clients", log, args.clients),
        ):
            spy = (
                profiler(args.profile, args.seconds)
                if args.profile and label.startswith("score, ") and clients > 1
                else None
            )
            results[label] = load(port, token, method, path, body, clients=clients, seconds=args.seconds)
            if spy is not None:
                spy.wait()
            print(f"{label}: {summary(results[label], args.seconds)}", file=sys.stderr)
        by_wrk = {"score": wrk_load(port, token, *score, clients=args.clients, seconds=args.seconds)}
        print(f"score, {args.clients} clients, wrk: {by_wrk['score']}", file=sys.stderr)
        rates = [float(rate) for rate in args.rates.split(",") if rate]
        for rate in rates:
            for label, (method, path, body) in (("score", score), ("log", log)):
                key = f"{label}, open {rate:g}"
                results[key] = open_load(
                    port, token, method, path, body, clients=args.clients, rate=rate, seconds=args.seconds
                )
                print(f"{key}: {summary(results[key], args.seconds)}", file=sys.stderr)
        for mode in ("", "row-scorer", "numpy"):
            bare, bare_port = bare_scorer(default_store().path(endpoint.model_digest), mode=mode)
            try:
                key = f"bare {mode}".strip()
                results[key] = load(bare_port, token, *score, clients=args.clients, seconds=args.seconds)
                print(f"{key}, {args.clients} clients: {summary(results[key], args.seconds)}", file=sys.stderr)
                if mode == "row-scorer":
                    by_wrk[key] = wrk_load(bare_port, token, *score, clients=args.clients, seconds=args.seconds)
                    print(f"{key}, {args.clients} clients, wrk: {by_wrk[key]}", file=sys.stderr)
            finally:
                bare.kill()
                bare.wait()
        direct = direct_scorer(endpoint, 300)
        appended_us, inserted_us = request_log_cost(endpoint, 300)
    finally:
        supervisor.stop_all()
        with scoring._scorers_lock:
            for _, scorer in scoring._scorers.values():
                scorer.close()

    many = results[f"score, {args.clients} clients"]
    rows = [
        *(
            [
                (
                    f"one-row score requests, {args.clients} concurrent clients (wrk)",
                    by_wrk["score"],
                    "the least a Python web server can do with the endpoint's own answer (bench/bare_scorer.py, "
                    f"runner.row_scorer), the same wrk clients: {by_wrk['bare row-scorer']}",
                    "p50 <= 20 ms, p95 <= 50 ms",
                )
            ]
            if by_wrk["score"] is not None
            else []
        ),
        (
            f"one-row score requests, {args.clients} concurrent clients (Python threads of the benchmark, on the "
            "server's cores)",
            summary(many, args.seconds),
            "GET of the endpoint's log, same clients: "
            + summary(results[f"log, {args.clients} clients"], args.seconds)
            + "; the least a Python web server can do (bench/bare_scorer.py), same clients, through Score Model's "
            + "frame: "
            + summary(results["bare"], args.seconds)
            + "; with the endpoint's own answer (runner.row_scorer: labels and probabilities): "
            + summary(results["bare row-scorer"], args.seconds)
            + "; predict alone on a NumPy row: "
            + summary(results["bare numpy"], args.seconds),
            "p50 <= 20 ms, p95 <= 50 ms",
        ),
        *(
            (
                f"one-row score requests, {args.clients} clients each sending {rate:g} a second (open loop, "
                f"{args.clients * rate:g}/s in all)",
                summary(results[f"score, open {rate:g}"], args.seconds),
                "GET of the endpoint's log, same clients and rate: "
                + summary(results[f"log, open {rate:g}"], args.seconds),
                "p50 <= 20 ms, p95 <= 50 ms",
            )
            for rate in rates
        ),
        (
            "one-row score requests, one client",
            summary(results["score, one client"], args.seconds),
            f"GET of the endpoint's log, one client: {summary(results['log, one client'], args.seconds)}",
            "",
        ),
        (
            "the scorer called directly (no HTTP, no Django), one row",
            f"p50 {stack.percentile(direct, 0.5):.2f} ms, p95 {stack.percentile(direct, 0.95):.2f} ms",
            "",
            "",
        ),
        (
            "logging one request (buffer append, written in bulk by a thread)",
            f"{appended_us:.1f} µs",
            f"one INSERT of the same row: {inserted_us:.0f} µs",
            "<= ~1 ms added to a request",
        ),
    ]
    table = "\n".join(
        ["| measure | result | reference (same run) | target |", "|---|---|---|---|"]
        + [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    )
    from django.conf import settings

    db = "PostgreSQL" if "postgresql" in settings.DATABASES["default"]["ENGINE"] else "SQLite (WAL)"
    header = (
        f"Measured {datetime.now():%Y-%m-%d %H:%M} on {platform.node()} ({os.cpu_count()} cores, load average "
        f"{load_average:.1f} at the start), database {db}, {settings.WEB_PROCESSES} Daphne process(es) with "
        f"{settings.ENDPOINT_SCORERS} scorer(s) each; clients with keep-alive "
        f"connections and API tokens, {args.seconds:g} s per line. Closed loop: each client sends its next request "
        "when it has its answer (the most a client can ask); driven by wrk (C, two threads, a few percent of a core) "
        "and by 20 Python threads of this script, which need a good part of a core themselves and so take it from "
        "a server that keeps both cores busy (the bare server, which leaves one free, measures alike with both). "
        "Open loop: each client sends at a given rate at "
        "random intervals, latency counted from when the request was due. "
        "Command: `.venv/bin/python bench/endpoints.py`. "
        "Where the time goes: [decisions.md](../docs/decisions.md#real-time-endpoint-latency)."
    )
    print(table)
    if not args.no_write:
        stack.write_results_section(SECTION_HEADING, header, table)


if __name__ == "__main__":
    main()
