"""import_data: a registered dataset version, as the step's dataset.

The step process never reads the database: when a run is submitted, the engine
resolves the dataset name and version to the content digest of that version and hands
its artifact to the step as the hidden input `source` (so a new version of the dataset
changes the cache key and the step re-runs).
"""

from __future__ import annotations

import pandas as pd

from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.step_runtime import ModuleError, StepContext

# The input the engine adds; it is not a port a user can wire.
SOURCE_INPUT = "source"

SPEC = ModuleSpec(
    slug="import_data",
    version="1.0.0",
    name="Import Data",
    category="Data input and output",
    description="Loads a dataset registered in the workspace (uploaded, or written by Export Data).",
    outputs=(PortSpec("dataset", "DataFrame", description="The dataset's rows."),),
    params=(
        ParamSpec("dataset", "string", default="", required=True, help="Name of a registered dataset."),
        ParamSpec(
            "version",
            "int",
            default=0,
            min=0,
            help="Dataset version to load; 0 loads the newest version at the time the run is submitted.",
        ),
    ),
    entrypoint="runner.modules.import_data:import_data",
)


def import_data(ctx: StepContext, **inputs: object) -> dict[str, object]:
    frame = inputs.get(SOURCE_INPUT)
    if not isinstance(frame, pd.DataFrame):
        raise ModuleError(f"dataset {ctx.params['dataset']!r} was not resolved to a stored version")
    return {"dataset": frame}
