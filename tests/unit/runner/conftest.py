"""Fixtures for the runner's unit tests: a warm LocalExecutor and an in-process module runner."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from designer.graph.spec import wire_port
from runner.executors.local import LocalExecutor
from runner.modules import BUILTIN_MODULES
from runner.step_contract import ExecutionResult, StepSpec
from runner.step_runtime import load_input, run_step, save_output

# Set in the worker's environment while its fork server starts; no step may see it.
PARENT_SECRET = "parent-secret-do-not-leak"


@pytest.fixture(scope="session")
def parent_secret() -> str:
    return PARENT_SECRET


@pytest.fixture(scope="session")
def executor() -> Iterator[LocalExecutor]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SECRET_KEY", PARENT_SECRET)
        local = LocalExecutor()
        local.warm_up()
    yield local
    local.close()


@dataclass
class ModuleRun:
    result: ExecutionResult
    outputs: dict[str, Any]
    events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def error(self) -> str:
        return self.result.error


RunModule = Callable[..., ModuleRun]


@pytest.fixture
def run_module(tmp_path: Path) -> RunModule:
    """Run a built-in module in this process, the way the step process does: inputs
    saved as artifacts, the spec's defaults under `params`, outputs read back."""
    counter = iter(range(1_000_000))

    def run(slug: str, *, params: dict[str, Any] | None = None, **inputs: Any) -> ModuleRun:
        module = BUILTIN_MODULES[slug].spec
        base = tmp_path / f"run{next(counter)}"
        input_dirs: dict[str, str] = {}
        input_types: dict[str, str] = {}
        wires: list[tuple[str, str, Any]] = []
        for name, value in inputs.items():
            spec_port = module.input(name)
            if spec_port is not None and spec_port.multiple:  # a list: one wire per item
                wires += [(wire_port(name, i), spec_port.type, item) for i, item in enumerate(value)]
            else:
                wires.append((name, spec_port.type if spec_port else "DataFrame", value))
        for port, port_type, value in wires:
            if isinstance(value, Path):
                input_dirs[port] = str(value)
            else:
                save_output(value, port_type, base / "in" / port, port)
                input_dirs[port] = str(base / "in" / port)
            input_types[port] = port_type
        spec = StepSpec(
            step_id="test",
            module=slug,
            version=module.version,
            entrypoint=module.entrypoint,
            params={**{p.name: p.default for p in module.params}, **(params or {})},
            inputs=input_dirs,
            input_types=input_types,
            outputs={p.name: p.type for p in module.outputs},
            multiple=[p.name for p in module.inputs if p.multiple],
        )
        control = io.StringIO()
        workdir = base / "work"
        workdir.mkdir(parents=True)
        result = run_step(spec, workdir, control)
        outputs = {port: load_input(Path(path), spec.outputs[port], port) for port, path in result.outputs.items()}
        events = [json.loads(line) for line in control.getvalue().splitlines()]
        return ModuleRun(result=result, outputs=outputs, events=events)

    return run
