"""What a script step reads from its source snapshot, resolved when a run is submitted.

A script node in snapshot mode names a source folder the workspace uploaded (its
`source_snapshot` parameter; designer/snapshots.py). At submit, Execute Python Script's
ON_SUBMIT hook checks that the run's workspace owns that digest and that the artifact is
in the store, and freezes it into the run as the step's hidden `source_snapshot` input
(an AnyDirectory): so the folder is part of the step's cache key, and every executor
(the local sandbox, a docker container) hands it to the step like any input artifact.
The validator refuses an unowned digest written in the graph; this check also covers a
digest that reaches the step through a pipeline parameter or a published version.
"""

from __future__ import annotations

from typing import Any

from designer.graph import PlannedStep, Problem
from designer.graph.spec import SOURCE_SNAPSHOT_PARAM
from designer.models import SourceSnapshot, Workspace
from runner.artifacts import default_store

# The step's hidden input, named like the parameter so "why did it re-run" says one thing.
SOURCE_SNAPSHOT_INPUT = SOURCE_SNAPSHOT_PARAM


def resolve_source_snapshot(workspace: Workspace, step: PlannedStep) -> tuple[dict[str, Any] | None, Problem | None]:
    digest = str(step.params.get(SOURCE_SNAPSHOT_PARAM) or "").strip()
    if not digest:
        return None, None  # a script in its own parameter (the canvas's main() mode)
    owned = SourceSnapshot.objects.filter(workspace=workspace, digest=digest).exists()
    if not owned or not default_store().exists(digest):
        return None, Problem(
            node_id=step.node_id,
            param=SOURCE_SNAPSHOT_PARAM,
            message=f"source snapshot {digest[:12]}… was not uploaded to this workspace; upload the folder again",
        )
    return {"digest": digest, "port": SOURCE_SNAPSHOT_INPUT, "type": "AnyDirectory"}, None
