"""`manage.py up` on its own: embedded Redis, Daphne, worker and beat as one group that
serves the app and stops cleanly on SIGTERM."""

from __future__ import annotations

import http.client
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


def of_another_test_worker(pid: int) -> bool:
    """Whether the process belongs to another pytest-xdist worker (its services inherit
    the worker's name), so a look for this test's processes leaves it out."""
    try:
        theirs = psutil.Process(pid).environ().get("PYTEST_XDIST_WORKER", "")
    except (psutil.Error, OSError):
        return False
    return theirs != os.environ.get("PYTEST_XDIST_WORKER", "")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def web_processes(up: subprocess.Popen[bytes]) -> list[psutil.Process]:
    """The Daphne processes `up` runs (not the guardians that name them in their arguments)."""
    return [
        child
        for child in psutil.Process(up.pid).children(recursive=True)
        if "daphne" in " ".join(child.cmdline()) and "guardian" not in " ".join(child.cmdline())
    ]


def get(url: str, deadline: float) -> bytes:
    while True:
        try:
            return bytes(urllib.request.urlopen(url, timeout=2).read())
        except OSError:
            assert time.monotonic() < deadline, f"{url} did not answer"
            time.sleep(0.2)


def test_up_starts_everything_on_a_fresh_data_dir_and_sigterm_stops_it_all(tmp_path: Path) -> None:
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "PIPEWRIGHT_DEFAULT_QUEUE")
    }
    env.update({"PIPEWRIGHT_DATA_DIR": str(tmp_path), "PORT": str(port), "PYTHONUNBUFFERED": "1", "WEB_PROCESSES": "2"})
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

        # Two web processes share the port; one killed, the other goes on answering
        # and the supervisor starts it again on the same socket.
        webs = web_processes(up)
        assert len(webs) == 2 and all("--fd" in web.cmdline() for web in webs), [w.cmdline() for w in webs]
        webs[0].kill()
        webs[0].wait(5)
        for _ in range(5):
            assert b"Log in" in get(f"http://127.0.0.1:{port}/login/", time.monotonic() + 10)
        deadline = time.monotonic() + 60
        while "web-1 exited" not in log.read_text() and "web-2 exited" not in log.read_text():
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        assert "restarting it" in log.read_text()
        while len(web_processes(up)) < 2:
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        restarted = next(web for web in web_processes(up) if web.pid not in {w.pid for w in webs})
        listening = [c for c in restarted.net_connections() if c.status == psutil.CONN_LISTEN]
        assert [c.laddr.port for c in listening] == [port], listening  # the same socket, adopted
        assert b"Log in" in get(f"http://127.0.0.1:{port}/login/", deadline)

        # Twenty keep-alive clients connecting at once are shared out between the two
        # processes, the restarted one included, rather than all taken by whichever
        # woke first (one process answering them all while the other core idles). The
        # restarted one holds the socket from its start, but accepts once it serves.
        while log.read_text().count("Listening on TCP address") < 3:
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        clients = [http.client.HTTPConnection("127.0.0.1", port, timeout=10) for _ in range(20)]
        for client in clients:
            client.connect()  # all twenty wait in the listen queue before any is accepted
        for client in clients:
            client.request("GET", "/login/")
            assert client.getresponse().read()
        held = {
            web.pid: sum(
                1 for c in web.net_connections() if c.status == psutil.CONN_ESTABLISHED and c.laddr.port == port
            )
            for web in web_processes(up)
        }
        assert sum(held.values()) == 20 and min(held.values()) >= 6, held
        for client in clients:
            client.close()
        children = psutil.Process(up.pid).children(recursive=True)
    finally:
        up.send_signal(signal.SIGTERM)
        up.wait(timeout=30)
    assert up.returncode == 0
    assert "all Pipewright processes stopped" in log.read_text()
    _, alive = psutil.wait_procs(children, timeout=5)
    assert not [c for c in alive if c.status() != psutil.STATUS_ZOMBIE], alive


def live_processes() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, command line) of every process in /proc that is not a zombie."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            stat = Path(f"/proc/{entry}/stat").read_bytes()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2 :].split()
        if fields[0] != b"Z":
            found[int(entry)] = (int(fields[1]), cmdline)
    return found


def tree_of(root: int, table: dict[int, tuple[int, str]]) -> set[int]:
    tree, queue = set(), [root]
    while queue:
        parent = queue.pop()
        for pid, (ppid, _) in table.items():
            if ppid == parent and pid not in tree:
                tree.add(pid)
                queue.append(pid)
    return tree


def test_up_runs_from_any_directory_and_a_sigkilled_up_leaves_no_process_behind(tmp_path: Path) -> None:
    port = free_port()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "PIPEWRIGHT_DEFAULT_QUEUE")
    }
    # A data directory relative to where `up` is started, as a user would give it.
    env.update({"PIPEWRIGHT_DATA_DIR": "data", "PORT": str(port), "PYTHONUNBUFFERED": "1"})
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput"], ["sync_modules"]):
        subprocess.run(manage + command, env=env, check=True, cwd=elsewhere, capture_output=True)

    before = set(live_processes())
    log = tmp_path / "up.log"
    with log.open("wb") as out:
        up = subprocess.Popen([*manage, "up"], env=env, cwd=elsewhere, stdout=out, stderr=subprocess.STDOUT)
    tree: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while b"ready." not in log.read_bytes():  # the worker is consuming
            assert up.poll() is None, log.read_text()
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        # The first request imports the views: seconds on a loaded machine.
        body = urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=60).read()
        assert b"Log in" in body
        assert (elsewhere / "data" / "redis.sock").exists()
        # Wait for the worker's pool children too: a PDEATHSIG on the direct children
        # alone would leave them behind.
        while time.monotonic() < deadline:
            table = live_processes()
            tree = tree_of(up.pid, table)
            if sum(" worker" in table[pid][1] for pid in tree) >= 3:  # the worker and 2 pool children
                break
            time.sleep(0.2)
        names = " ".join(table[pid][1] for pid in tree)
        assert "redis-server" in names and "daphne" in names and " worker" in names and " beat" in names
    finally:
        up.kill()  # SIGKILL: `up` runs no code of its own to stop anything
        up.wait(timeout=10)

    def left_behind() -> dict[int, str]:
        # Its tree as last seen, and anything started since from this checkout or
        # using its data directory (a process started after that look, say), but not
        # the stack another pytest worker starts meanwhile from the same checkout.
        return {
            pid: cmdline
            for pid, (_, cmdline) in live_processes().items()
            if pid not in before
            and (pid in tree or str(ROOT) in cmdline or str(elsewhere) in cmdline)
            and not of_another_test_worker(pid)
        }

    deadline = time.monotonic() + 8
    while left_behind() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not left_behind(), left_behind()


# A pytest-like parent: it holds a LiveStack whose worker has its pool children, says so,
# and waits to be killed. The worker consumes a queue of its own, so while it lives it
# takes nothing from the session's stack.
STACK_HOLDER = """
import sys
from pathlib import Path

import django

django.setup()
from tests.conftest import LiveStack, stack_env

stack = LiveStack(env=stack_env(sys.argv[2]), log_dir=Path(sys.argv[1]))
stack.start_worker("orphan-check", queues=["pipewright-orphan-check"], concurrency=2)
print("holding", flush=True)
sys.stdin.read()
"""


def test_a_sigkilled_test_run_leaves_no_process_of_its_stacks_behind(tmp_path: Path, redis_service: str) -> None:
    """What a killed pytest run used to leave: its Celery workers, still consuming the test
    queue and taking the next run's tasks. The stacks' processes die with the run."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings", "PYTHONUNBUFFERED": "1"}
    holder = subprocess.Popen(
        [sys.executable, "-c", STACK_HOLDER, str(tmp_path), redis_service],
        env=env,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    tree: set[int] = set()
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == b"holding\n", (tmp_path / "orphan-check.log").read_text()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # the worker's pool children too
            table = live_processes()
            tree = tree_of(holder.pid, table)
            if sum(" worker" in table[pid][1] for pid in tree) >= 3:
                break
            time.sleep(0.1)
        assert sum(" worker" in table[pid][1] for pid in tree) >= 3, [table[pid][1] for pid in tree]
    finally:
        holder.kill()  # SIGKILL: the parent runs no code of its own (no fixture teardown)
        holder.wait(timeout=10)

    def left_behind() -> dict[int, str]:
        table = live_processes()
        return {pid: table[pid][1] for pid in tree if pid in table}

    deadline = time.monotonic() + 8
    while left_behind() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not left_behind(), left_behind()


def test_up_on_a_port_already_taken_says_so_and_leaves_nothing_running(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "PIPEWRIGHT_DEFAULT_QUEUE")
    }
    env.update({"PIPEWRIGHT_DATA_DIR": str(tmp_path), "WEB_PROCESSES": "2"})
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        before = set(live_processes())
        done = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), "up", "--port", str(port)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode != 0
    assert f"cannot serve on 127.0.0.1:{port}: Address already in use" in done.stderr, done.stderr
    assert "all Pipewright processes stopped" in done.stdout
    started = {pid: cmd for pid, (_, cmd) in live_processes().items() if pid not in before and str(tmp_path) in cmd}
    assert not started, started  # the embedded Redis it had started is gone
