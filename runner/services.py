"""The run engine's public operations, for the API, the Celery tasks and scripts.

The engine itself is the runner.engine package, one module per part of a run's life
(submit, scheduling, execution, outcomes, recovery); this facade names what callers
outside it use, so they need not know which module owns what.
"""

from __future__ import annotations

from runner.engine import (
    RUN_ADVANCE_TASK,
    STEP_EXECUTE_TASK,
    ExecutorUnavailable,
    failure_kind,
    reap_stale_steps,
    reclaim_steps_of_restarted_worker,
    run_advance,
    run_cancel,
    run_clone,
    run_resume,
    run_resume_with_fix,
    run_submit,
    step_execute,
    step_finish,
)

__all__ = [
    "RUN_ADVANCE_TASK",
    "STEP_EXECUTE_TASK",
    "ExecutorUnavailable",
    "failure_kind",
    "reap_stale_steps",
    "reclaim_steps_of_restarted_worker",
    "run_advance",
    "run_cancel",
    "run_clone",
    "run_resume",
    "run_resume_with_fix",
    "run_submit",
    "step_execute",
    "step_finish",
]
