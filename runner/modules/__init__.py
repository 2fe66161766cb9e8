"""The built-in module library: one file per module, each defining SPEC and its function.

The registry below is what the app loads into its module table and what the worker's
fork server preloads. code_digest(slug) goes into cache keys, so editing a module's
file (or the shared checks in _common.py, or the parameter rule) makes its steps re-run.
"""

from __future__ import annotations

import hashlib
import importlib
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import designer.graph.params
from designer.graph.schema import SchemaRule, learner_rule
from designer.graph.spec import ModuleSpec
from runner.modules import (
    add_columns,
    add_rows,
    apply_sql,
    apply_transformation,
    assign_to_clusters,
    boosted_tree_classifier,
    boosted_tree_regressor,
    clean_missing_data,
    combine_rows,
    convert_to_indicators,
    cross_validate,
    decision_forest_classifier,
    decision_forest_regressor,
    deploy_model,
    edit_metadata,
    enter_data,
    evaluate_model,
    execute_python_script,
    export_data,
    filter_feature_selection,
    import_data,
    join_data,
    kmeans,
    linear_regression,
    logistic_regression,
    normalize_data,
    remove_duplicate_rows,
    sample_dataset,
    score_model,
    select_columns,
    split_data,
    summarize_data,
    svm_classifier,
    train_clustering_model,
    train_model,
    trained_model,
    trained_transform,
    tune_hyperparameters,
    web_service_input,
    web_service_output,
)
from runner.step_contract import OUTPUTS_DIR, StepSpec
from runner.step_runtime import ModuleFunction, run_step

# Helpers the modules share: a change to any of them changes every built-in code digest.
# The parameter rule is one of them: the modules check the values they read with it.
_SHARED_SOURCES: tuple[Path, ...] = (
    *(Path(__file__).with_name(name) for name in ("_common.py", "_metrics.py", "_models.py", "_transforms.py")),
    Path(designer.graph.params.__file__),
)


# What the modules import inside their functions, when a step runs: the web and worker
# processes import this package for the specs alone, and importing scikit-learn and
# SciPy would add seconds to each of their starts. warm_up imports them all in the step
# fork server instead, so every step process inherits them (tests/unit/runner checks
# that this list names every such import).
STEP_LIBRARIES: tuple[str, ...] = (
    "scipy.special",
    "sklearn.base",
    "sklearn.calibration",
    "sklearn.cluster",
    "sklearn.compose",
    "sklearn.datasets",
    "sklearn.ensemble",
    "sklearn.exceptions",
    "sklearn.feature_selection",
    "sklearn.impute",
    "sklearn.linear_model",
    "sklearn.metrics",
    "sklearn.model_selection",
    "sklearn.pipeline",
    "sklearn.preprocessing",
    "sklearn.svm",
    "sklearn.utils.multiclass",
    "sklearn.utils.validation",
)


@dataclass(frozen=True)
class BuiltinModule:
    spec: ModuleSpec
    function: ModuleFunction
    source_path: Path
    # What the module asks of the engine besides its step (runner.modules.hooks).
    on_completed: str | None = None
    on_submit: str | None = None
    requirements_param: str | None = None
    # It runs code a user wrote (a script): never in a warm step host.
    runs_user_code: bool = False
    # How its output columns follow from its inputs and parameters, before running
    # (designer.graph.schema); None for a module with no table or model outputs.
    schema_rule: SchemaRule | None = None


def _register(*modules: ModuleType) -> dict[str, BuiltinModule]:
    registry: dict[str, BuiltinModule] = {}
    for module in modules:
        spec: ModuleSpec = module.SPEC
        module_name, _, function_name = spec.entrypoint.partition(":")
        # The entrypoint is what the step process imports; it must name this very file.
        if importlib.import_module(module_name) is not module:
            raise RuntimeError(f"{spec.slug}: entrypoint {spec.entrypoint} is not in {module.__name__}")
        registry[spec.slug] = BuiltinModule(
            spec=spec,
            function=getattr(module, function_name),
            source_path=Path(str(module.__file__)),
            on_completed=getattr(module, "ON_COMPLETED", None),
            on_submit=getattr(module, "ON_SUBMIT", None),
            requirements_param=getattr(module, "REQUIREMENTS_PARAM", None),
            runs_user_code=getattr(module, "RUNS_USER_CODE", False),
            schema_rule=_schema_rule(module),
        )
    return registry


def _schema_rule(module: ModuleType) -> SchemaRule | None:
    rule: SchemaRule | None = getattr(module, "SCHEMA_RULE", None)
    algorithm = getattr(module, "ALGORITHM", None)
    if rule is None and algorithm is not None:
        # An algorithm module's output is an untrained model of its task.
        rule = learner_rule(algorithm.task)
    return rule


def schema_rules() -> dict[str, SchemaRule]:
    """Every built-in's schema rule by slug (designer.graph.schema.propagate takes them)."""
    return {slug: module.schema_rule for slug, module in BUILTIN_MODULES.items() if module.schema_rule is not None}


# In catalogue order: the palette lists them this way.
BUILTIN_MODULES: dict[str, BuiltinModule] = _register(
    sample_dataset,
    enter_data,
    import_data,
    export_data,
    select_columns,
    edit_metadata,
    clean_missing_data,
    normalize_data,
    convert_to_indicators,
    split_data,
    join_data,
    add_columns,
    add_rows,
    combine_rows,
    remove_duplicate_rows,
    apply_sql,
    apply_transformation,
    filter_feature_selection,
    summarize_data,
    logistic_regression,
    decision_forest_classifier,
    boosted_tree_classifier,
    svm_classifier,
    linear_regression,
    decision_forest_regressor,
    boosted_tree_regressor,
    kmeans,
    train_model,
    train_clustering_model,
    tune_hyperparameters,
    cross_validate,
    score_model,
    assign_to_clusters,
    evaluate_model,
    execute_python_script,
    deploy_model,
    web_service_input,
    web_service_output,
    trained_model,
    trained_transform,
)


def builtin_specs() -> list[ModuleSpec]:
    return [module.spec for module in BUILTIN_MODULES.values()]


def code_digest(slug: str) -> str:
    """sha256 over the text of the module's source file and the shared helpers."""
    module = BUILTIN_MODULES[slug]
    digest = hashlib.sha256()
    for path in (module.source_path, *_SHARED_SOURCES):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def warm_up() -> None:
    """Run a tiny pipeline through the real step runtime, once, in the fork server.

    pandas, pyarrow and scikit-learn set up a lot lazily on first use (Parquet readers
    and writers, dtype tables, validation helpers). Done here, before the server forks,
    that work is inherited by every step instead of repeated by each one; it is most
    of the start-up cost of a small step. The libraries the modules import only when
    they run (STEP_LIBRARIES) are imported here for the same reason.
    """
    for library in STEP_LIBRARIES:
        importlib.import_module(library)
    # (slug, params, {input port: (upstream slug, its output port)})
    pipeline: list[tuple[str, dict[str, Any], dict[str, tuple[str, str]]]] = [
        ("sample_dataset", {}, {}),
        ("split_data", {"stratify_column": "label"}, {"dataset": ("sample_dataset", "dataset")}),
        ("select_columns", {"column_type": "numeric"}, {"dataset": ("split_data", "train")}),
        ("execute_python_script", {}, {"dataframe1": ("select_columns", "dataset")}),
    ]
    with tempfile.TemporaryDirectory(prefix="pipewright-warm-up-") as temp:
        root = Path(temp)
        for slug, params, wires in pipeline:
            spec = BUILTIN_MODULES[slug].spec
            step = StepSpec(
                step_id=f"warm-up-{slug}",
                module=slug,
                version=spec.version,
                entrypoint=spec.entrypoint,
                params={**{p.name: p.default for p in spec.params}, **params},
                inputs={port: str(root / source / OUTPUTS_DIR / output) for port, (source, output) in wires.items()},
                input_types=dict.fromkeys(wires, "DataFrame"),
                outputs={p.name: p.type for p in spec.outputs},
            )
            result = run_step(step, root / slug, None)
            if result.status != "completed":
                raise RuntimeError(f"warm-up step {slug} failed: {result.error}")
