"""The import graph of designer, runner and api: no cycles, and designer imports nothing
of runner.

Imports inside functions count: they hide a cycle from the interpreter, not from a
reader. A cycle makes two modules one module that is hard to read; designer importing
runner makes the design domain depend on the run engine that depends on it. What the
design domain needs of the run side it reaches through designer/ports.py, which the
runner registers (runner/apps.py).
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("designer", "runner", "api")
# Each layer may import the layers before it, never one after it (docs/architecture.md).
LAYERS = ("designer.graph", "designer", "runner", "api")
# The project's ASGI entry point puts api's websocket routes, their authentication and
# its lean HTTP routes in front of Django: wiring, not the design domain, and nothing
# imports it.
WIRING = {("designer.asgi", "api.routing"), ("designer.asgi", "api.ws_auth"), ("designer.asgi", "api.sync_routes")}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def import_graph() -> nx.DiGraph:
    files = {
        _module_name(path): path
        for package in PACKAGES
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
    }
    graph = nx.DiGraph()
    for module, path in files.items():
        graph.add_node(module)
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join([*parts, *([node.module] if node.module else [])])
                # `from package import submodule` depends on the submodule.
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in files else base for a in node.names]
            else:
                continue
            for target in targets:
                while target and target not in files:  # a name inside a module: the module
                    target = target.rpartition(".")[0]
                if target and target != module:
                    graph.add_edge(module, target)
    return graph


def test_no_module_imports_itself_through_others() -> None:
    cycles = [sorted(component) for component in nx.strongly_connected_components(import_graph()) if len(component) > 1]

    assert not cycles, f"import cycles: {cycles}"


def _in_package(module: str, package: str) -> bool:
    return module == package or module.startswith(f"{package}.")


def test_designer_imports_nothing_of_runner() -> None:
    imports = sorted(
        (source, target)
        for source, target in import_graph().edges
        if _in_package(source, "designer") and _in_package(target, "runner")
    )

    assert imports == [], f"designer imports runner (reach it through designer.ports instead): {imports}"


def _layer(module: str) -> int:
    """The index in LAYERS of the innermost layer holding `module`."""
    return LAYERS.index(max((layer for layer in LAYERS if _in_package(module, layer)), key=len))


def test_each_layer_imports_only_the_layers_before_it() -> None:
    upward = sorted(
        (source, target)
        for source, target in import_graph().edges
        if _layer(target) > _layer(source) and (source, target) not in WIRING
    )

    assert upward == [], f"imports of a later layer ({' < '.join(LAYERS)}): {upward}"


def test_the_checker_sees_imports_inside_functions() -> None:
    graph = import_graph()

    # runner.executors imports the local executor only inside get_executor's helper.
    assert graph.has_edge("runner.executors", "runner.executors.local")
    assert graph.has_edge("runner.tasks", "runner.services")
    # runner.apps imports designer.ports at module level, the runner's side of it inside functions.
    assert graph.has_edge("runner.apps", "designer.ports")
    assert graph.has_edge("runner.apps", "runner.modules")


def test_the_engine_imports_neither_its_celery_adapter_nor_its_facade() -> None:
    graph = import_graph()
    engine = [module for module in graph.nodes if module == "runner.engine" or module.startswith("runner.engine.")]

    assert len(engine) > 5
    for module in engine:
        assert not graph.has_edge(module, "runner.tasks"), f"{module} imports runner.tasks"
        assert not graph.has_edge(module, "runner.services"), f"{module} imports the facade over it"
    assert graph.has_edge("runner.services", "runner.engine")


def test_the_engine_modules_import_no_private_name_of_each_other() -> None:
    private = []
    for path in (ROOT / "runner" / "engine").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("runner.engine"):
                private += [f"{path.name}: {a.name}" for a in node.names if a.name.startswith("_")]

    assert not private
