"""The run engine: a run's life from submit to its final status, one module per part.

    submit.py      run_submit, run_resume, run_resume_with_fix, run_clone: validate,
                   compile, freeze the snapshot, create the run and its pending steps
    snapshot.py    what a run froze at submit, read back once per process
    scheduling.py  run_advance: skip, reuse or queue each ready step; claim
    reuse.py       a step's cache key and the earlier result that may stand in for it
    execution.py   step_execute: prepare, run the step in its executor, store outputs
    watching.py    while a step runs: heartbeat, log and progress, cancel polling
    outcomes.py    step_finish, retries, failing, finishing and canceling a run
    recovery.py    the reaper and a restarted worker's steps
    dispatch.py    status events and task messages, sent on commit

A run id goes submit → (run_advance task) scheduling → (step_execute task) execution →
outcomes → scheduling again, until every step has finished. runner/tasks.py is the
Celery adapter over these functions; runner/services.py is the facade the API calls.
"""

from runner.engine.dispatch import RUN_ADVANCE_TASK, STEP_EXECUTE_TASK
from runner.engine.execution import ExecutorUnavailable, step_execute
from runner.engine.outcomes import failure_kind, run_cancel, step_finish
from runner.engine.recovery import reap_stale_steps, reclaim_steps_of_restarted_worker
from runner.engine.scheduling import run_advance
from runner.engine.submit import run_clone, run_resume, run_resume_with_fix, run_submit

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
