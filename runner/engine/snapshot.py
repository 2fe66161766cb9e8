"""What a run froze at submit, read back by the rest of the engine.

submit.py writes the snapshot (graph, plan, resolved imports, compute targets) into the
run row once; scheduling, execution and outcomes read it through `frozen(run_id)`,
which parses it once per process, not once per step. Nothing here changes a run.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from designer import compute
from designer.graph import ExecutionPlan, PlannedStep
from runner import datasets
from runner.models import PipelineRun, StepRun

# A run's plan is frozen at submit, so each process parses it once, not once per step.
_PLAN_CACHE_SIZE = 64
_plans: OrderedDict[int, Frozen] = OrderedDict()
_plans_lock = threading.Lock()


@dataclass(frozen=True)
class Frozen:
    """What a run froze at submit: its plan and the dataset versions it imports."""

    plan: ExecutionPlan
    imports: dict[str, dict[str, Any]]
    targets: dict[str, dict[str, Any]]

    def input_digests(self, planned: PlannedStep, steps: dict[str, StepRun]) -> dict[str, str]:
        wired = {port: steps[src["node_id"]].outputs[src["port"]] for port, src in planned.inputs.items()}
        return {**wired, **datasets.import_inputs(self.imports, planned.node_id)}


def frozen(run_id: int) -> Frozen:
    """The run's frozen plan, imports and targets, from this process's cache if parsed before."""
    with _plans_lock:
        cached = _plans.get(run_id)
        if cached is not None:
            _plans.move_to_end(run_id)
            return cached
    snapshot = PipelineRun.objects.filter(pk=run_id).values_list("snapshot", flat=True).get()
    parsed = Frozen(
        plan=ExecutionPlan.from_dict(snapshot["plan"]),
        imports=snapshot.get("imports", {}),
        targets=snapshot.get("targets", {}),
    )
    with _plans_lock:
        _plans[run_id] = parsed
        while len(_plans) > _PLAN_CACHE_SIZE:
            _plans.popitem(last=False)
    return parsed


def step_target(targets: dict[str, dict[str, Any]], planned: PlannedStep) -> dict[str, Any]:
    """The frozen compute target of a step (runs from before targets: the default)."""
    return targets.get(planned.compute or compute.DEFAULT_TARGET) or compute.default_target()
