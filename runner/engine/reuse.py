"""A step's cache key, and the earlier result it may reuse instead of running.

scheduling.py asks this module, for each step whose inputs are all known, what goes
into its key (`cache_components`: module, code, environment, parameters, input
digests) and whether a completed step with the same key can stand in for it
(`ReuseIndex`); when none can, `previous_components` lets it say what changed since
the node last ran. runner/fingerprint.py computes the key itself and knows no Django.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.conf import settings
from django.db.models import QuerySet

from designer.graph import PlannedStep
from runner.artifacts import default_store
from runner.engine import statements
from runner.fingerprint import CacheComponents
from runner.models import STEP_SUCCEEDED, PipelineRun, StepRun, StepStatus


def environment_digest(planned: PlannedStep, target: dict[str, Any]) -> str:
    """The module's environment digest; a target's extra requirements or step image
    change what the step runs with, so they count too (the target itself stays out of
    the key: the same step on another worker of the same environment is the same)."""
    extra: dict[str, Any] = {}
    if target.get("requirements"):
        extra["requirements"] = sorted(target["requirements"])
    if target.get("executor") == "docker":
        extra["image"] = target.get("image") or settings.STEP_IMAGE
    if not extra:
        return planned.environment_digest
    canonical = json.dumps({"module": planned.environment_digest, **extra}, sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def cache_components(planned: PlannedStep, inputs: dict[str, str], target: dict[str, Any]) -> CacheComponents:
    """Everything a step's cache key is computed from."""
    return CacheComponents(
        module=planned.module,
        version=planned.version,
        code_digest=planned.code_digest,
        environment_digest=environment_digest(planned, target),
        params=planned.params,
        inputs=inputs,
        outputs=tuple(sorted(planned.outputs)),
    )


class ReuseIndex:
    """Finds a completed step to reuse for a cache key, within the run's workspace.

    A pass that looks up many keys (a re-run of an unchanged pipeline) mostly hits the
    same nodes of the pipeline's recent runs, so after a few lookups those are loaded
    in one query; a pass with one or two lookups (the usual step-by-step advance) makes
    one indexed query each. Either way a hit counts only if its outputs still exist.
    """

    RECENT_RUNS = 20
    BULK_AFTER_LOOKUPS = 3

    def __init__(self, run: PipelineRun) -> None:
        self.run = run
        self.store = default_store()
        self.recent: dict[str, StepRun] | None = None
        self.lookups = 0

    def _base(self) -> QuerySet[StepRun]:
        return (
            StepRun.objects.filter(status=StepStatus.COMPLETED)
            .exclude(run_id=self.run.pk)
            .select_related("run")
            .only("id", "run_id", "node_id", "cache_key", "outputs", "metrics", "run__number")
        )

    def _load_recent(self) -> dict[str, StepRun]:
        run_ids = list(
            PipelineRun.objects.filter(pipeline_id=self.run.pipeline_id)
            .exclude(pk=self.run.pk)
            .order_by("-id")
            .values_list("id", flat=True)[: self.RECENT_RUNS]
        )
        recent: dict[str, StepRun] = {}
        for step in self._base().filter(run_id__in=run_ids).order_by("id"):
            recent[step.cache_key] = step  # newest wins
        return recent

    def _usable(self, step: StepRun, outputs: list[str]) -> bool:
        return all(port in step.outputs and self.store.intact(step.outputs[port]) for port in outputs)

    def find(self, key: str, outputs: list[str]) -> StepRun | None:
        self.lookups += 1
        if self.recent is None and self.lookups > self.BULK_AFTER_LOOKUPS:
            self.recent = self._load_recent()
        step = self.recent.get(key) if self.recent is not None else None
        if step is not None and self._usable(step, outputs):
            return step
        candidates = statements.completed_with_key(
            key, workspace_id=self.run.workspace_id, other_than_run=self.run.pk, limit=5
        )
        return next((c for c in candidates if self._usable(c, outputs)), None)

    def resumed(self, node_id: str, key: str, outputs: list[str]) -> StepRun | None:
        """The same step of the run this one resumes, if it finished there with the same
        key: resuming reuses it even where the cache would not (non-deterministic)."""
        if self.run.resumed_from_id is None:
            return None
        step = (
            StepRun.objects.filter(
                run_id=self.run.resumed_from_id, node_id=node_id, cache_key=key, status__in=STEP_SUCCEEDED
            )
            .select_related("run")
            .only("id", "run_id", "node_id", "cache_key", "outputs", "metrics", "run__number")
            .first()
        )
        return step if step is not None and self._usable(step, outputs) else None


def previous_components(run: PipelineRun, node_id: str) -> CacheComponents | None:
    """The key components of the node's last recorded step in an earlier run of the
    pipeline: what `explain_rerun` compares against."""
    previous = statements.latest_components(pipeline_id=run.pipeline_id, node_id=node_id, other_than_run=run.pk)
    return CacheComponents.from_dict(previous) if previous else None
