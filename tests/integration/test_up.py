"""`manage.py up` on its own: embedded Redis, Daphne, worker and beat as one group that
serves the app and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psutil
import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_up_starts_everything_on_a_fresh_data_dir_and_sigterm_stops_it_all(tmp_path: Path) -> None:
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "PIPEWRIGHT_DEFAULT_QUEUE")
    }
    env.update({"PIPEWRIGHT_DATA_DIR": str(tmp_path), "PORT": str(port), "PYTHONUNBUFFERED": "1"})
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput"], ["sync_modules"], ["seed_demo"]):
        subprocess.run(manage + command, env=env, check=True, cwd=ROOT, capture_output=True)

    log = tmp_path / "up.log"
    with log.open("wb") as out:
        up = subprocess.Popen([*manage, "up"], env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while "Pipewright is running at" not in log.read_text():
            assert up.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        assert f"http://127.0.0.1:{port}/" in log.read_text()
        assert "demo / pipewright-demo" in log.read_text()
        assert (tmp_path / "redis.sock").exists(), "no embedded Redis socket"

        body = b""
        while time.monotonic() < deadline:
            try:
                body = urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=2).read()
                break
            except OSError:
                time.sleep(0.2)
        assert b"Log in" in body

        deadline = time.monotonic() + 60
        while b"ready." not in log.read_bytes():  # the worker is consuming
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        children = psutil.Process(up.pid).children(recursive=True)
        names = " ".join(" ".join(c.cmdline()) for c in children)
        assert "redis-server" in names and "daphne" in names and " worker" in names and " beat" in names
    finally:
        up.send_signal(signal.SIGTERM)
        up.wait(timeout=30)
    assert up.returncode == 0
    assert "all Pipewright processes stopped" in log.read_text()
    _, alive = psutil.wait_procs(children, timeout=5)
    assert not [c for c in alive if c.status() != psutil.STATUS_ZOMBIE], alive
