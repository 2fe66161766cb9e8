"""deploy_model: publishes a trained model (and optionally a transform) as a real-time
scoring endpoint served by the app at POST /api/endpoints/<name>/score/.

The step checks what it was given and writes a small descriptor; when it completes,
the engine points the named endpoint at the model and transform artifacts the step
received (creating the endpoint, or updating it in place). Not deterministic: every
run that reaches it deploys.
"""

from __future__ import annotations

import json
import re

from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.step_runtime import ModelArtifact, ModuleError, StepContext

NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")

SPEC = ModuleSpec(
    slug="deploy_model",
    version="1.0.0",
    name="Deploy Model",
    category="Python and deployment",
    description=(
        "Creates or updates a real-time scoring endpoint that answers JSON rows with the model's "
        "predictions, after applying the transform if one is wired."
    ),
    inputs=(PortSpec("model", "Model"), PortSpec("transform", "Transform", optional=True)),
    outputs=(PortSpec("endpoint", "AnyFile", description="The endpoint's descriptor."),),
    params=(
        ParamSpec(
            "endpoint_name",
            "string",
            default="",
            required=True,
            help="Lower case letters, digits and '-'; the endpoint is /api/endpoints/<name>/score/.",
        ),
    ),
    deterministic=False,
    entrypoint="runner.modules.deploy_model:deploy_model",
)


def deploy_model(ctx: StepContext, *, model: ModelArtifact, transform: object = None) -> dict[str, object]:
    name = str(ctx.params["endpoint_name"]).strip()
    if not NAME.fullmatch(name):
        raise ModuleError(f"parameter 'endpoint_name': {name!r} must be lower case letters, digits and '-'")
    task = model.meta.get("task")
    if task not in ("classification", "regression"):
        raise ModuleError(f"only trained classification or regression models can be deployed; this one is {task!r}")
    if transform is not None and not callable(getattr(getattr(transform, "model", transform), "apply", None)):
        raise ModuleError("input 'transform' is not a transform (it has no apply method)")
    descriptor = ctx.workdir / "endpoint.json"
    descriptor.write_text(
        json.dumps(
            {
                "name": name,
                "algorithm": model.meta.get("algorithm"),
                "task": task,
                "feature_columns": model.meta.get("feature_columns", []),
                "label_column": model.meta.get("label_column"),
            }
        )
    )
    print(f"deploying {model.meta.get('algorithm')} as endpoint {name!r}")
    return {"endpoint": str(descriptor)}


# In the worker, once the step completed, the named endpoint serves the model (and
# transform) the step received.
ON_COMPLETED = "runner.datasets:register_deployment"
