"""Executors run one step each; all implement runner.executors.base.Executor.

get_executor(kind) hands out one executor per kind per process, so a worker reuses
the same warm fork server for every step it runs.
"""

from __future__ import annotations

import os
import threading

from runner.executors.base import ExecutionResult, Executor, Limits, StepSpec, StepStatus
from runner.executors.local import LocalExecutor

__all__ = [
    "ExecutionResult",
    "Executor",
    "Limits",
    "LocalExecutor",
    "StepSpec",
    "StepStatus",
    "get_executor",
]

EXECUTOR_KINDS: tuple[str, ...] = ("local",)

_executors: dict[str, Executor] = {}
_lock = threading.Lock()


def get_executor(kind: str) -> Executor:
    """The process-wide executor of this kind, created on first use."""
    with _lock:
        executor = _executors.get(kind)
        if executor is None:
            if kind != "local":
                raise ValueError(f"unknown executor kind '{kind}'; available: {', '.join(EXECUTOR_KINDS)}")
            executor = _executors[kind] = LocalExecutor()
        return executor


def _forget_after_fork() -> None:
    # A forked worker process (Celery prefork) must start its own fork server: the
    # parent's server handle is not this process's child, and the lock may have been
    # copied while held.
    global _lock
    _executors.clear()
    _lock = threading.Lock()


os.register_at_fork(after_in_child=_forget_after_fork)
