"""Running a claimed step: from running to a result.

`step_execute` (the `step_execute` task) claims a queued step (scheduling.claim) and
runs it: it builds the step's Python environment or image if it needs one, the
`StepSpec` and the `Limits` it runs under, and calls the executor while a
`StepWatcher` (watching.py) streams its log and watches for a cancel. A completed
step's output folders are copied into the artifact store and its module's completion
hook is called; the result goes to outcomes.step_finish, then scheduling.run_advance
looks at the finished step's downstream steps and may hand one straight back to this
worker, which runs it next.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from django.conf import settings
from django.db import transaction

from designer.graph import PlannedStep
from designer.registry import custom_module_source, is_custom_entrypoint
from runner import datasets, janitor
from runner.artifacts import UnsafeArtifact, default_store
from runner.engine import statements
from runner.engine.outcomes import step_finish
from runner.engine.scheduling import claim, run_advance
from runner.engine.snapshot import Frozen, frozen, step_target
from runner.engine.watching import CANCEL_POLL_SECONDS, StepWatcher, heartbeat
from runner.environments import EnvironmentBuildError, ensure_python_environment, requirements_of
from runner.executors import ExecutionResult, Executor, Limits, StepSpec, get_executor
from runner.models import StepRun, StepStatus
from runner.modules import BUILTIN_MODULES
from runner.modules.hooks import CompletedStep, load_hook
from runner.step_contract import IMAGES_DIR, OUTPUTS_DIR, PICKLED_PORT_TYPES

logger = logging.getLogger(__name__)
_Built = TypeVar("_Built")


class ExecutorUnavailable(Exception):
    """The step's compute target needs an executor this worker cannot provide."""


def step_execute(*, step_id: int, worker: str = "") -> None:
    """Claim a queued step and run it, then the steps of its run that the advance
    after each hands to this worker (see run_advance: a step the finished one made
    ready, else the run's longest-waiting step on the same queue), until there is none.

    `worker` names the Celery worker running it (shown on the step: which ran where)."""
    step = claim(step_id, worker)
    while step is not None:
        with heartbeat.holding(step.pk):
            step = _execute_claimed(step, worker)


def warm_key(workspace_id: int, planned: PlannedStep, environment_path: str | None) -> str | None:
    """The key of the warm step host that may run this step (one per workspace), or None
    when it needs a fresh process: a custom module's or a script's code, an environment
    of its own, or an input that is a pickle (loading one runs its producer's code)."""
    builtin = BUILTIN_MODULES.get(planned.module)
    if builtin is None or builtin.runs_user_code or is_custom_entrypoint(planned.entrypoint) or environment_path:
        return None
    if PICKLED_PORT_TYPES & set(planned.input_types.values()):
        return None
    return f"workspace-{workspace_id}"


def _execute_claimed(step: StepRun, worker: str) -> StepRun | None:
    """Run a claimed step in its executor, store its outputs, finish it, advance."""
    run = step.run
    snapshot = frozen(run.pk)
    planned = snapshot.plan.step(step.node_id)
    input_digests = _input_digests(step, snapshot, planned)
    # The executor makes it (a warm host's step is laid out in the host's own folder
    # and renamed here when it is done: one folder fewer to make per step).
    workdir = Path(settings.WORK_ROOT) / f"step-{step.pk}-{uuid.uuid4().hex[:8]}"
    watcher = StepWatcher(step)
    target = step_target(snapshot.targets, planned)
    executor: Executor | None = None
    try:
        executor, environment_path = _prepare(target, _step_requirements(planned, target), watcher)
        result = executor.execute(
            _step_spec(step, planned, input_digests, snapshot.imports, environment_path),
            workdir,
            _limits(target, planned),
            watcher.on_log,
            on_progress=watcher.on_progress,
            should_cancel=watcher.should_cancel,
            warm_key=warm_key(run.workspace_id, planned, environment_path),
        )
        watcher.flush(force=True)
        digests: dict[str, str] = {}
        if result.status == "completed":
            store = default_store()
            for port, port_type in planned.outputs.items():
                # Where the step was told to write, not where it says it wrote: a path
                # it reports could name any folder the worker can read. The emptied
                # folders go with the work directory (see release below).
                folder = _output_folder(workdir, port)
                digests[port] = store.put_directory(folder, port_type=port_type, remove_source=False)
            builtin = BUILTIN_MODULES.get(planned.module)
            if builtin is not None and builtin.on_completed is not None:
                note = load_hook(builtin.on_completed)(
                    CompletedStep(
                        step_id=step.pk,
                        node_id=planned.node_id,
                        workspace_id=run.workspace_id,
                        user_id=run.created_by_id,
                        params=planned.params,
                        input_digests=input_digests,
                    )
                )
                if note:
                    watcher.on_log(note)
                    watcher.flush(force=True)
        _keep_images(step.pk, workdir, result)
    except Exception as exc:  # an engine fault must still finish the step
        expected = isinstance(exc, ExecutorUnavailable | EnvironmentBuildError | UnsafeArtifact)
        if not expected:
            logger.exception("step %s crashed in the engine", step.pk)
        error = f"internal error: {exc}"
        if isinstance(exc, ExecutorUnavailable):
            error = str(exc)
        elif isinstance(exc, UnsafeArtifact):
            error = f"the step's outputs could not be stored: {exc}"
        elif isinstance(exc, EnvironmentBuildError):
            error = f"could not build the step's Python environment: {exc}"
        watcher.flush(force=True)
        result, digests = ExecutionResult(status="failed", error=error), {}
    finally:
        if executor is not None:
            executor.release(workdir)
        else:
            janitor.discard(workdir)
    return _finish_and_advance(step, result, digests, worker)


@transaction.atomic
def _finish_and_advance(step: StepRun, result: ExecutionResult, outputs: dict[str, str], worker: str) -> StepRun | None:
    """Record the step's result and advance its run in one transaction: one commit, and
    the step's end and the next step's start reach the run's clients together. The
    run's row is locked before the step's is written, the order a cancel takes them in."""
    # run_advance reads the run again under this lock: a failed step may have failed
    # the run in between, and the advance must see that.
    statements.lock_run(step.run_id)
    recorded = step_finish(step_id=step.pk, result=result, outputs=outputs, running=step)
    after = step.node_id if recorded == StepStatus.COMPLETED else None
    return run_advance(run_id=step.run_id, after=after, continue_on=step.queue, worker=worker)


# --------------------------------------------------------------------------- what the step is given


def _input_digests(step: StepRun, snapshot: Frozen, planned: PlannedStep) -> dict[str, str]:
    """The artifacts a step reads, by input port. The advance that queued it recorded
    them in its cache components (its key was computed from exactly these), so the
    upstream steps are read only for a step queued without them."""
    recorded = (step.cache_components or {}).get("inputs")
    if recorded is not None:
        return dict(recorded)
    upstream = {src["node_id"] for src in planned.inputs.values()}
    steps = {
        s.node_id: s for s in step.run.steps.filter(node_id__in=upstream).only("id", "run_id", "node_id", "outputs")
    }
    return snapshot.input_digests(planned, steps)


def _step_requirements(planned: PlannedStep, target: dict[str, Any]) -> list[str]:
    """The pip requirements a step runs with: its module's, a script's own (they are a
    parameter, so already in the cache key), then its compute target's."""
    builtin = BUILTIN_MODULES.get(planned.module)
    param = builtin.requirements_param if builtin is not None else None
    own = {"requirements": planned.params.get(param) or ""} if param else {}
    return requirements_of(planned.environment) + requirements_of(own) + list(target.get("requirements") or [])


def _step_spec(
    step: StepRun,
    planned: PlannedStep,
    input_digests: dict[str, str],
    imports: dict[str, dict[str, Any]],
    environment_path: str | None,
) -> StepSpec:
    store = default_store()
    files = datasets.import_files(imports, planned.node_id)
    inputs = {port: files.get(port) or str(store.path(digest)) for port, digest in input_digests.items()}
    # Wired inputs arrive typed by the plan; hidden inputs as they were resolved at submit
    # (import_data's: a stored DataFrame or a file it reads itself; a script's source
    # snapshot: a folder).
    hidden = datasets.import_types(imports, planned.node_id)
    input_types = {port: planned.input_types.get(port) or hidden.get(port, "DataFrame") for port in input_digests}
    return StepSpec(
        step_id=str(step.pk),
        module=planned.module,
        version=planned.version,
        entrypoint=planned.entrypoint,
        source=(
            custom_module_source(
                workspace_id=step.run.workspace_id,
                slug=planned.module,
                version=planned.version,
                code_digest=planned.code_digest,
            )
            if is_custom_entrypoint(planned.entrypoint)
            else None
        ),
        params=planned.params,
        inputs=inputs,
        input_types=input_types,
        outputs=planned.outputs,
        environment_path=environment_path,
        multiple=list(planned.multiple),
    )


def _limits(target: dict[str, Any], planned: PlannedStep) -> Limits:
    """The compute target's limits where it sets them, else the server's; a node's own
    time limit comes before both."""
    memory_mb = target.get("memory_mb") or settings.STEP_MEMORY_MB
    return Limits(
        timeout_seconds=planned.timeout_seconds or target.get("timeout_seconds") or settings.STEP_TIMEOUT_SECONDS,
        memory_bytes=int(memory_mb) * 1024 * 1024,
        max_processes=target.get("max_processes") or settings.STEP_MAX_PROCESSES,
        network=bool(target.get("network")),
        cpus=target.get("cpus"),
    )


def _prepare(target: dict[str, Any], requirements: list[str], watcher: StepWatcher) -> tuple[Executor, str | None]:
    """The executor for a step on this target, and the Python environment the local
    executor adds to the step's path. Docker targets get an image with the requirements
    installed instead; both are built once and reused."""
    if target["executor"] == "local":
        if not requirements:
            return get_executor("local"), None
        environment = _building(watcher, lambda: ensure_python_environment(requirements))
        return get_executor("local"), environment.path
    if target["executor"] == "docker":
        from runner.executors.docker_environments import environment_image

        image = target.get("image") or settings.STEP_IMAGE
        if requirements:
            base = image
            image = _building(watcher, lambda: environment_image(base, requirements))
        return get_executor("docker", image=image, network=bool(target.get("network"))), None
    raise ExecutorUnavailable(f"compute target {target['name']}: executor {target['executor']!r} is not available")


def _building(watcher: StepWatcher, build: Callable[[], _Built]) -> _Built:
    """Build a step's environment (a pip install can take minutes the first time) while
    watching for a cancel."""
    watcher.on_log("preparing the step's Python environment (built once, then reused)")
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["value"] = build()
        except BaseException as exc:  # handed to the step's thread below
            outcome["error"] = exc

    thread = threading.Thread(target=work, name="step-environment", daemon=True)
    thread.start()
    while thread.is_alive():
        thread.join(CANCEL_POLL_SECONDS)
        watcher.should_cancel()  # a cancel stops waiting (the heartbeat has its own thread)
    if "error" in outcome:
        raise outcome["error"]
    value: _Built = outcome["value"]
    return value


# --------------------------------------------------------------------------- what the step leaves


def _output_folder(workdir: Path, port: str) -> Path:
    """Where a step writes one output port: a folder of its own directly in outputs/."""
    folder = workdir / OUTPUTS_DIR / port
    if folder.parent != workdir / OUTPUTS_DIR or port in ("", ".", ".."):
        raise UnsafeArtifact(f"output port name {port!r} is not a plain name")
    return folder


def _keep_images(step_id: int, workdir: Path, result: ExecutionResult) -> None:
    """Store the images a step logged (also a failed one: a plot often explains why),
    from its images folder only, whatever paths it reported."""
    folder = workdir / OUTPUTS_DIR / IMAGES_DIR
    names = sorted({Path(p).name for p in result.images} & {p.name for p in folder.glob("*.png")})
    if not names:
        return
    try:
        digest = default_store().put_directory(folder, port_type="Images", remove_source=False)
    except UnsafeArtifact:
        return  # a step that put a link among its images loses its images, nothing else
    StepRun.objects.filter(pk=step_id).update(images_digest=digest, images=names)
