"""The SDK installs with pip on the oldest Python it supports, and imports there.

Needs a Python 3.10 interpreter (the machine's pyenv has one) and the package index
for `requests`; without the interpreter this skips, except under CI, where it fails.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

import pytest

SDK = Path(__file__).resolve().parents[2] / "sdk"


def python_310() -> str | None:
    found = shutil.which("python3.10")
    candidates = [found] if found else []
    candidates += sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.10.*/bin/python3.10")))
    for candidate in candidates:
        if subprocess.run([candidate, "--version"], capture_output=True).returncode == 0:
            return candidate
    return None


def test_the_sdk_installs_with_pip_on_python_310_and_imports(tmp_path: Path) -> None:
    interpreter = python_310()
    if interpreter is None:
        if os.environ.get("CI"):
            pytest.fail("no Python 3.10 interpreter to install the SDK with")
        pytest.skip("no Python 3.10 interpreter")
    venv = tmp_path / "venv"
    subprocess.run([interpreter, "-m", "venv", str(venv)], check=True)
    installed = subprocess.run(
        [str(venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check", str(SDK)],
        capture_output=True,
        text=True,
    )
    assert installed.returncode == 0, installed.stderr
    imported = subprocess.run(
        [
            str(venv / "bin" / "python"),
            "-c",
            "import sys, pipewright; from pipewright import Workspace, Pipeline, PythonScriptStep; "
            "print(sys.version_info[:2], pipewright.__name__)",
        ],
        capture_output=True,
        text=True,
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "(3, 10) pipewright"
