"""Steps running at once cannot starve or see each other, and reach no network.

Each step of a root worker runs as a uid of its own (so its process limit is its own),
with a /dev/shm of its own, and without the network unless its limits allow it:
Landlock covers TCP only, a network namespace of its own covers UDP and the rest.
"""

from __future__ import annotations

import socket
import threading
import uuid
from pathlib import Path

import pytest

from runner.executors import sandbox
from runner.executors.local import LocalExecutor
from runner.step_contract import ExecutionResult, Limits
from tests.security.test_hostile_code import lines_of, script
from tests.step_log import Log
from tests.unit.runner.test_local_executor import run

needs_namespaces = pytest.mark.skipif(not sandbox.can_use_namespaces(), reason="namespaces need a root worker")


@needs_namespaces
def test_a_step_holding_its_whole_process_limit_does_not_starve_another(
    executor: LocalExecutor, tmp_path: Path
) -> None:
    limits = Limits(timeout_seconds=60, max_processes=24)
    hog = script(
        """
        import subprocess, time
        held = []
        try:
            while True:
                held.append(subprocess.Popen(["sleep", "30"]))
        except OSError:
            pass
        print("holding", len(held), flush=True)
        while not os.path.exists(os.environ["HOME"] + "/release"):
            time.sleep(0.05)
        for child in held:
            child.kill()
        """
    )
    other = script(
        """
        import subprocess
        children = [subprocess.Popen(["true"]) for _ in range(10)]
        print("started", sum(child.wait() == 0 for child in children))
        """
    )
    hog_log = Log()
    results: dict[str, ExecutionResult] = {}
    hog_thread = threading.Thread(
        target=lambda: results.update(hog=run(executor, hog, tmp_path / "hog", limits, on_log=hog_log)[0])
    )
    hog_thread.start()
    try:
        held = int(hog_log.wait_for("holding ").split()[1])
        assert held >= 15  # it really sits on (nearly) all of its limit
        result, log = run(executor, other, tmp_path / "other", limits)
    finally:
        (tmp_path / "hog" / "work" / "release").touch()
        hog_thread.join(timeout=60)

    assert lines_of(result, log) == {"started": "10"}
    assert results["hog"].status == "completed", results["hog"].error


@needs_namespaces
def test_shared_memory_is_private_to_each_step(executor: LocalExecutor, tmp_path: Path) -> None:
    name = f"pipewright-probe-{uuid.uuid4().hex[:8]}"
    writer = script(
        f"""
        from multiprocessing import shared_memory
        block = shared_memory.SharedMemory(name="{name}", create=True, size=16)
        block.buf[:6] = b"secret"
        open("/dev/shm/{name}-note", "w").write("secret")
        print("listing", sorted(os.listdir("/dev/shm")))
        """
    )
    reader = script('print("listing", sorted(os.listdir("/dev/shm")))')

    first, first_log = run(executor, writer, tmp_path / "first")
    second, second_log = run(executor, reader, tmp_path / "second")

    assert lines_of(first, first_log)["listing"] == str([name, f"{name}-note"])
    assert lines_of(second, second_log) == {"listing": "[]"}
    assert not list(Path("/dev/shm").glob(f"{name}*"))


@needs_namespaces
def test_udp_is_blocked_like_tcp_unless_the_limits_allow_the_network(executor: LocalExecutor, tmp_path: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.settimeout(1.0)
        port = listener.getsockname()[1]
        body = f"""
            import socket
            try:
                with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
                    sender.sendto(b"exfiltrated", ("127.0.0.1", {port}))
                print("udp", "sent")
            except OSError as exc:
                print("udp", type(exc).__name__, exc.errno)
        """

        blocked, blocked_log = run(executor, script(body), tmp_path / "blocked")
        with pytest.raises(TimeoutError):
            listener.recvfrom(100)
        allowed, allowed_log = run(
            executor, script(body), tmp_path / "allowed", Limits(timeout_seconds=30, network=True)
        )
        received, _ = listener.recvfrom(100)

    assert lines_of(blocked, blocked_log) == {"udp": "OSError 101"}  # ENETUNREACH
    assert lines_of(allowed, allowed_log) == {"udp": "sent"}
    assert received == b"exfiltrated"
