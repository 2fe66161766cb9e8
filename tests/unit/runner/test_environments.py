"""Python environments for custom modules' requirements: built once, cached, importable in a step.

These tests install a tiny pure-Python wheel (tabulate) from the package index.
"""

from __future__ import annotations

import textwrap
import threading
from pathlib import Path

import pytest

from designer import services
from runner import environments
from runner.environments import EnvironmentBuildError, ensure_python_environment, requirements_of
from runner.executors.local import LocalExecutor
from runner.step_contract import StepSpec
from tests.unit.runner.test_local_executor import run

TABULATE = "tabulate==0.9.0"


def tabulate_step(environment_path: str | None) -> StepSpec:
    source = textwrap.dedent(
        """
        import tabulate

        def main(ctx):
            print(tabulate.__version__, tabulate.__file__)
            print(tabulate.tabulate([[1, 2]], headers=["a", "b"], tablefmt="plain"))
        """
    )
    return StepSpec(
        step_id="e1",
        module="tabulated",
        version="1.0.0",
        entrypoint="custom:main",
        source=source,
        environment_path=environment_path,
    )


def test_a_custom_module_imports_its_requirement_from_a_built_environment_and_the_second_build_is_a_hit(
    executor: LocalExecutor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "environments"

    built = ensure_python_environment([TABULATE], root=root)
    monkeypatch.setattr(environments, "_pip_install", lambda *args: pytest.fail("pip ran for a cached environment"))
    again = ensure_python_environment([f" {TABULATE} "], root=root)
    result, log = run(executor, tabulate_step(built.path), tmp_path)
    without, _ = run(executor, tabulate_step(None), tmp_path / "without")

    assert again == built
    assert Path(built.path) == root / built.digest
    assert result.status == "completed", (result.error, result.traceback)
    assert log.lines[0] == f"0.9.0 {built.path}/tabulate/__init__.py"
    assert [line.split() for line in log.lines[1:]] == [["a", "b"], ["1", "2"]]
    assert without.status == "failed"
    assert without.error == "ModuleNotFoundError: No module named 'tabulate'"


def test_two_workers_asking_at_once_build_the_environment_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []
    real_install = environments._pip_install

    def counting_install(requirements: list[str], target: Path, timeout: float) -> None:
        calls.append(requirements)
        real_install(requirements, target, timeout)

    monkeypatch.setattr(environments, "_pip_install", counting_install)
    results: list[environments.PythonEnvironment] = []
    threads = [
        threading.Thread(target=lambda: results.append(ensure_python_environment([TABULATE], root=tmp_path)))
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert calls == [[TABULATE]]
    assert len(results) == 2 and results[0] == results[1]


def test_a_failed_build_reports_pips_error_and_leaves_nothing_behind(tmp_path: Path) -> None:
    with pytest.raises(EnvironmentBuildError) as raised:
        ensure_python_environment(["pipewright-no-such-package-4f1c==1.0"], root=tmp_path)

    message = str(raised.value)
    assert message.startswith("pip could not install pipewright-no-such-package-4f1c==1.0:\n")
    assert "No matching distribution found for pipewright-no-such-package-4f1c==1.0" in message
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == []


def test_a_requirement_that_is_not_pip_syntax_fails_before_pip_runs(tmp_path: Path) -> None:
    with pytest.raises(EnvironmentBuildError, match="'tabulate from here' is not a valid requirement"):
        ensure_python_environment(["tabulate from here"], root=tmp_path)


def test_the_environment_key_ignores_order_and_spacing_but_not_the_python_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = environments.environment_digest_of(["b==1", "a>=2"])

    assert environments.environment_digest_of([" a >= 2", "b==1"]) == key
    monkeypatch.setattr(environments, "python_tag", lambda: "cpython-3.99")
    assert environments.environment_digest_of(["b==1", "a>=2"]) != key


def test_requirements_are_read_from_a_list_or_from_lines() -> None:
    assert requirements_of({}) == []
    assert requirements_of({"requirements": ["six==1.16.0", " "]}) == ["six==1.16.0"]
    assert requirements_of({"requirements": "six==1.16.0\n# a comment\ntabulate  # tables\n"}) == [
        "six==1.16.0",
        "tabulate",
    ]


def test_the_modules_environment_digest_includes_the_python_version(monkeypatch: pytest.MonkeyPatch) -> None:
    environment = {"requirements": [TABULATE]}
    digest = services.environment_digest(environment)

    assert services.environment_digest({"requirements": [TABULATE]}) == digest
    monkeypatch.setattr(services, "python_version", lambda: "3.99")
    assert services.environment_digest(environment) != digest
