"""The run engine works for every module alike: what a module asks of it (a completion
hook, a requirements parameter, a submit-time resolution) is declared by the module and
looked up by the step's module, so no engine source names a module."""

from __future__ import annotations

import ast
from pathlib import Path

from runner.modules import BUILTIN_MODULES

ENGINE = Path(__file__).resolve().parents[3] / "runner" / "engine"


def test_no_engine_module_names_a_builtin_module() -> None:
    named = [
        f"{path.name}:{node.lineno} names {node.value!r}"
        for path in sorted(ENGINE.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path)))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in BUILTIN_MODULES
    ]

    assert len(list(ENGINE.glob("*.py"))) > 5
    assert not named, "\n".join(named)
