"""The local executor, for real: forked step processes, pipes, limits and kills."""

from __future__ import annotations

import os
import signal
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from runner.executors.forkserver import STEP_UID_BASE
from runner.executors.local import LocalExecutor
from runner.modules import BUILTIN_MODULES
from runner.step_contract import ExecutionResult, Limits, StepSpec
from runner.tables import DATAFRAME_FILE, read_frame
from tests.step_log import Log


def script_step(source: str, **fields: Any) -> StepSpec:
    module = BUILTIN_MODULES["execute_python_script"].spec
    return StepSpec(
        step_id="s1",
        module=module.slug,
        version=module.version,
        entrypoint=module.entrypoint,
        params={"script": textwrap.dedent(source).replace("HOST_PID", HOST_PID), "requirements": ""},
        outputs={"result1": "DataFrame", "result2": "DataFrame"},
        **fields,
    )


def run(
    executor: LocalExecutor,
    spec: StepSpec,
    tmp_path: Path,
    limits: Limits | None = None,
    **callbacks: Callable[..., Any],
) -> tuple[ExecutionResult, Log]:
    log = callbacks.pop("on_log", None) or Log()
    result = executor.execute(spec, tmp_path / "work", limits or Limits(timeout_seconds=30), log, **callbacks)
    return result, log


# How a step names its process to these tests: by its pid on the machine. A root
# worker's step is process 1 of a PID namespace with a /proc of its own (os.getpid()
# says 1) and runs as STEP_UID_BASE + its pid on the machine; other steps see the
# machine's pids. script_step() puts this in for HOST_PID.
HOST_PID = f"(os.getuid() - {STEP_UID_BASE} if os.getuid() >= {STEP_UID_BASE} else os.getpid())"


def parent_of(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[1])


def children_of(pid: int) -> list[int]:
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def pid_is_gone(pid: int) -> bool:
    """Dead: no such process, or a zombie (killed, waiting for whoever reaps orphans)."""
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
        except FileNotFoundError:
            return True
        if state == "Z":
            return True
        time.sleep(0.01)
    return False


def test_a_trivial_step_completes_and_its_outputs_exist(executor: LocalExecutor, tmp_path: Path) -> None:
    module = BUILTIN_MODULES["sample_dataset"].spec
    spec = StepSpec(
        step_id="s1",
        module=module.slug,
        version="1.0.0",
        entrypoint=module.entrypoint,
        params={"name": "iris"},
        outputs={"dataset": "DataFrame"},
    )

    result, _ = run(executor, spec, tmp_path)

    assert result.status == "completed", result.error
    assert result.exit_code == 0
    assert result.outputs == {"dataset": str(tmp_path / "work" / "outputs" / "dataset")}
    assert read_frame(Path(result.outputs["dataset"]) / DATAFRAME_FILE).shape == (150, 5)
    assert result.duration_seconds < 5


def test_inputs_go_in_and_print_lines_come_out_even_from_subprocesses(executor: LocalExecutor, tmp_path: Path) -> None:
    pd.DataFrame({"a": [1, 2, 3]}).to_parquet(tmp_path / "data.parquet")
    source = """
        import os, sys
        def main(dataframe1, dataframe2):
            print("rows:", len(dataframe1))
            print("to stderr", file=sys.stderr)
            os.system("echo from a shell")
            progress(0.5, "half")
            log_metric("total", dataframe1["a"].sum())
            return dataframe1 * 10,
    """
    spec = script_step(source, inputs={"dataframe1": str(tmp_path)}, input_types={"dataframe1": "DataFrame"})
    progress: list[tuple[float, str]] = []

    result, log = run(executor, spec, tmp_path, on_progress=lambda f, m: progress.append((f, m)))

    assert result.status == "completed", result.error
    assert log.lines == ["rows: 3", "to stderr", "from a shell"]
    assert progress == [(0.5, "half")]
    assert result.metrics == {"total": 6.0}
    assert read_frame(Path(result.outputs["result1"]) / DATAFRAME_FILE)["a"].tolist() == [10, 20, 30]


def test_an_exception_fails_the_step_with_the_users_traceback_only(executor: LocalExecutor, tmp_path: Path) -> None:
    source = """
        def main(dataframe1, dataframe2):
            ratio = 1 / 0
            return None
    """

    result, _ = run(executor, script_step(source), tmp_path)

    assert result.status == "failed"
    assert result.error == "ZeroDivisionError: division by zero"
    assert result.traceback.startswith('Traceback (most recent call last):\n  File "script.py", line 3, in main\n')
    assert result.traceback.count('File "') == 1
    assert result.exit_code == 0


def test_a_busy_loop_times_out_within_the_limit(executor: LocalExecutor, tmp_path: Path) -> None:
    source = """
        import os
        def main(dataframe1, dataframe2):
            print("pid", HOST_PID)
            while True:
                pass
    """
    started = time.monotonic()

    result, log = run(executor, script_step(source), tmp_path, Limits(timeout_seconds=2))

    assert result.status == "timeout"
    assert result.error == "step exceeded its 2 s time limit"
    assert 2 <= time.monotonic() - started < 3.5
    assert result.exit_code == -signal.SIGKILL
    assert pid_is_gone(int(log.wait_for("pid ").split()[1]))


def test_cancel_kills_the_step_and_its_children(executor: LocalExecutor, tmp_path: Path) -> None:
    source = """
        import os, subprocess, time
        def main(dataframe1, dataframe2):
            child = subprocess.Popen(["sleep", "60"])
            print("pid", HOST_PID, flush=True)
            time.sleep(60)
    """
    log = Log()
    cancel = threading.Event()
    pids: list[int] = []

    def cancel_once_started() -> None:
        step = int(log.wait_for("pid ").split()[1])
        pids.extend([step, *children_of(step)])
        cancel.set()

    threading.Thread(target=cancel_once_started, daemon=True).start()

    result, _ = run(executor, script_step(source), tmp_path, on_log=log, should_cancel=cancel.is_set)

    assert result.status == "canceled"
    assert result.error == "step was canceled"
    assert len(pids) == 2  # the step and its sleep
    assert all(pid_is_gone(pid) for pid in pids)


def test_a_memory_hog_fails_with_a_memory_reason(executor: LocalExecutor, tmp_path: Path) -> None:
    source = """
        import numpy as np
        def main(dataframe1, dataframe2):
            hog = np.ones(2 * 1024**3 // 8)
    """

    result, _ = run(executor, script_step(source), tmp_path, Limits(timeout_seconds=30, memory_bytes=512 * 1024**2))

    assert result.status == "failed"
    assert result.error.startswith("step ran out of memory (limit 512 MiB): MemoryError: Unable to allocate 2.00 GiB")


def test_the_step_sees_none_of_the_workers_environment(
    executor: LocalExecutor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parent_secret: str
) -> None:
    # The executor fixture started its fork server with this in the environment, too.
    monkeypatch.setenv("SECRET_KEY", parent_secret)
    source = """
        import os
        def main(dataframe1, dataframe2):
            print("keys", ",".join(sorted(os.environ)))
            print("secret in /proc", b"SECRET_KEY" in open("/proc/self/environ", "rb").read())
            print("cwd", os.getcwd())
    """

    result, log = run(executor, script_step(source), tmp_path)

    assert result.status == "completed", result.error
    assert log.lines == [
        "keys HOME,LANG,PATH,PYTHONHASHSEED,TMPDIR",
        "secret in /proc False",
        f"cwd {tmp_path / 'work'}",
    ]


def test_a_step_killed_from_outside_fails_naming_the_signal(executor: LocalExecutor, tmp_path: Path) -> None:
    source = """
        import os, time
        def main(dataframe1, dataframe2):
            print("pid", HOST_PID, flush=True)
            time.sleep(60)
    """
    log = Log()
    threading.Thread(target=lambda: os.kill(int(log.wait_for("pid ").split()[1]), signal.SIGKILL), daemon=True).start()

    result, _ = run(executor, script_step(source), tmp_path, on_log=log)

    assert result.status == "failed"
    assert result.error == "step process was killed by SIGKILL"
    assert result.exit_code == -signal.SIGKILL


def test_the_cpu_limit_stops_a_step_that_computes_too_long(executor: LocalExecutor, tmp_path: Path) -> None:
    source = """
        def main(dataframe1, dataframe2):
            while True:
                pass
    """

    result, _ = run(executor, script_step(source), tmp_path, Limits(timeout_seconds=30, cpu_seconds=1))

    assert result.status == "failed"
    assert result.error == "step process was killed by SIGXCPU (it used up its CPU time limit of 1 s)"


def test_steps_can_run_from_several_threads_at_once(executor: LocalExecutor, tmp_path: Path) -> None:
    source = """
        import time
        def main(dataframe1, dataframe2):
            time.sleep(0.3)
            print("done")
    """
    results: dict[int, ExecutionResult] = {}

    def one(index: int) -> None:
        results[index], _ = run(executor, script_step(source), tmp_path / str(index))

    started = time.monotonic()
    threads = [threading.Thread(target=one, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [results[i].status for i in range(4)] == ["completed"] * 4
    assert time.monotonic() - started < 1.5  # in parallel, not one after another


def test_a_dead_fork_server_takes_its_steps_along_and_is_replaced(executor: LocalExecutor, tmp_path: Path) -> None:
    source = """
        import os, time
        def main(dataframe1, dataframe2):
            print("pid", HOST_PID, flush=True)
            time.sleep(60)
    """
    log = Log()

    def kill_the_server() -> None:
        os.kill(parent_of(int(log.wait_for("pid ").split()[1])), signal.SIGKILL)

    threading.Thread(target=kill_the_server, daemon=True).start()
    result, _ = run(executor, script_step(source), tmp_path, on_log=log)

    assert result.status == "failed"
    assert result.error == "step process was lost: the fork server exited"
    assert pid_is_gone(int(log.wait_for("pid ").split()[1]))
    again, _ = run(executor, script_step("def main(a, b):\n    pass\n"), tmp_path / "again")
    assert again.status == "completed", again.error


def _execute_in_pool_worker(workdir: str) -> tuple[str, str]:
    local = LocalExecutor(preload=["runner.step_runtime"], warm_up=[])
    try:
        spec = StepSpec(step_id="s1", module="noop", version="1", entrypoint="main", source="def main(ctx): pass")
        result = local.execute(spec, Path(workdir), Limits(timeout_seconds=30), lambda line: None)
    finally:
        local.close()
    return result.status, result.error


def test_it_works_inside_a_daemonic_celery_pool_process(tmp_path: Path) -> None:
    # Celery's prefork pool runs tasks in daemonic billiard processes, from which
    # multiprocessing refuses to start children.
    import billiard

    with billiard.Pool(1) as pool:
        assert pool.apply(_execute_in_pool_worker, (str(tmp_path),)) == ("completed", "")


def test_get_executor_hands_out_one_local_executor_per_process() -> None:
    from runner.executors import get_executor

    assert get_executor("local") is get_executor("local")
    with pytest.raises(ValueError, match="unknown executor kind 'quantum'"):
        get_executor("quantum")


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="needs two cores to show one taken away")
def test_a_cpu_limit_pins_the_step_to_that_many_cores(executor: LocalExecutor, tmp_path: Path) -> None:
    spec = script_step(
        """
        import os
        def main(dataframe1, dataframe2):
            print("cores", len(os.sched_getaffinity(0)))
        """
    )
    result, log = run(executor, spec, tmp_path, Limits(timeout_seconds=30, cpus=0.5))
    assert result.status == "completed", result.error
    assert log.wait_for("cores") == "cores 1"
    result, log = run(executor, spec, tmp_path / "again", Limits(timeout_seconds=30))
    assert log.wait_for("cores") == f"cores {len(os.sched_getaffinity(0))}"


def fork_server_pid(executor: LocalExecutor) -> int:
    server = executor._server._process
    assert server is not None
    return server.pid


def _fork_server_children(executor: LocalExecutor) -> list[int]:
    return children_of(fork_server_pid(executor))


def test_a_step_runs_in_a_process_forked_before_it_was_asked_for(executor: LocalExecutor, tmp_path: Path) -> None:
    # The spare is forked (and warmed up) while the executor is idle, so a request
    # only hands it its work.
    source = """
        import os
        def main(dataframe1, dataframe2):
            ticks = int(open("/proc/self/stat").read().rpartition(")")[2].split()[19])
            print("started", ticks / os.sysconf("SC_CLK_TCK"))
    """
    run(executor, script_step("def main(a, b):\n    pass\n"), tmp_path / "first")
    time.sleep(0.5)
    asked = time.clock_gettime(time.CLOCK_BOOTTIME)

    result, log = run(executor, script_step(source), tmp_path)

    assert result.status == "completed", result.error
    assert float(log.wait_for("started ").split()[1]) < asked - 0.2


def test_a_spare_step_process_that_died_is_replaced_on_demand(executor: LocalExecutor, tmp_path: Path) -> None:
    run(executor, script_step("def main(a, b):\n    pass\n"), tmp_path / "first")
    deadline = time.monotonic() + 10
    while not (spares := _fork_server_children(executor)) and time.monotonic() < deadline:
        time.sleep(0.01)
    for pid in spares:
        os.kill(pid, signal.SIGKILL)
    assert all(pid_is_gone(pid) for pid in spares)

    result, log = run(executor, script_step("def main(a, b):\n    print('still here')\n"), tmp_path)

    assert result.status == "completed", result.error
    assert log.lines == ["still here"]


def test_every_line_printed_just_before_the_step_ends_arrives_in_order(executor: LocalExecutor, tmp_path: Path) -> None:
    # The step is let go as soon as it says it is over, without waiting for its
    # process to exit: what it printed must still all be read.
    source = """
        import sys
        def main(dataframe1, dataframe2):
            for i in range(3000):
                print("line", i)
            sys.stdout.write("no newline at the end")
    """

    result, log = run(executor, script_step(source), tmp_path)

    assert result.status == "completed", result.error
    assert log.lines == [f"line {i}" for i in range(3000)] + ["no newline at the end"]


def _alone_after(setup: str) -> bool:
    """forkserver._alone() in a fresh process after running `setup` there."""
    from runner.executors import forkserver

    pid = os.fork()
    if pid == 0:
        code = 2
        try:
            exec(textwrap.dedent(setup), {})
            code = 0 if forkserver._alone() else 1
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    assert code in (0, 1), f"the check itself failed ({code})"
    return code == 0


def test_a_step_is_only_let_go_early_when_nothing_of_it_can_still_run() -> None:
    assert _alone_after("pass")
    assert not _alone_after("import threading, time\nthreading.Thread(target=time.sleep, args=(1,)).start()")
    assert not _alone_after("import subprocess\nsubprocess.Popen(['sleep', '1'])")


def test_a_step_runs_at_normal_priority_though_its_process_warmed_up_in_the_background(
    executor: LocalExecutor, tmp_path: Path
) -> None:
    source = """
        import os
        def main(dataframe1, dataframe2):
            print("niceness", os.getpriority(os.PRIO_PROCESS, 0))
    """

    result, log = run(executor, script_step(source), tmp_path)

    assert result.status == "completed", result.error
    assert log.lines == [f"niceness {os.getpriority(os.PRIO_PROCESS, 0)}"]
