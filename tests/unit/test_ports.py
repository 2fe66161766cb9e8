"""designer.ports: what the design domain uses of the run side is what the runner has,
registered as Django starts, and asking before that says what is missing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from designer import ports
from runner.artifacts import ArtifactStore
from runner.executors.local import server_environment
from runner.modules import BUILTIN_MODULES, code_digest


def test_the_builtin_modules_are_the_runners_library_in_its_order() -> None:
    builtins = ports.builtin_modules()

    assert list(builtins.specs()) == list(BUILTIN_MODULES)
    assert all(builtins.specs()[slug] is module.spec for slug, module in BUILTIN_MODULES.items())
    assert builtins.code_digest("split_data") == code_digest("split_data")


def test_the_builtin_modules_are_read_on_every_call(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(BUILTIN_MODULES, "split_data_copy", BUILTIN_MODULES["split_data"])

    assert "split_data_copy" in ports.builtin_modules().specs()


def test_the_artifact_storage_is_the_store_under_the_current_artifact_root(settings: Any, tmp_path: Path) -> None:
    settings.ARTIFACT_ROOT = tmp_path / "artifacts"
    folder = tmp_path / "table"
    folder.mkdir()
    (folder / "data.txt").write_text("rows")

    storage = ports.artifact_storage()
    digest = storage.put_directory(folder, port_type="AnyDirectory")

    assert isinstance(storage, ArtifactStore)
    assert (ArtifactStore(tmp_path / "artifacts").path(digest) / "data.txt").read_text() == "rows"


def test_the_child_process_environment_is_the_fork_servers_and_holds_no_secret(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SECRET_KEY", "do-not-pass-on")
    monkeypatch.setenv("DATABASE_URL", "postgres://secret@db/x")

    environment = ports.child_process_environment()

    assert environment == server_environment()
    assert not {"SECRET_KEY", "DATABASE_URL", "REDIS_URL"} & environment.keys()
    assert "do-not-pass-on" not in environment.values()


@pytest.mark.parametrize("ask", [ports.builtin_modules, ports.artifact_storage, ports.child_process_environment])
def test_asking_before_the_runner_registered_says_who_registers(monkeypatch: pytest.MonkeyPatch, ask: Any) -> None:
    monkeypatch.setattr(ports, "_registered", None)

    with pytest.raises(ports.RunSideNotRegistered, match=r"runner\.apps\.RunnerConfig\.ready"):
        ask()
