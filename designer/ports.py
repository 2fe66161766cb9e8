"""What the design domain needs from the run side: interfaces declared here, which the
runner registers when its app is ready (runner/apps.py).

designer never imports runner (tests/unit/test_imports.py): the run engine is built on
the design domain (graph documents, module specs, compiled plans), and importing it
back would make the two one tangle. Three things the design domain uses live with the
engine, so it reaches them through these interfaces:

- the built-in module library (runner/modules/): each module's spec and code digest,
  which `designer.services.modules_sync_builtin` loads into the registry and
  `designer.registry.module_publish` keeps custom slugs clear of;
- the artifact store (runner/artifacts.py), which an uploaded dataset goes into;
- the environment the local executor starts its fork server with, which holds none of
  the server's secrets; the table reader (designer/table_reader.py) starts its process
  with it too.

Every process that sets up Django with the runner installed (web, worker, management
commands, tests) has them. Asking before that raises `RunSideNotRegistered`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from designer.graph.spec import ModuleSpec


class BuiltinModules(Protocol):
    """The built-in module library, read on every call (so a test may swap a module)."""

    def specs(self) -> Mapping[str, ModuleSpec]:
        """Every built-in module's spec by slug, in the library's order."""
        ...

    def code_digest(self, slug: str) -> str:
        """The digest of the module's code that goes into its steps' cache keys."""
        ...


class ArtifactStorage(Protocol):
    def put_directory(self, source: Path, *, port_type: str) -> str:
        """Copy the folder `source` into the store as an artifact of `port_type`, remove
        `source`, and return the artifact's content digest."""
        ...


@dataclass(frozen=True)
class _RunSide:
    builtin_modules: BuiltinModules
    # Factories: the store's root and the temp folder come from settings and the
    # environment at the time of the call.
    artifact_storage: Callable[[], ArtifactStorage]
    child_process_environment: Callable[[], dict[str, str]]


class RunSideNotRegistered(RuntimeError):
    pass


_registered: _RunSide | None = None


def register(
    *,
    builtin_modules: BuiltinModules,
    artifact_storage: Callable[[], ArtifactStorage],
    child_process_environment: Callable[[], dict[str, str]],
) -> None:
    """Called by the runner as its app becomes ready; a second call replaces the first."""
    global _registered
    _registered = _RunSide(builtin_modules, artifact_storage, child_process_environment)


def _run_side(wanted: str) -> _RunSide:
    if _registered is None:
        raise RunSideNotRegistered(
            f"{wanted} is asked for before the runner registered it: the runner app registers it "
            "when Django starts (runner.apps.RunnerConfig.ready), so 'runner' must be in INSTALLED_APPS "
            "and django.setup() must have run"
        )
    return _registered


def builtin_modules() -> BuiltinModules:
    return _run_side("the built-in module library").builtin_modules


def artifact_storage() -> ArtifactStorage:
    return _run_side("the artifact store").artifact_storage()


def child_process_environment() -> dict[str, str]:
    """The whole environment for a process that handles untrusted input: PATH, locale,
    a temporary HOME and TMPDIR, a fixed hash seed, and no secrets (SECRET_KEY,
    DATABASE_URL, REDIS_URL)."""
    return _run_side("the child process environment").child_process_environment()
