"""web_service_output: what a real-time inference pipeline answers.

Deployed, the rows that reach this node are the endpoint's reply; on the canvas it
passes them on, so a run shows what callers would get.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, PortSpec
from runner.step_runtime import StepContext

SPEC = ModuleSpec(
    slug="web_service_output",
    version="1.0.0",
    name="Web Service Output",
    category="Web service",
    description=(
        "The output of a real-time inference pipeline: deployed, the rows that reach it are the "
        "endpoint's reply, one per request row."
    ),
    inputs=(PortSpec("dataset", "DataFrame", description="The scored rows."),),
    outputs=(PortSpec("dataset", "DataFrame", description="The same rows (what the endpoint answers)."),),
    params=(),
    keywords=("Web Service Output", "endpoint output", "response", "real-time inference", "API output"),
    entrypoint="runner.modules.web_service_output:web_service_output",
)


def web_service_output(ctx: StepContext, *, dataset: pd.DataFrame) -> dict[str, object]:
    return {"dataset": dataset}


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    return {"dataset": inputs.need("dataset")}


SCHEMA_RULE = schema_rule
