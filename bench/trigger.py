"""How fast a pipeline endpoint's trigger answers its 201, next to references measured on
the same server in the same run. Prints a markdown table and puts it in bench/RESULTS.md
(its own section).

    .venv/bin/python bench/trigger.py [--requests 200] [--clients 20]

Against a live stack (Daphne, one Celery worker; bench/stack.py), over HTTP with an API
token, one keep-alive connection per client:

- `POST /api/pipeline-endpoints/{name}/runs/`, sequentially and from `--clients`
  concurrent clients (target: p95 of the 201 <= 100 ms);
- the same from `--clients` clients each sending `--rate` triggers a second at random
  intervals (open loop), latency counted from when a request was due;
- references: `GET /api/pipelines/{id}/` (a read of one object) and a plain
  `POST /api/pipelines/{id}/runs/` (a manual run of the same graph).

The endpoint's max_concurrent_runs is set high enough that no request gets a 429: what
is measured is the path that starts a run. The pipeline is one Enter Data step, so the
worker's share of the machine stays small (its steps are reused after the first run).
"""

from __future__ import annotations

import argparse
import os
import platform
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import stack

stack.configure("bench-trigger")

from designer import services  # noqa: E402

SECTION_HEADING = "## Pipeline endpoint trigger (bench/trigger.py)"
GRAPH = {
    "schema": 1,
    "nodes": [
        {
            "id": "data",
            "module": "enter_data",
            "version": None,
            "params": {"text": "x,y\n1,2\n3,4\n"},
            "position": {"x": 0, "y": 0},
            "label": "data",
        }
    ],
    "edges": [],
    "parameters": [],
}


def sequential(call: Callable[[requests.Session], requests.Response], n: int, status: int, token: str) -> list[float]:
    session = requests.Session()
    session.headers["Authorization"] = f"Token {token}"
    times = []
    for _ in range(n):
        started = time.perf_counter()
        response = call(session)
        times.append((time.perf_counter() - started) * 1000)
        if response.status_code != status:
            raise SystemExit(f"expected {status}, got {response.status_code}: {response.text[:500]}")
    return times


def concurrent(
    call: Callable[[requests.Session], requests.Response], n: int, clients: int, status: int, token: str
) -> list[float]:
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(clients)

    def client(count: int) -> None:
        session = requests.Session()
        session.headers["Authorization"] = f"Token {token}"
        call(session)  # the connection is open before the clock starts
        start.wait()
        for _ in range(count):
            began = time.perf_counter()
            response = call(session)
            elapsed = (time.perf_counter() - began) * 1000
            with lock:
                times.append(elapsed)
                if response.status_code != status:
                    errors.append(f"{response.status_code}: {response.text[:300]}")

    threads = [threading.Thread(target=client, args=(n // clients,)) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise SystemExit(f"{len(errors)} requests did not answer {status}; first: {errors[0]}")
    return times


def profiler(path: str) -> subprocess.Popen[bytes]:
    """py-spy recording the web process until interrupted."""
    import psutil

    web = next(p for p in psutil.Process().children(recursive=True) if "daphne" in " ".join(p.cmdline()))
    output = ["--output", path] + ([] if path.endswith(".svg") else ["--format", "raw"])
    command = ["py-spy", "record", "--pid", str(web.pid), *output, "--threads", "--nonblocking"]
    spy = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)  # attached
    return spy


def open_loop(
    call: Callable[[requests.Session], requests.Response],
    clients: int,
    rate: float,
    seconds: float,
    status: int,
    token: str,
) -> list[float]:
    """`clients` clients each sending `rate` requests a second at random (exponential)
    intervals; latency counts from when a request was due, so waiting for the client's
    previous answer counts too."""
    import random

    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(clients + 1)
    began_at = [0.0]

    def client(index: int) -> None:
        randomness = random.Random(index)
        session = requests.Session()
        session.headers["Authorization"] = f"Token {token}"
        call(session)  # the connection is open before the clock starts
        start.wait()
        due = began_at[0] + randomness.expovariate(rate)
        while due < began_at[0] + seconds:
            pause = due - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            response = call(session)
            elapsed = (time.perf_counter() - due) * 1000
            with lock:
                times.append(elapsed)
                if response.status_code != status:
                    errors.append(f"{response.status_code}: {response.text[:300]}")
            due += randomness.expovariate(rate)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    began_at[0] = time.perf_counter()
    start.wait()
    for thread in threads:
        thread.join()
    if errors:
        raise SystemExit(f"{len(errors)} requests did not answer {status}; first: {errors[0]}")
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--rate", type=float, default=1.0, help="open loop: triggers a second per client")
    parser.add_argument("--seconds", type=float, default=10.0, help="open loop: how long")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    parser.add_argument(
        "--profile",
        metavar="FILE",
        help="record the web process with py-spy (on PATH) during the concurrent triggers (.svg: a flame graph, "
        "else collapsed stacks)",
    )
    args = parser.parse_args()
    load = os.getloadavg()[0]

    from rest_framework.authtoken.models import Token

    from runner import publishing

    services.modules_sync_builtin()
    user = services.user_create(username="bench", password="bench-password")
    workspace = services.workspace_default(user=user)
    pipeline = services.pipeline_create(workspace=workspace, user=user, name="bench", graph=GRAPH)
    endpoint = publishing.pipeline_publish(pipeline=pipeline, user=user, endpoint_name="bench").endpoint
    # Every trigger of the run counts until its run finishes: no 429 in what is measured.
    endpoint.max_concurrent_runs = 1000
    endpoint.save(update_fields=["max_concurrent_runs"])
    token = Token.objects.create(user=user).key

    supervisor, port = stack.start(concurrency=2)
    base = f"http://127.0.0.1:{port}"

    def trigger(session: requests.Session) -> requests.Response:
        return session.post(f"{base}/api/pipeline-endpoints/bench/runs/", json={"parameters": {}}, timeout=30)

    def read(session: requests.Session) -> requests.Response:
        return session.get(f"{base}/api/pipelines/{pipeline.pk}/", timeout=30)

    def manual(session: requests.Session) -> requests.Response:
        return session.post(f"{base}/api/pipelines/{pipeline.pk}/runs/", json={}, timeout=30)

    n, clients = args.requests, args.clients
    try:
        sequential(read, 20, 200, token)  # warm-up: the web process's imports, the database's caches
        sequential(trigger, 20, 201, token)
        results = {
            "read": sequential(read, n, 200, token),
            "manual": sequential(manual, n, 201, token),
            "trigger": sequential(trigger, n, 201, token),
            "read_concurrent": concurrent(read, n, clients, 200, token),
        }
        results["read_open"] = open_loop(read, clients, args.rate, args.seconds, 200, token)
        results["trigger_open"] = open_loop(trigger, clients, args.rate, args.seconds, 201, token)
        spy = profiler(args.profile) if args.profile else None
        results["trigger_concurrent"] = concurrent(trigger, n, clients, 201, token)
        if spy is not None:
            spy.send_signal(signal.SIGINT)
            spy.wait()
    finally:
        supervisor.stop_all()

    def cell(name: str) -> str:
        samples = results[name]
        return f"p50 {statistics.median(samples):.1f} ms, p95 {stack.percentile(samples, 0.95):.1f} ms"

    for name in results:
        print(f"{name}: {cell(name)}", file=sys.stderr)

    rows = [
        (
            f"trigger `POST /api/pipeline-endpoints/{{name}}/runs/` → 201, {n} sequential",
            cell("trigger"),
            f"`GET /api/pipelines/{{id}}/`: {cell('read')}; manual `POST /api/pipelines/{{id}}/runs/`: "
            f"{cell('manual')}",
            "p95 <= 100 ms",
        ),
        (
            f"trigger → 201, {clients} concurrent clients, {n} in all",
            cell("trigger_concurrent"),
            f"`GET /api/pipelines/{{id}}/` from {clients} clients: {cell('read_concurrent')}",
            "p95 <= 100 ms",
        ),
        (
            f"trigger → 201, {clients} clients each sending {args.rate:g} a second at random intervals (open loop, "
            f"{clients * args.rate:g}/s in all, {len(results['trigger_open'])} in {args.seconds:g} s)",
            cell("trigger_open"),
            f"`GET /api/pipelines/{{id}}/`, same clients and rate: {cell('read_open')}",
            "p95 <= 100 ms",
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
        f"{load:.1f} at the start), database {db}, Daphne and one worker with two slots, an API token, one "
        f"keep-alive connection per client; latency is the client's, request to full answer (open loop: from when "
        "the request was due). Closed loop (the first two lines): each client sends its next request when it has "
        "its answer. "
        "Command: `.venv/bin/python bench/trigger.py`. Where the time goes: "
        "[decisions.md](../docs/decisions.md#published-pipelines-and-triggers)."
    )
    print(table)
    if not args.no_write:
        stack.write_results_section(SECTION_HEADING, header, table)


if __name__ == "__main__":
    main()
