"""Warm step hosts, for real: one confined process per workspace runs step after step
of trusted code, and is replaced whenever a step could have left something behind."""

from __future__ import annotations

import os
import signal
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from runner.executors import sandbox
from runner.executors.local import HOST_MAX_STEPS, LocalExecutor
from runner.step_contract import SPEC_FILE, ExecutionResult, Limits, StepSpec
from runner.step_runtime import save_output
from runner.tables import DATAFRAME_FILE, read_frame
from tests.step_log import Log
from tests.unit.runner.test_local_executor import HOST_PID, pid_is_gone


@pytest.fixture(scope="module")
def executor() -> Iterator[LocalExecutor]:
    """An executor of this module's own: its tests kill its hosts. Each test compares
    the host pids it sees itself, so what an earlier test left does not matter."""
    local = LocalExecutor()
    local.warm_up()
    yield local
    local.close()


def probe(body: str, **fields: Any) -> StepSpec:
    """A step whose code is `body` (a function body returning a dict of outputs). The
    executor trusts the engine to give a warm key only to built-in code; these tests
    give one to probes to see what code in a host can and cannot do."""
    source = "import os, subprocess, time\nimport pandas as pd\n\n\ndef main(ctx, **inputs):\n"
    source += textwrap.indent(textwrap.dedent(body).replace("HOST_PID", HOST_PID), "    ")
    return StepSpec(
        step_id="probe",
        module="probe",
        version="1.0.0",
        entrypoint="custom:main",
        source=source,
        params={},
        outputs={"out": "DataFrame"},
        **fields,
    )


REPORT_PID = """
return {"out": pd.DataFrame({"pid": [HOST_PID], "uid": [os.geteuid()]})}
"""


def run(
    executor: LocalExecutor,
    spec: StepSpec,
    workdir: Path,
    *,
    warm_key: str | None = "workspace-1",
    limits: Limits | None = None,
    **callbacks: Any,
) -> ExecutionResult:
    log = Log()
    return executor.execute(spec, workdir, limits or Limits(timeout_seconds=30), log, warm_key=warm_key, **callbacks)


def reported(workdir: Path) -> dict[str, int]:
    frame = read_frame(workdir / "outputs" / "out" / DATAFRAME_FILE)
    return {"pid": int(frame["pid"][0]), "uid": int(frame["uid"][0])}


def pid_of_step(executor: LocalExecutor, tmp_path: Path, name: str, **kwargs: Any) -> int:
    workdir = tmp_path / name
    result = run(executor, probe(REPORT_PID), workdir, **kwargs)
    assert result.status == "completed", (result.error, result.traceback)
    return reported(workdir)["pid"]


def test_steps_with_one_warm_key_run_one_after_another_in_one_process(executor: LocalExecutor, tmp_path: Path) -> None:
    warm = [pid_of_step(executor, tmp_path, f"warm{i}") for i in range(4)]
    fresh = [pid_of_step(executor, tmp_path, f"fresh{i}", warm_key=None) for i in range(2)]

    assert len(set(warm)) == 1, "each step of one workspace was a new process"
    assert len(set(fresh)) == 2 and not set(fresh) & set(warm)


def test_outputs_arrive_where_the_engine_reads_them_and_inputs_are_read(
    executor: LocalExecutor, tmp_path: Path
) -> None:
    artifact = tmp_path / "store" / "digest"
    save_output(pd.DataFrame({"x": [1, 2, 3]}), "DataFrame", artifact, "dataset")
    spec = probe(
        'return {"out": inputs["dataset"].assign(y=inputs["dataset"]["x"] * 10)}',
        inputs={"dataset": str(artifact)},
        input_types={"dataset": "DataFrame"},
    )

    result = run(executor, spec, tmp_path / "work")

    assert result.status == "completed", result.error
    assert read_frame(tmp_path / "work" / "outputs" / "out" / DATAFRAME_FILE)["y"].tolist() == [10, 20, 30]


def test_each_workspace_has_a_host_of_its_own(executor: LocalExecutor, tmp_path: Path) -> None:
    first = run(executor, probe(REPORT_PID), tmp_path / "a", warm_key="workspace-1")
    second = run(executor, probe(REPORT_PID), tmp_path / "b", warm_key="workspace-2")

    assert first.status == second.status == "completed"
    a, b = reported(tmp_path / "a"), reported(tmp_path / "b")
    assert a["pid"] != b["pid"]
    if sandbox.can_use_namespaces():
        assert a["uid"] != b["uid"], "two workspaces' hosts share a uid"


@pytest.mark.skipif(not sandbox.landlock_abi(), reason="needs Landlock")
def test_a_host_reads_its_own_inputs_and_nothing_else_of_the_worker(executor: LocalExecutor, tmp_path: Path) -> None:
    given = tmp_path / "store" / "given"
    other = tmp_path / "store" / "not-given"
    save_output(pd.DataFrame({"x": [1]}), "DataFrame", given, "dataset")
    save_output(pd.DataFrame({"secret": [42]}), "DataFrame", other, "dataset")
    for file in (given / DATAFRAME_FILE, other / DATAFRAME_FILE):
        file.chmod(0o444)  # sealed, as the store leaves artifacts
    settings_file = Path(__file__).resolve().parents[3] / "designer" / "settings.py"
    body = f"""
    import glob
    linked_input = glob.glob(os.path.join(os.getcwd(), "input-*", "*"))[0]
    attempts = {{
        "read another artifact": lambda: open({str(other / DATAFRAME_FILE)!r}, "rb").read(),
        "list the store": lambda: os.listdir({str(tmp_path / "store")!r}),
        "change its input": lambda: open(linked_input, "ab").write(b"x"),
        "read the server's settings": lambda: open({str(settings_file)!r}).read(),
    }}
    outcomes = {{}}
    for name, attempt in attempts.items():
        try:
            attempt()
            outcomes[name] = "allowed"
        except OSError as exc:
            outcomes[name] = type(exc).__name__
    return {{"out": pd.DataFrame({{"probe": list(outcomes), "outcome": list(outcomes.values())}})}}
    """
    spec = probe(body, inputs={"dataset": str(given)}, input_types={"dataset": "DataFrame"})

    result = run(executor, spec, tmp_path / "work")

    assert result.status == "completed", (result.error, result.traceback)
    frame = read_frame(tmp_path / "work" / "outputs" / "out" / DATAFRAME_FILE)
    outcomes = dict(zip(frame["probe"], frame["outcome"], strict=True))
    assert "allowed" not in outcomes.values(), outcomes
    assert read_frame(given / DATAFRAME_FILE)["x"].tolist() == [1], "the stored input changed"


def test_a_step_that_fails_gets_its_host_replaced(executor: LocalExecutor, tmp_path: Path) -> None:
    before = pid_of_step(executor, tmp_path, "before")
    failed = run(executor, probe("raise ValueError('broken on purpose')"), tmp_path / "failed")
    after = pid_of_step(executor, tmp_path, "after")

    assert failed.status == "failed" and "broken on purpose" in failed.error
    assert after != before
    assert pid_is_gone(before)


def test_a_process_a_step_leaves_behind_dies_with_its_host_before_the_outputs_are_taken(
    executor: LocalExecutor, tmp_path: Path
) -> None:
    body = """
    out = os.path.join(os.getcwd(), "outputs", "out")
    # Waits until the step is over, then tries to change what the step produced.
    script = f"import time, os; time.sleep(0.5); open(os.path.join({out!r}, 'DATAFRAME_FILE'), 'wb').write(b'tampered')"
    child = subprocess.Popen(["python3", "-c", script], start_new_session=True)
    return {"out": pd.DataFrame({"pid": [HOST_PID], "child": [child.pid]})}
    """
    result = run(executor, probe(body.replace("DATAFRAME_FILE", DATAFRAME_FILE)), tmp_path / "work")
    time.sleep(1)

    assert result.status == "completed", result.error
    frame = read_frame(tmp_path / "work" / "outputs" / "out" / DATAFRAME_FILE)  # intact
    assert pid_is_gone(int(frame["pid"][0])), "the host outlived a step that left a process behind"
    assert pid_of_step(executor, tmp_path, "next") != int(frame["pid"][0])


def test_a_step_over_its_time_limit_is_killed_with_its_host(executor: LocalExecutor, tmp_path: Path) -> None:
    host = pid_of_step(executor, tmp_path, "before")
    started = time.monotonic()
    result = run(executor, probe("while True: pass"), tmp_path / "slow", limits=Limits(timeout_seconds=1))

    assert result.status == "timeout"
    assert time.monotonic() - started < 10
    assert pid_is_gone(host)
    assert pid_of_step(executor, tmp_path, "after") != host


def test_a_canceled_step_is_killed_with_its_host(executor: LocalExecutor, tmp_path: Path) -> None:
    host = pid_of_step(executor, tmp_path, "before")
    asked = time.monotonic() + 0.5
    result = run(executor, probe("time.sleep(60)"), tmp_path / "slow", should_cancel=lambda: time.monotonic() > asked)

    assert result.status == "canceled"
    assert pid_is_gone(host)


def test_a_host_that_died_between_steps_is_replaced(executor: LocalExecutor, tmp_path: Path) -> None:
    host = pid_of_step(executor, tmp_path, "before")
    os.kill(host, signal.SIGKILL)
    assert pid_is_gone(host)

    assert pid_of_step(executor, tmp_path, "after") != host


def test_a_host_is_replaced_after_its_quota_of_steps(
    executor: LocalExecutor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("runner.executors.local.HOST_MAX_STEPS", 3)
    # A key no earlier test used: its host starts with this test's first step.
    pids = [pid_of_step(executor, tmp_path, f"s{i}", warm_key="workspace-quota") for i in range(6)]

    assert HOST_MAX_STEPS > 3
    assert len(set(pids[:3])) == 1 and len(set(pids[3:])) == 1 and pids[0] != pids[3]


def test_a_step_with_the_network_or_a_cpu_budget_gets_a_fresh_process(executor: LocalExecutor, tmp_path: Path) -> None:
    host = pid_of_step(executor, tmp_path, "warm")

    budget = pid_of_step(executor, tmp_path, "cpu", limits=Limits(timeout_seconds=30, cpu_seconds=10))
    network = pid_of_step(executor, tmp_path, "net", limits=Limits(timeout_seconds=30, network=True))

    assert host not in (budget, network)
    assert pid_of_step(executor, tmp_path, "warm-again") == host


def test_a_step_with_large_inputs_gets_a_fresh_process(
    executor: LocalExecutor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    artifact = tmp_path / "store" / "big"
    save_output(pd.DataFrame({"x": range(1000)}), "DataFrame", artifact, "dataset")
    inputs = {"inputs": {"dataset": str(artifact)}, "input_types": {"dataset": "DataFrame"}}
    host = pid_of_step(executor, tmp_path, "small")
    monkeypatch.setattr("runner.executors.local.WARM_INPUT_MAX_BYTES", 100)

    result = run(executor, probe(REPORT_PID, **inputs), tmp_path / "big")

    assert result.status == "completed", result.error
    assert reported(tmp_path / "big")["pid"] != host
    assert pid_of_step(executor, tmp_path, "small-again") == host


# A step's view of its own folder: which folder it is (its inode), every file in it, and
# the columns of its input.
LOOK_AROUND = """
files = sorted(os.path.relpath(os.path.join(root, name)) for root, _, names in os.walk(".") for name in names)
columns = ",".join(inputs["dataset"].columns) if "dataset" in inputs else ""
return {"out": pd.DataFrame({"folder": [os.stat(".").st_ino], "files": ["\\n".join(files)], "columns": [columns]})}
"""


def looked(workdir: Path) -> dict[str, Any]:
    frame = read_frame(workdir / "outputs" / "out" / DATAFRAME_FILE)
    files = set(frame["files"][0].split("\n"))
    return {"folder": int(frame["folder"][0]), "files": files, "columns": frame["columns"][0]}


def stored(tmp_path: Path, name: str, frame: pd.DataFrame) -> dict[str, Any]:
    artifact = tmp_path / "store" / name
    save_output(frame, "DataFrame", artifact, "dataset")
    return {"inputs": {"dataset": str(artifact)}, "input_types": {"dataset": "DataFrame"}}


def two_steps_on_one_host(
    executor: LocalExecutor, tmp_path: Path, first_body: str, warm_key: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Run `first_body` then LOOK_AROUND as two steps of one warm key, the first step's
    folder given back in between as the engine gives it back; what each step saw."""
    first = run(
        executor,
        probe(first_body + "\n" + LOOK_AROUND, **stored(tmp_path, "a", pd.DataFrame({"x": [1]}))),
        tmp_path / "first",
        warm_key=warm_key,
    )
    assert first.status == "completed", (first.error, first.traceback)
    seen_first = looked(tmp_path / "first")
    # Held open, the first folder keeps its inode number even once deleted: a new folder
    # cannot get it and pass for the first one.
    pin = os.open(tmp_path / "first", os.O_RDONLY)
    try:
        executor.release(tmp_path / "first")
        second = run(
            executor,
            probe(LOOK_AROUND, **stored(tmp_path, "b", pd.DataFrame({"y": [2]}))),
            tmp_path / "second",
            warm_key=warm_key,
        )
        assert second.status == "completed", (second.error, second.traceback)
        return seen_first, looked(tmp_path / "second")
    finally:
        os.close(pin)


def test_a_step_folder_given_back_is_emptied_for_the_next_step_of_its_host(
    executor: LocalExecutor, tmp_path: Path
) -> None:
    leave_things = (
        'open("tmp/leftover.txt", "w").write("first step\'s")\n'
        'os.makedirs("outputs/extra")\n'
        'open("outputs/extra/left.txt", "w").write("first step\'s")\n'
    )

    seen_first, seen_second = two_steps_on_one_host(executor, tmp_path, leave_things, "workspace-recycle")

    assert {"tmp/leftover.txt", "outputs/extra/left.txt"} <= seen_first["files"]
    assert seen_second["folder"] == seen_first["folder"], "the second step did not get the first one's folders"
    assert seen_second["files"] == {SPEC_FILE, "input-0/data.arrow"}, "the first step left something behind"
    assert seen_second["columns"] == "y"


@pytest.mark.parametrize(
    "planting",
    [
        "os.unlink(SPEC); os.symlink(OUTSIDE_FILE, SPEC)",
        'os.rmdir("tmp"); os.symlink(OUTSIDE, "tmp")',
        'os.rename("input-0", "moved"); os.symlink(OUTSIDE, "input-0")',
        'open("planted", "w").write("for the next step")',
    ],
    ids=["spec-file-a-link", "tmp-a-link", "input-folder-a-link", "a-file-of-its-own"],
)
def test_a_step_folder_holding_what_no_step_is_given_is_deleted_not_reused(
    executor: LocalExecutor, tmp_path: Path, planting: str
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    canary = outside / "canary.txt"
    canary.write_text("untouched")
    body = planting.replace("OUTSIDE_FILE", repr(str(canary))).replace("OUTSIDE", repr(str(outside)))
    body = body.replace("SPEC", repr(SPEC_FILE))

    seen_first, seen_second = two_steps_on_one_host(executor, tmp_path, body, "workspace-planted")

    assert seen_second["folder"] != seen_first["folder"], "a folder a step had tampered with was reused"
    assert seen_second["files"] == {SPEC_FILE, "input-0/data.arrow"}
    assert sorted(os.listdir(outside)) == ["canary.txt"] and canary.read_text() == "untouched"
    deadline = time.monotonic() + 10
    while (tmp_path / "first").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not (tmp_path / "first").exists(), "the tampered folder was not deleted"
