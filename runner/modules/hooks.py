"""What a built-in module may ask of the engine, beyond running its step.

A module declares these next to its SPEC, and the engine asks the registry for them by
the step's module, so the engine itself names no module: `ON_COMPLETED`, the
"module:function" the worker calls with a CompletedStep once the step completed and its
outputs are stored (the step process never writes to the database; a name, like the
entrypoint, because the function is engine code the step process must not import; what
it returns, if anything, is a line for the end of the step's log), and
`ON_SUBMIT`, the "module:function" that resolves at submit what the step will read
from outside the run (a dataset version, a file) so it is frozen into the run and its
cache key, and `REQUIREMENTS_PARAM`, the parameter whose value lists extra pip
requirements for the step's Python environment, and `RUNS_USER_CODE`, True for a module
that runs code a user wrote (its steps never run in a warm step host).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CompletedStep:
    """A step that completed, as its module's ON_COMPLETED hook sees it."""

    step_id: int
    node_id: str
    workspace_id: int
    user_id: int | None
    params: Mapping[str, Any]
    # The content digest of the artifact each input port received.
    input_digests: Mapping[str, str]


# What it returns, when not None, is added to the step's log.
OnCompleted = Callable[[CompletedStep], str | None]


# (the run's workspace, the planned step) -> (what it reads, or a problem to report)
OnSubmit = Callable[[Any, Any], tuple[dict[str, Any] | None, Any]]


def _load(name: str) -> Any:
    """The function a "module:function" name stands for."""
    module_name, _, function_name = name.partition(":")
    return getattr(importlib.import_module(module_name), function_name)


def load_hook(name: str) -> OnCompleted:
    hook: OnCompleted = _load(name)
    return hook


def load_submit_hook(name: str) -> OnSubmit:
    hook: OnSubmit = _load(name)
    return hook
