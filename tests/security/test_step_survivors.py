"""Nothing of a step survives the step, and what it stored cannot be changed afterwards.

A step runs as process 1 of a PID namespace of its own where the worker may create one
(a root worker): when it ends, the kernel kills everything it started, however it
detached. Its outputs are copied into read-only files of the worker's user and hashed
from the copies, and an artifact that is not sealed that way is re-hashed before a
cache hit hands it out.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from runner.artifacts import ArtifactStore, UnsafeArtifact, directory_digest
from runner.executors import sandbox
from runner.executors.forkserver import STEP_UID_BASE
from runner.executors.local import LocalExecutor
from runner.step_contract import Limits
from runner.tables import DATAFRAME_FILE, read_frame
from tests.security.test_hostile_code import script
from tests.unit.runner.test_local_executor import run

needs_namespaces = pytest.mark.skipif(not sandbox.can_use_namespaces(), reason="PID namespaces need a root worker")


def processes_of(uid: int) -> list[int]:
    """Live (non-zombie) processes of this uid on the machine."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = dict(line.split(":", 1) for line in (entry / "status").read_text().splitlines() if ":" in line)
        except OSError:
            continue
        if int(status["Uid"].split()[0]) == uid and not status["State"].strip().startswith("Z"):
            found.append(int(entry.name))
    return found


def uid_is_gone(uid: int) -> bool:
    """Every process of a step runs as its uid; SIGKILL takes a moment to land."""
    assert uid >= STEP_UID_BASE, "steps of a root worker run as a uid of their own"
    deadline = time.monotonic() + 3
    while processes_of(uid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not processes_of(uid)


# A grandchild in a session of its own, that waits for the step to end and then
# rewrites the step's output: the shape of the attack that once reached another
# workspace through a shared artifact.
DETACHED_REWRITER = """
    import subprocess, sys, time
    out = os.path.join(os.getcwd(), "outputs", "result1", "data.arrow")
    rewriter = (
        "import os, sys, time\\n"
        "if os.fork(): sys.exit(0)\\n"
        "os.setsid()\\n"
        "time.sleep(1.5)\\n"
        f"open({out!r}, 'wb').write(b'tampered')\\n"
    )
    subprocess.run([sys.executable, "-c", rewriter], check=True)
    print("uid", os.getuid(), flush=True)
    time.sleep(0.2)
    import pandas as pd
    return pd.DataFrame({"x": [1, 2, 3]}), None
"""


@needs_namespaces
def test_a_detached_grandchild_dies_with_its_step(executor: LocalExecutor, tmp_path: Path) -> None:
    result, log = run(executor, script(DETACHED_REWRITER), tmp_path, Limits(timeout_seconds=30))

    assert result.status == "completed", (result.error, log.lines)
    assert uid_is_gone(int(log.wait_for("uid ").split()[1])), "a process the step started outlived it"
    output = tmp_path / "work" / "outputs" / "result1" / DATAFRAME_FILE
    time.sleep(2)  # past the moment it meant to strike
    assert read_frame(output)["x"].tolist() == [1, 2, 3]


@needs_namespaces
def test_a_step_that_never_returns_takes_its_detached_processes_along_at_the_time_limit(
    executor: LocalExecutor, tmp_path: Path
) -> None:
    body = """
        import subprocess, sys, time
        spawner = (
            "import os, time\\n"
            "if os.fork() == 0:\\n"
            "    os.setsid()\\n"
            "    time.sleep(600)\\n"
        )
        subprocess.run([sys.executable, "-c", spawner], check=True)
        print("uid", os.getuid(), flush=True)
        time.sleep(600)
    """

    result, log = run(executor, script(body), tmp_path, Limits(timeout_seconds=3))

    assert result.status == "timeout"
    assert uid_is_gone(int(log.wait_for("uid ").split()[1]))


def test_a_stored_output_is_a_read_only_copy_hashed_from_what_was_copied(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path / "store")
    output = tmp_path / "work" / "outputs" / "result1"
    output.mkdir(parents=True)
    (output / "data.parquet").write_bytes(b"the step's bytes")
    # A descriptor the step kept open on its own output.
    kept_open = open(output / "data.parquet", "r+b")  # noqa: SIM115

    digest = store.put_directory(output, port_type="AnyFile")
    kept_open.write(b"rewritten later")
    kept_open.close()

    stored = store.path(digest) / "data.parquet"
    assert stored.read_bytes() == b"the step's bytes"
    assert directory_digest(store.path(digest))[0] == digest
    info = stored.stat()
    assert info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert not output.exists()


def test_an_output_nobody_else_holds_is_moved_into_the_store_not_copied(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path / "store")
    output = tmp_path / "work" / "outputs" / "result1"
    output.mkdir(parents=True)
    (output / DATAFRAME_FILE).write_bytes(b"a large table")
    inode = (output / DATAFRAME_FILE).stat().st_ino

    digest = store.put_directory(output, port_type="DataFrame")

    stored = store.path(digest) / DATAFRAME_FILE
    info = stored.stat()
    assert info.st_ino == inode, "the file was copied"
    assert stored.read_bytes() == b"a large table"
    assert directory_digest(store.path(digest))[0] == digest
    assert info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert store.intact(digest)
    assert not output.exists()


def test_an_output_with_another_name_is_copied_so_that_name_changes_nothing_stored(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path / "store")
    output = tmp_path / "out"
    output.mkdir()
    (output / "data.bin").write_bytes(b"the step's bytes")
    elsewhere = tmp_path / "kept-by-the-step"
    os.link(output / "data.bin", elsewhere)

    digest = store.put_directory(output, port_type="AnyFile")
    elsewhere.chmod(0o600)
    elsewhere.write_bytes(b"rewritten later")

    stored = store.path(digest) / "data.bin"
    assert stored.read_bytes() == b"the step's bytes"
    assert stored.stat().st_ino != elsewhere.stat().st_ino
    assert store.intact(digest)


def test_an_output_mapped_by_a_process_is_copied(tmp_path: Path) -> None:
    import mmap

    store = ArtifactStore(tmp_path / "store")
    output = tmp_path / "out"
    output.mkdir()
    (output / "data.bin").write_bytes(b"the step's bytes")
    with open(output / "data.bin", "r+b") as file:
        mapping = mmap.mmap(file.fileno(), 0)  # outlives the descriptor

    digest = store.put_directory(output, port_type="AnyFile")
    mapping[:3] = b"XXX"
    mapping.close()

    assert (store.path(digest) / "data.bin").read_bytes() == b"the step's bytes"
    assert store.intact(digest)


def test_a_changed_artifact_is_not_handed_out_and_is_replaced_by_the_next_put(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path / "store")
    source = tmp_path / "out"
    source.mkdir()
    (source / "data.bin").write_bytes(b"original")
    digest = store.put_directory(source, port_type="AnyFile")
    assert store.intact(digest)

    stored = store.path(digest) / "data.bin"
    stored.chmod(0o644)
    stored.write_bytes(b"tampered")

    assert not store.intact(digest)
    source.mkdir()
    (source / "data.bin").write_bytes(b"original")
    assert store.put_directory(source, port_type="AnyFile") == digest
    assert stored.read_bytes() == b"original"
    assert store.intact(digest)


def test_an_unsealed_artifact_with_the_right_bytes_is_verified_once_then_sealed(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path / "store")
    source = tmp_path / "out"
    source.mkdir()
    (source / "data.bin").write_bytes(b"same bytes")
    digest = store.put_directory(source, port_type="AnyFile")
    stored = store.path(digest) / "data.bin"
    stored.chmod(0o666)  # as older stores left them

    assert store.intact(digest)
    assert not stored.stat().st_mode & 0o222


@pytest.mark.parametrize("kind", ["symlink", "fifo"])
def test_an_output_that_is_a_link_or_a_pipe_is_refused(tmp_path: Path, kind: str) -> None:
    store = ArtifactStore(tmp_path / "store")
    secret = tmp_path / "secret"
    secret.write_text("the worker can read this, the step cannot")
    output = tmp_path / "out"
    output.mkdir()
    if kind == "symlink":
        (output / "data.parquet").symlink_to(secret)
    else:
        os.mkfifo(output / "data.parquet")

    with pytest.raises(UnsafeArtifact, match="outputs must be files"):
        store.put_directory(output, port_type="AnyFile")
    assert not (tmp_path / "store" / "sha256").exists()
    assert not any((tmp_path / "store" / "staging").iterdir())
