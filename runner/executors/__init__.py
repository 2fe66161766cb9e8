"""Executors run one step each; all implement runner.step_contract.Executor.

get_executor(kind, **options) hands out one executor per kind and options per process,
so a worker reuses the same warm fork server (local) or docker client (docker) for
every step it runs:

    get_executor("local")
    get_executor("docker", image="pipewright-step:latest", network=False)
"""

from __future__ import annotations

import os
import threading
from typing import Any

from runner.step_contract import ExecutionResult, ExecutionStatus, Executor, Limits, StepSpec

__all__ = [
    "EXECUTOR_KINDS",
    "ExecutionResult",
    "ExecutionStatus",
    "Executor",
    "Limits",
    "StepSpec",
    "get_executor",
]

EXECUTOR_KINDS: tuple[str, ...] = ("local", "docker")

_executors: dict[tuple[str, tuple[tuple[str, Any], ...]], Executor] = {}
_lock = threading.Lock()


def get_executor(kind: str, **options: Any) -> Executor:
    """The process-wide executor of this kind and options, created on first use.

    local takes no options; docker takes image (default pipewright-step:latest) and
    network (default False).
    """
    key = (kind, tuple(sorted(options.items())))
    with _lock:
        executor = _executors.get(key)
        if executor is None:
            executor = _executors[key] = _create(kind, options)
        return executor


def _create(kind: str, options: dict[str, Any]) -> Executor:
    if kind == "local":
        if options:
            raise ValueError(f"the local executor takes no options; got {', '.join(sorted(options))}")
        # Imported here: the executors' modules import this package (for the sandbox),
        # so importing them at the top would make a cycle.
        from runner.executors.local import LocalExecutor

        return LocalExecutor()
    if kind == "docker":
        # Imported here: the docker SDK is not in the step image, which imports this
        # package (runner.step_contract), and local fork servers need not load it.
        from runner.executors.docker import DockerExecutor

        unknown = set(options) - {"image", "network"}
        if unknown:
            raise ValueError(f"unknown docker executor options: {', '.join(sorted(unknown))}")
        return DockerExecutor(**options)
    raise ValueError(f"unknown executor kind '{kind}'; available: {', '.join(EXECUTOR_KINDS)}")


def _forget_after_fork() -> None:
    # A forked worker process (Celery prefork) must start its own fork server: the
    # parent's server handle is not this process's child, and the lock may have been
    # copied while held.
    global _lock
    _executors.clear()
    _lock = threading.Lock()


os.register_at_fork(after_in_child=_forget_after_fork)
