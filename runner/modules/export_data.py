"""export_data: registers its input as a new version of a named workspace dataset.

Artifacts are content-addressed, so the new version points at the very artifact the
step received; the engine records it after the step completes (the step process does
not write to the database). Not deterministic: every run that reaches it exports.
"""

from __future__ import annotations

import re

import pandas as pd

from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.step_runtime import ModuleError, StepContext

NAME = re.compile(r"^[\w][\w .-]{0,199}$")

SPEC = ModuleSpec(
    slug="export_data",
    version="1.0.0",
    name="Export Data",
    category="Data input and output",
    description="Saves the dataset as a new version of a named dataset in the workspace, for Import Data.",
    inputs=(PortSpec("dataset", "DataFrame"),),
    params=(
        ParamSpec(
            "destination",
            "string",
            default="",
            required=True,
            help="Name of the dataset to create or add a version to.",
        ),
    ),
    deterministic=False,
    keywords=("Export Data", "save", "write", "output dataset", "register dataset"),
    entrypoint="runner.modules.export_data:export_data",
)


def export_data(ctx: StepContext, *, dataset: pd.DataFrame) -> dict[str, object]:
    name = str(ctx.params["destination"]).strip()
    if not NAME.fullmatch(name):
        raise ModuleError(
            f"parameter 'destination': {name!r} is not a dataset name (letters, digits, spaces, '.', '-', '_')"
        )
    if dataset.columns.empty:
        raise ModuleError("the input dataset has no columns; nothing to export")
    print(f"exporting {len(dataset)} rows x {len(dataset.columns)} columns as dataset {name!r}")
    return {}


# In the worker, once the step completed, the dataset it received becomes the
# destination's next version (the same artifact, not a copy).
ON_COMPLETED = "runner.datasets:register_export"
