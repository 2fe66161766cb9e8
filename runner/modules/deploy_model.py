"""deploy_model: publishes a trained model (and optionally a transform) as a real-time
scoring endpoint served by the app at POST /api/endpoints/<name>/score/.

The step checks what it was given and writes a small descriptor; when it completes,
the engine adds the model and transform artifacts the step received as a new version
of the named endpoint (runner/endpoints.py). The first version of an endpoint is live;
a later one is live only with `make_live`, otherwise callers keep getting the live
version until someone promotes the new one. A version with the same model and
transform as an existing one is not added again, so re-running a cached training
pipeline changes nothing. Not deterministic: every run that reaches it deploys.
"""

from __future__ import annotations

import json
import re

from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.step_runtime import ModelArtifact, ModuleError, StepContext

NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")

SPEC = ModuleSpec(
    slug="deploy_model",
    version="1.1.0",
    name="Deploy Model",
    category="Python and deployment",
    description=(
        "Adds a version to a real-time scoring endpoint that answers JSON rows with the model's "
        "predictions, after applying the transform if one is wired. Callers get the new version "
        "only if it is the endpoint's first or make_live is on; otherwise promote it on the "
        "endpoint's page."
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
        ParamSpec(
            "make_live",
            "bool",
            default=False,
            help=(
                "Make this deployment the version callers get right away. Off: it is added as a new "
                "version and the live one stays until you promote it on /endpoints/<name>/ "
                "(an endpoint's first version is live either way)."
            ),
        ),
    ),
    deterministic=False,
    keywords=("deploy", "real-time endpoint", "web service", "REST", "publish model", "serve", "scoring endpoint"),
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
    live = "as the live version" if ctx.params.get("make_live") else "as a new version (live only if it is the first)"
    print(f"deploying {model.meta.get('algorithm')} to endpoint {name!r} {live}")
    return {"endpoint": str(descriptor)}


# In the worker, once the step completed, the model (and transform) the step received
# become a version of the named endpoint; the step's log says which and whether it is live.
ON_COMPLETED = "runner.endpoints:register_deployment"
