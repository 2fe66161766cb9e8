from __future__ import annotations

import ast
import importlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import runner.modules
from designer.graph.spec import PARAM_TYPES, PORT_TYPES, ModuleSpec
from runner.modules import BUILTIN_MODULES, BuiltinModule, builtin_specs, code_digest

ROOT = Path(__file__).resolve().parents[3]
# Built-ins whose spec or output changed since 1.0.0 (deploy_model: make_live; the
# training modules: prepare_features; execute_python_script: source_snapshot,
# entry_script, arguments; evaluate_model: threshold counts and cumulative gains).
VERSIONS = {
    "deploy_model": "1.1.0",
    "evaluate_model": "1.1.0",
    "execute_python_script": "1.1.0",
    "train_model": "1.1.0",
    "tune_hyperparameters": "1.1.0",
    "cross_validate": "1.1.0",
}


@pytest.mark.parametrize("slug", sorted(BUILTIN_MODULES))
def test_every_builtin_has_a_complete_spec_and_an_importable_entrypoint(slug: str) -> None:
    builtin = BUILTIN_MODULES[slug]
    spec = builtin.spec

    assert spec.slug == slug
    assert spec.version == VERSIONS.get(slug, "1.0.0")
    module_name, function_name = spec.entrypoint.split(":")
    assert module_name == f"runner.modules.{builtin.source_path.stem}"
    assert getattr(importlib.import_module(module_name), function_name) is builtin.function
    assert all(port.type in PORT_TYPES for port in (*spec.inputs, *spec.outputs))
    for param in spec.params:
        assert param.type in PARAM_TYPES
        assert param.help, f"{slug}.{param.name} has no help text"
        if param.choices is not None:
            assert param.default in param.choices
        if param.min is not None:
            assert param.default >= param.min
        if param.max is not None:
            assert param.default <= param.max
    assert ModuleSpec.from_dict(spec.to_dict()) == spec


def test_no_text_of_a_spec_names_another_module_by_its_slug() -> None:
    """Descriptions, port descriptions and parameter help name other modules by the name
    the palette shows (Convert to Indicator Values), never by slug (convert_to_indicators)."""
    slugs = {spec.slug: spec.name for spec in builtin_specs()}
    found = []
    for spec in builtin_specs():
        texts = {
            "description": spec.description,
            **{f"input {p.name}": p.description for p in spec.inputs},
            **{f"output {p.name}": p.description for p in spec.outputs},
            **{f"param {p.name}": p.help for p in spec.params},
        }
        for where, text in texts.items():
            for slug, name in slugs.items():
                if slug != spec.slug and re.search(rf"(?<![\w-]){re.escape(slug)}(?![\w-])", text):
                    found.append(f"{spec.slug} {where}: {slug} (say {name!r})")
    assert found == []


def test_every_builtin_has_keywords_and_the_classifiers_are_found_as_binary() -> None:
    specs = {spec.slug: spec for spec in builtin_specs()}
    assert [slug for slug, spec in specs.items() if not spec.keywords] == []
    for slug in ("logistic_regression", "decision_forest_classifier", "boosted_tree_classifier", "svm_classifier"):
        words = {w.lower() for w in specs[slug].keywords}
        assert {"binary", "two-class", "classification"} <= words, slug
    assert "Two-Class Logistic Regression" in specs["logistic_regression"].keywords
    assert {"one-hot", "dummy"} <= set(specs["convert_to_indicators"].keywords)
    assert "impute" in specs["clean_missing_data"].keywords
    for spec in specs.values():
        assert len(set(spec.keywords)) == len(spec.keywords), spec.slug


def test_builtin_specs_lists_the_catalogue_modules() -> None:
    assert [s.slug for s in builtin_specs()] == [
        "sample_dataset",
        "enter_data",
        "import_data",
        "export_data",
        "select_columns",
        "edit_metadata",
        "clean_missing_data",
        "normalize_data",
        "convert_to_indicators",
        "split_data",
        "join_data",
        "add_columns",
        "add_rows",
        "combine_rows",
        "remove_duplicate_rows",
        "apply_sql",
        "apply_transformation",
        "filter_feature_selection",
        "summarize_data",
        "logistic_regression",
        "decision_forest_classifier",
        "boosted_tree_classifier",
        "svm_classifier",
        "linear_regression",
        "decision_forest_regressor",
        "boosted_tree_regressor",
        "kmeans",
        "train_model",
        "train_clustering_model",
        "tune_hyperparameters",
        "cross_validate",
        "score_model",
        "assign_to_clusters",
        "evaluate_model",
        "execute_python_script",
        "deploy_model",
        "web_service_input",
        "web_service_output",
        "trained_model",
        "trained_transform",
    ]


def test_the_code_digest_changes_when_the_module_source_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = BUILTIN_MODULES["split_data"]
    copy = tmp_path / "split_data.py"
    shutil.copy(original.source_path, copy)
    monkeypatch.setitem(BUILTIN_MODULES, "split_data", BuiltinModule(original.spec, original.function, copy))
    before = code_digest("split_data")

    copy.write_text(copy.read_text() + "\n# a comment is a change too\n")

    assert code_digest("split_data") != before
    assert code_digest("split_data") != code_digest("select_columns")
    assert len(before) == 64


def test_every_hook_a_module_declares_is_a_function_of_the_engine() -> None:
    from runner.modules.hooks import load_hook

    declared = {slug: module.on_completed for slug, module in BUILTIN_MODULES.items() if module.on_completed}

    assert set(declared) == {"export_data", "deploy_model"}
    assert all(callable(load_hook(name)) for name in declared.values())
    assert BUILTIN_MODULES["execute_python_script"].requirements_param == "requirements"
    submit_hooks = {slug: module.on_submit for slug, module in BUILTIN_MODULES.items() if module.on_submit}
    assert set(submit_hooks) == {"import_data", "trained_model", "trained_transform", "execute_python_script"}
    assert all(callable(load_hook(name)) for name in submit_hooks.values())


def _imports_inside_functions(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) of every `from X import ...` inside a function of the file."""
    found = []
    for function in ast.walk(ast.parse(path.read_text())):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(function):
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    found.append((node.module, [alias.name for alias in node.names]))
    return found


def test_the_heavy_libraries_are_imported_when_a_step_runs_and_warm_up_imports_each_of_them() -> None:
    from runner.modules import STEP_LIBRARIES

    heavy = ("sklearn", "scipy")
    folder = Path(runner.modules.__file__).parent
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text())
        at_the_top = [
            node.module
            for node in tree.body
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in heavy
        ]
        assert not at_the_top, f"{path.name} imports {at_the_top} as it is imported: import them where they are used"
        for module, names in _imports_inside_functions(path):
            if module.split(".")[0] in heavy:
                libraries = {module} | {f"{module}.{name}" for name in names}
                assert libraries & set(STEP_LIBRARIES), f"{path.name}: {module} is not in STEP_LIBRARIES"


def test_the_web_and_worker_processes_read_the_specs_without_importing_scikit_learn() -> None:
    code = "import sys, runner.modules, runner.catalogue; print(sorted({'sklearn', 'scipy'} & set(sys.modules)))"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]", result.stdout
