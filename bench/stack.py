"""What every benchmark script needs: a fresh data directory, Django set up against it,
and the processes `manage.py up` starts (embedded Redis unless REDIS_URL is set, Daphne,
one Celery worker with two slots).

    from bench import stack
    stack.configure("bench-engine")      # before anything imports Django models
    supervisor, port = stack.start(concurrency=2)
"""

from __future__ import annotations

import math
import os
import shutil
import socket
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

data_dir = ROOT / "var" / "bench"


def configure(name: str) -> Path:
    """Point this process (and the processes it starts) at a fresh var/<name>, on SQLite
    unless BENCH_USE_DATABASE_URL is set, and set Django up."""
    global data_dir
    data_dir = ROOT / "var" / name
    shutil.rmtree(data_dir, ignore_errors=True)
    # What the last run left is thousands of files; where the file system trims what
    # is freed (ext4 mounted with `discard`), deleting them goes on for seconds after
    # rmtree returns and slows every file operation measured meanwhile.
    os.sync()
    data_dir.mkdir(parents=True)
    os.environ["PIPEWRIGHT_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "designer.settings")
    os.environ.setdefault("CHANNELS_PREFIX", f"pipewright-{name}")
    os.environ.setdefault("PIPEWRIGHT_DEFAULT_QUEUE", f"pipewright-{name}")
    if "DATABASE_URL" in os.environ and not os.environ.get("BENCH_USE_DATABASE_URL"):
        del os.environ["DATABASE_URL"]  # benchmark the laptop default unless asked otherwise
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return data_dir


def start(*, concurrency: int = 2) -> tuple[Any, int]:
    """Start Redis (when embedded), the web server and one worker; returns the
    supervisor (call stop_all()) and the web port."""
    from django.conf import settings

    from designer import processes

    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    supervisor = processes.Supervisor(env=env, stdout=open(os.devnull, "w"))  # noqa: SIM115
    if settings.EMBEDDED_REDIS:
        sock = data_dir / "redis.sock"
        supervisor.start(
            processes.Child("redis", processes.embedded_redis_command(socket_path=sock, data_dir=data_dir))
        )
        processes.wait_for_socket(sock)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log_path = data_dir / "stack.log"
    log = open(log_path, "wb")  # noqa: SIM115
    supervisor.start_web(host="127.0.0.1", port=port, count=settings.WEB_PROCESSES, output=log)
    queues = [settings.CELERY_TASK_DEFAULT_QUEUE]
    worker = processes.worker_command(queues=queues, concurrency=concurrency)
    supervisor.start(processes.Child("worker", worker), output=log)
    deadline = time.monotonic() + 60
    while b"ready." not in log_path.read_bytes():
        if time.monotonic() > deadline:
            raise SystemExit("worker did not start:\n" + log_path.read_text()[-2000:])
        time.sleep(0.05)
    return supervisor, port


def wait_for_run(run_id: int, timeout: float = 600) -> Any:
    """The run once it has finished. Timings come from the run's own finished_at, so
    polling can be slow: on two cores a tight polling loop would take CPU from the run
    it measures."""
    from runner.models import RUN_FINISHED, PipelineRun

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run = PipelineRun.objects.get(pk=run_id)
        if run.status in RUN_FINISHED:
            return run
        time.sleep(0.1)
    raise SystemExit(f"run {run_id} did not finish")


def percentile(samples: list[float], fraction: float) -> float:
    """The nearest-rank percentile (`fraction` 0.5 is the median, 0.95 the p95)."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(len(ordered) * fraction) - 1)]


def write_results_section(heading: str, header: str, table: str) -> None:
    """Replace one script's section of bench/RESULTS.md (from its heading to the next
    one), leaving the rest as it is."""
    path = ROOT / "bench" / "RESULTS.md"
    text = path.read_text() if path.exists() else "# Benchmarks\n"
    section = f"{heading}\n\n{header}\n\n{table}\n"
    if heading in text:
        before, _, rest = text.partition(heading)
        after = rest[rest.index("\n## ") + 1 :] if "\n## " in rest else ""
        text = before + section + ("\n" + after if after else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text)
