"""Which steps the engine lets run in a warm step host: trusted code only."""

from __future__ import annotations

from designer.graph import PlannedStep
from designer.registry import CUSTOM_ENTRYPOINT_PREFIX
from runner.engine.execution import warm_key
from runner.modules import BUILTIN_MODULES


def planned(slug: str, *, input_types: dict[str, str] | None = None, entrypoint: str | None = None) -> PlannedStep:
    spec = BUILTIN_MODULES[slug].spec
    return PlannedStep(
        node_id="n1",
        label=spec.name,
        module=slug,
        version=spec.version,
        entrypoint=entrypoint or spec.entrypoint,
        code_digest="digest",
        environment_digest="",
        deterministic=True,
        reuse=True,
        compute=None,
        params={},
        inputs={},
        input_types=input_types or {},
        outputs={port.name: port.type for port in spec.outputs},
    )


def test_a_built_in_data_step_may_run_warm_in_its_workspaces_host() -> None:
    assert warm_key(7, planned("edit_metadata", input_types={"dataset": "DataFrame"}), None) == "workspace-7"
    assert warm_key(8, planned("enter_data"), None) == "workspace-8"


def test_a_script_step_never_runs_warm() -> None:
    assert warm_key(7, planned("execute_python_script", input_types={"dataframe1": "DataFrame"}), None) is None


def test_a_step_that_loads_a_pickled_model_never_runs_warm() -> None:
    step = planned("score_model", input_types={"model": "Model", "dataset": "DataFrame"})
    assert warm_key(7, step, None) is None
    assert warm_key(7, planned("train_model", input_types={"model": "UntrainedModel"}), None) is None


def test_custom_module_code_and_steps_with_an_environment_of_their_own_never_run_warm() -> None:
    custom = planned("edit_metadata", entrypoint=f"{CUSTOM_ENTRYPOINT_PREFIX}edit_metadata:main")
    assert warm_key(7, custom, None) is None
    assert warm_key(7, planned("edit_metadata"), "/var/environments/abc") is None
