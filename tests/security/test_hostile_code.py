"""Hostile user code in the local executor fails its own step, clearly, and nothing else.

Each test runs a step that misbehaves on the session's warm executor, checks the
reason it failed with, then checks that an ordinary step on the same executor still
completes. The file system, network and signal confinement comes from Landlock and is
asserted only where this kernel has it; the process limit only where steps do not run
as root (the kernel never applies RLIMIT_NPROC to uid 0).
"""

from __future__ import annotations

import json
import os
import textwrap
import time
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from django.conf import settings

from runner.executors import sandbox
from runner.executors.local import LocalExecutor
from runner.step_contract import ExecutionResult, Limits, StepSpec
from tests.unit.runner.test_local_executor import Log, fork_server_pid, pid_is_gone, run, script_step

LANDLOCK = sandbox.landlock_abi()
needs_landlock = pytest.mark.skipif(not LANDLOCK, reason="this kernel has no Landlock")


def script(body: str) -> StepSpec:
    """A script step whose main() runs `body`."""
    return script_step(
        "import os, sys\ndef main(dataframe1, dataframe2):\n" + textwrap.indent(textwrap.dedent(body), "    ")
    )


def custom(source: str, **fields: Any) -> StepSpec:
    return StepSpec(
        step_id="c1",
        module="hostile",
        version="1.0.0",
        entrypoint="custom:main",
        source=textwrap.dedent(source),
        **fields,
    )


@pytest.fixture
def healthy(executor: LocalExecutor, tmp_path: Path) -> Any:
    """Call after the hostile step: an ordinary step on the same executor completes."""

    def check() -> None:
        result, log = run(executor, script('print("still fine")\nreturn None'), tmp_path / "after")
        assert result.status == "completed", result.error
        assert log.lines == ["still fine"]

    return check


def lines_of(result: ExecutionResult, log: Log) -> dict[str, str]:
    assert result.status == "completed", (result.error, result.traceback)
    return dict(line.split(" ", 1) for line in log.lines)


def test_an_exception_shows_the_users_traceback_only(executor: LocalExecutor, tmp_path: Path, healthy: Any) -> None:
    source = """
        def helper(rows):
            return rows["missing"]

        def main(ctx):
            return helper({})
    """

    result, _ = run(executor, custom(source), tmp_path)

    assert result.status == "failed"
    assert result.error == "KeyError: 'missing'"
    assert result.traceback.count('File "') == 2
    assert 'File "hostile.py", line 3, in helper' in result.traceback
    assert "runner/" not in result.traceback
    healthy()


def test_an_infinite_loop_is_killed_at_its_time_limit(executor: LocalExecutor, tmp_path: Path, healthy: Any) -> None:
    result, log = run(
        executor,
        script('print("pid", HOST_PID, flush=True)\nwhile True:\n    pass'),
        tmp_path,
        Limits(timeout_seconds=1),
    )

    assert result.status == "timeout"
    assert result.error == "step exceeded its 1 s time limit"
    assert pid_is_gone(int(log.wait_for("pid ").split()[1]))
    healthy()


def test_allocating_ten_gigabytes_fails_with_the_memory_limit(
    executor: LocalExecutor, tmp_path: Path, healthy: Any
) -> None:
    limits = Limits(timeout_seconds=30, memory_bytes=512 * 1024**2)

    result, _ = run(executor, script("hog = bytearray(10 * 1024**3)"), tmp_path, limits)

    assert result.status == "failed"
    assert result.error == "step ran out of memory (limit 512 MiB): MemoryError"
    assert result.traceback.count('File "') == 1  # the user's line, not the runtime's
    healthy()


def _step_runs_as_root(executor: LocalExecutor, tmp_path: Path) -> bool:
    result, log = run(executor, script('print("uid", os.getuid())'), tmp_path / "whoami")
    return lines_of(result, log)["uid"] == "0"


def test_a_fork_bomb_hits_the_process_limit_and_its_whole_group_dies(
    executor: LocalExecutor, tmp_path: Path, healthy: Any
) -> None:
    if _step_runs_as_root(executor, tmp_path):
        pytest.skip("steps run as root here, and the kernel exempts root from RLIMIT_NPROC")
    bomb = """
        print("pid", HOST_PID, flush=True)
        while True:
            os.fork()
    """
    limits = Limits(timeout_seconds=20, max_processes=40)
    started = time.monotonic()

    result, log = run(executor, script(bomb), tmp_path, limits)

    assert result.status == "failed"
    assert result.error == (
        "step reached its limit of 40 processes and threads: "
        "BlockingIOError: [Errno 11] Resource temporarily unavailable"
    )
    assert time.monotonic() - started < 10
    assert _group_is_gone(int(log.wait_for("pid ").split()[1]))
    healthy()


def test_a_fork_bomb_that_ignores_failures_is_killed_with_its_group_at_the_time_limit(
    executor: LocalExecutor, tmp_path: Path, healthy: Any
) -> None:
    if _step_runs_as_root(executor, tmp_path):
        pytest.skip("steps run as root here, and the kernel exempts root from RLIMIT_NPROC")
    bomb = """
        print("pid", HOST_PID, flush=True)
        while True:
            try:
                os.fork()
            except OSError:
                pass
    """

    result, log = run(executor, script(bomb), tmp_path, Limits(timeout_seconds=2, max_processes=40))

    assert result.status == "timeout"
    assert result.error == "step exceeded its 2 s time limit"
    assert _group_is_gone(int(log.wait_for("pid ").split()[1]))
    healthy()


def _group_is_gone(pgid: int) -> bool:
    """SIGKILL is delivered asynchronously: give the killed processes a moment to die."""
    deadline = time.monotonic() + 5
    while _members_of_group(pgid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not _members_of_group(pgid)


def _members_of_group(pgid: int) -> list[int]:
    """Live (non-zombie) processes in process group `pgid`."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry.name))
    return members


@needs_landlock
def test_a_step_that_pretends_to_be_over_fails_and_is_killed(
    executor: LocalExecutor, tmp_path: Path, healthy: Any
) -> None:
    # A step announces its end itself so the worker need not wait for its exit; one
    # that only pretends must neither pass for completed nor run on unwatched.
    body = """
        import time
        print("pid", HOST_PID, flush=True)
        for fd in os.listdir("/proc/self/fd"):
            if int(fd) > 2:
                try:
                    os.write(int(fd), b'{"event": "exit", "code": 0}\\n')
                except OSError:
                    pass
        time.sleep(60)
    """
    log = Log()
    started = time.monotonic()

    result, _ = run(executor, script(body), tmp_path, Limits(timeout_seconds=30), on_log=log)

    assert result.status == "failed"
    assert result.error == "step process exited with code 0 without reporting a result"
    assert time.monotonic() - started < 10
    assert pid_is_gone(int(log.wait_for("pid ").split()[1]))
    healthy()


def test_writing_outside_the_work_directory_is_denied(executor: LocalExecutor, tmp_path: Path, healthy: Any) -> None:
    targets = {
        "tmp": "/tmp/pipewright-hostile-write",
        "repo": str(Path(settings.BASE_DIR) / "runner" / "hostile.py"),
        "store": str(Path(settings.ARTIFACT_ROOT) / "hostile"),
        "data": str(Path(settings.DATA_DIR) / "hostile"),
        "sibling": str(tmp_path / "sibling.txt"),
    }
    Path(settings.ARTIFACT_ROOT).mkdir(parents=True, exist_ok=True)
    body = f"""
        for name, path in {targets!r}.items():
            try:
                with open(path, "w") as file:
                    file.write("pwned")
                print(name, "written")
            except OSError as exc:
                print(name, type(exc).__name__)
        with open("inside.txt", "w") as file:
            file.write("fine")
        print("workdir", open("inside.txt").read())
    """

    result, log = run(executor, script(body), tmp_path)

    assert lines_of(result, log) == {**dict.fromkeys(targets, "PermissionError"), "workdir": "fine"}
    assert not any(Path(p).exists() for p in targets.values())
    healthy()


@needs_landlock
def test_a_write_outside_fails_the_step_with_a_plain_permission_error(executor: LocalExecutor, tmp_path: Path) -> None:
    result, _ = run(executor, script('open("/tmp/pipewright-hostile-x", "w")'), tmp_path)

    assert result.status == "failed"
    assert result.error == "PermissionError: [Errno 13] Permission denied: '/tmp/pipewright-hostile-x'"


@needs_landlock
def test_only_the_steps_own_inputs_are_readable_in_the_artifact_store(
    executor: LocalExecutor, tmp_path: Path, healthy: Any
) -> None:
    store = tmp_path / "store" / "sha256"
    mine, theirs = store / "aa" / ("a" * 64), store / "bb" / ("b" * 64)
    for directory, rows in ((mine, [1, 2]), (theirs, [3, 4, 5])):
        directory.mkdir(parents=True)
        pd.DataFrame({"x": rows}).to_parquet(directory / "data.parquet")
    body = f"""
        print("input", len(dataframe1))
        for name, path in (("theirs", {str(theirs / "data.parquet")!r}), ("listing", {str(store)!r})):
            try:
                print(name, os.listdir(path) if os.path.isdir(path) else len(open(path, "rb").read()))
            except OSError as exc:
                print(name, type(exc).__name__)
    """
    spec = script_step(
        textwrap.dedent(script(body).params["script"]),
        inputs={"dataframe1": str(mine)},
        input_types={"dataframe1": "DataFrame"},
    )

    result, log = run(executor, spec, tmp_path)

    assert lines_of(result, log) == {"input": "2", "theirs": "PermissionError", "listing": "PermissionError"}
    healthy()


@needs_landlock
def test_a_custom_module_cannot_read_another_workspaces_artifact_either(
    executor: LocalExecutor, tmp_path: Path, healthy: Any
) -> None:
    other = tmp_path / "other-workspace" / "model.joblib"
    other.parent.mkdir()
    other.write_bytes(b"secret model")
    source = f"""
        def main(ctx):
            return {{"copy": open({str(other)!r}, "rb").read()}}
    """

    result, _ = run(executor, custom(source, outputs={"copy": "AnyFile"}), tmp_path)

    assert result.status == "failed"
    assert result.error == f"PermissionError: [Errno 13] Permission denied: '{other}'"
    healthy()


def test_the_services_secrets_are_not_in_the_steps_environment(
    executor: LocalExecutor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parent_secret: str, healthy: Any
) -> None:
    for name in ("SECRET_KEY", "DATABASE_URL", "REDIS_URL"):
        monkeypatch.setenv(name, parent_secret)
    body = f"""
        print("environ", [k for k in os.environ if k in ("SECRET_KEY", "DATABASE_URL", "REDIS_URL")])
        print("own", b"SECRET_KEY" in open("/proc/self/environ", "rb").read())
        for name, secret in (("environ", b"SECRET_KEY"), ("cmdline", b"SECRET")):
            try:
                print("server_" + name, secret in open(f"/proc/{fork_server_pid(executor)}/" + name, "rb").read())
            except OSError as exc:
                print("server_" + name, type(exc).__name__)
    """

    result, log = run(executor, script(body), tmp_path)

    # The fork server was started with an explicit minimal environment. From a PID
    # namespace of its own with its own /proc the step cannot even find it; else, under
    # Landlock, its environ cannot be read at all and only its command line (sys.path
    # and module names) is visible, as to any local user.
    if sandbox.can_use_namespaces():
        server = {"server_environ": "FileNotFoundError", "server_cmdline": "FileNotFoundError"}
    else:
        server = {"server_environ": "PermissionError" if LANDLOCK else "False", "server_cmdline": "False"}
    assert lines_of(result, log) == {"environ": "[]", "own": "False", **server}
    healthy()


@needs_landlock
def test_the_workers_environment_and_memory_are_out_of_reach(
    executor: LocalExecutor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parent_secret: str, healthy: Any
) -> None:
    monkeypatch.setenv("SECRET_KEY", parent_secret)
    worker = os.getpid()  # this test process plays the worker
    body = f"""
        for name in ("environ", "mem", "maps", "cwd/designer/settings.py", "root/etc/shadow"):
            try:
                with open(f"/proc/{worker}/{{name}}", "rb") as file:
                    print(name, "read", {parent_secret.encode()!r} in file.read(1 << 20))
            except OSError as exc:
                print(name, type(exc).__name__)
    """

    result, log = run(executor, script(body), tmp_path)

    # Not even listed in a /proc of the step's own PID namespace; else Landlock refuses.
    refused = "FileNotFoundError" if sandbox.can_use_namespaces() else "PermissionError"
    assert set(lines_of(result, log).values()) == {refused}
    healthy()


@needs_landlock
def test_django_settings_and_the_secret_key_file_give_the_step_nothing(
    executor: LocalExecutor, tmp_path: Path, healthy: Any
) -> None:
    secret_file = Path(settings.DATA_DIR) / "secret_key"
    secret_file.exists() or secret_file.write_text("a-local-secret")
    body = f"""
        from django.conf import settings
        try:
            print("settings", settings.SECRET_KEY)
        except Exception as exc:
            print("settings", type(exc).__name__)
        os.environ["DJANGO_SETTINGS_MODULE"] = "designer.settings"
        try:
            import designer.settings
            print("module", designer.settings.SECRET_KEY)
        except Exception as exc:
            print("module", type(exc).__name__)
        paths = dict(
            file={str(secret_file)!r},
            source={str(Path(settings.BASE_DIR) / "designer" / "settings.py")!r},
            data={str(settings.DATA_DIR)!r},
        )
        for name, path in paths.items():
            try:
                print(name, os.listdir(path) if os.path.isdir(path) else len(open(path, "rb").read()))
            except OSError as exc:
                print(name, type(exc).__name__)
    """

    result, log = run(executor, script(body), tmp_path)

    assert lines_of(result, log) == {
        "settings": "ImproperlyConfigured",
        "module": "PermissionError",
        "file": "PermissionError",
        "source": "PermissionError",
        "data": "PermissionError",
    }
    healthy()


@pytest.mark.skipif(LANDLOCK < 4, reason="TCP rules need Landlock ABI 4")
def test_the_network_is_off_unless_the_limits_allow_it(executor: LocalExecutor, tmp_path: Path, healthy: Any) -> None:
    body = """
        import socket
        calls = {"connect": lambda s: s.connect(("127.0.0.1", 9)), "bind": lambda s: s.bind(("127.0.0.1", 0))}
        for name, call in calls.items():
            with socket.socket() as sock:
                try:
                    call(sock)
                    print(name, "allowed")
                except OSError as exc:
                    print(name, type(exc).__name__)
    """

    denied, denied_log = run(executor, script(body), tmp_path / "off")
    allowed, allowed_log = run(executor, script(body), tmp_path / "on", Limits(timeout_seconds=30, network=True))

    assert lines_of(denied, denied_log) == {"connect": "PermissionError", "bind": "PermissionError"}
    # Allowed: connecting to a closed port is refused by the peer, not by the sandbox.
    assert lines_of(allowed, allowed_log) == {"connect": "ConnectionRefusedError", "bind": "allowed"}
    healthy()


@pytest.mark.skipif(LANDLOCK < 6, reason="signal scoping needs Landlock ABI 6")
def test_the_step_cannot_signal_the_worker_or_the_fork_server(
    executor: LocalExecutor, tmp_path: Path, healthy: Any
) -> None:
    body = f"""
        import signal
        for name, pid in (("server", {fork_server_pid(executor)}), ("worker", {os.getpid()})):
            try:
                os.kill(pid, signal.SIGKILL)
                print(name, "killed")
            except OSError as exc:
                print(name, type(exc).__name__)
    """

    result, log = run(executor, script(body), tmp_path)

    # From a PID namespace of its own the step cannot even name them; else Landlock's
    # signal scope refuses.
    refused = "ProcessLookupError" if sandbox.can_use_namespaces() else "PermissionError"
    assert lines_of(result, log) == {"server": refused, "worker": refused}
    healthy()


def test_what_the_modules_need_still_works_in_the_sandbox(executor: LocalExecutor, tmp_path: Path) -> None:
    body = """
        import subprocess, tempfile, multiprocessing
        from joblib import Parallel, delayed
        from threadpoolctl import threadpool_info
        def output(*command):
            return subprocess.run(command, capture_output=True, text=True).stdout.strip()
        print("shell", output("sh", "-c", "echo ok > /dev/null && echo ok"))
        print("python", output(sys.executable, "-c", "import pandas; print('ok')"))
        print("tempfile", os.path.dirname(tempfile.mkstemp()[1]) == os.path.join(os.getcwd(), "tmp"))
        print("urandom", len(os.urandom(8)))
        print("threadpools", len(threadpool_info()) > 0)
        print("joblib", sum(Parallel(n_jobs=2)(delayed(abs)(-i) for i in range(4))))
        with multiprocessing.Pool(2) as pool:
            print("multiprocessing", sum(pool.map(abs, [-1, -2])))
    """

    result, log = run(executor, script(body), tmp_path, Limits(timeout_seconds=60))

    assert lines_of(result, log) == {
        "shell": "ok",
        "python": "ok",
        "tempfile": "True",
        "urandom": "8",
        "threadpools": "True",
        "joblib": "6",
        "multiprocessing": "3",
    }


def test_a_step_without_the_sandbox_still_runs(tmp_path: Path) -> None:
    local = LocalExecutor(preload=["runner.step_runtime"], warm_up=[], sandboxed=False)
    try:
        result, log = run(local, custom('def main(ctx):\n    print("free")\n'), tmp_path)
    finally:
        local.close()

    assert result.status == "completed", result.error
    assert log.lines == ["free"]


def test_without_landlock_the_worker_warns_once_and_steps_still_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from runner.executors import local as local_module

    monkeypatch.setattr(sandbox, "landlock_abi", lambda: 0)
    monkeypatch.setattr(local_module, "_warned", set())
    with caplog.at_level("WARNING", logger="runner.executors.local"):
        LocalExecutor(preload=[], warm_up=[]).close()
        LocalExecutor(preload=[], warm_up=[]).close()

    assert [r.getMessage() for r in caplog.records] == [
        "local executor sandbox: this kernel has no Landlock: steps run without file system or network "
        "confinement (rlimits, a scrubbed environment and the uid switch still apply)"
    ]


def test_without_landlock_apply_confines_nothing_and_says_so(tmp_path: Path) -> None:
    # In a child process: the sandbox cannot be undone.
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            sandbox.landlock_abi = lambda: 0  # type: ignore[assignment]
            report = sandbox.apply(sandbox.SandboxPolicy(uid=None))
            (tmp_path / "outside.txt").write_text("written")
            os.write(write_end, json.dumps(report.warnings).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as answer:
        warnings = json.loads(answer.read() or "null")
    os.waitpid(pid, 0)

    assert warnings == ["Landlock is not available in this kernel: the step can read and write what its user can"]
    assert (tmp_path / "outside.txt").read_text() == "written"
