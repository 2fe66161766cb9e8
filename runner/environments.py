"""Python environments for custom modules: their declared requirements, built once, cached.

A module spec may declare `environment: {"requirements": ["tabulate==0.9.0", ...]}`.
ensure_python_environment() turns that list into a directory of installed packages
under ENVIRONMENTS_ROOT (default <data dir>/environments/<digest>), keyed by the
sha256 of the sorted requirements, the Python version and the platform. The first
worker to need it builds it with `pip install --target` under a file lock; every
later step, on any worker sharing the data directory, reuses it. The local executor
puts the directory first on sys.path in the step process (StepSpec.environment_path)
and lets the step read it and nothing else of the data directory.

Why `pip install --target` and not a venv: a step process is forked from the fork
server, which has numpy, pandas, pyarrow and scikit-learn imported already; it cannot
switch interpreters, only add import paths. A directory of packages added to
sys.path is exactly that. The packages the server preloads are pinned to the
worker's versions (a constraints file), because the step would use the preloaded
ones anyway: a requirement that needs another version fails the build with pip's
resolver message instead of failing oddly at run time. Only wheels are installed:
building an sdist runs its setup code in the worker, outside any sandbox.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement

MANIFEST = "pipewright-environment.json"
# Imported by the fork server before any step runs; see the module docstring.
PRELOADED_DISTRIBUTIONS = ("numpy", "pandas", "pyarrow", "scikit-learn", "scipy", "joblib", "threadpoolctl")
BUILD_TIMEOUT_SECONDS = 900
_MAX_ERROR_CHARS = 4000
# Not for pip's eyes: it runs in the worker and needs the network, not the service's secrets.
_SECRET_VARIABLES = ("SECRET_KEY", "SECRET_KEY_FILE", "DATABASE_URL", "REDIS_URL")


class EnvironmentBuildError(Exception):
    """The environment could not be built; the message is pip's own error, shortened."""


@dataclass(frozen=True)
class PythonEnvironment:
    path: str
    digest: str


def python_tag() -> str:
    """What a built environment depends on besides its requirements: "cpython-3.11"."""
    return f"{platform.python_implementation().lower()}-{sys.version_info.major}.{sys.version_info.minor}"


def requirements_of(environment: dict[str, Any]) -> list[str]:
    """The pip requirements a module spec's environment declares: a list of strings or
    one string with a requirement per line (# comments allowed); [] when none."""
    declared = environment.get("requirements") or []
    lines = declared.splitlines() if isinstance(declared, str) else [str(item) for item in declared]
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


def environment_digest_of(requirements: list[str]) -> str:
    """The cache key of an environment: sorted requirements, Python version, platform."""
    canonical = {
        "requirements": sorted(_normalized(requirements)),
        "python": python_tag(),
        "platform": sysconfig.get_platform(),
    }
    return hashlib.sha256(json.dumps(canonical, sort_keys=True).encode()).hexdigest()


def ensure_python_environment(
    requirements: list[str], *, root: Path | None = None, timeout: float = BUILD_TIMEOUT_SECONDS
) -> PythonEnvironment:
    """The built environment for `requirements`, building it first if no one has.

    Safe to call from several workers at once: one builds, the others wait on the
    lock and then reuse its result. Raises EnvironmentBuildError.
    """
    normalized = _normalized(requirements)
    if not normalized:
        raise EnvironmentBuildError("no requirements to install")
    digest = environment_digest_of(normalized)
    root = (root or _default_root()).resolve()
    target = root / digest
    if (target / MANIFEST).is_file():
        return PythonEnvironment(path=str(target), digest=digest)
    root.mkdir(parents=True, exist_ok=True)
    with _locked(root / f"{digest}.lock"):
        if (target / MANIFEST).is_file():  # built while we waited
            return PythonEnvironment(path=str(target), digest=digest)
        staging = Path(tempfile.mkdtemp(dir=root, prefix=f".build-{digest[:12]}-"))
        try:
            _pip_install(sorted(normalized), staging, timeout)
            manifest = {
                "requirements": sorted(normalized),
                "python": python_tag(),
                "platform": sysconfig.get_platform(),
            }
            (staging / MANIFEST).write_text(json.dumps(manifest, indent=1))
            os.chmod(staging, 0o755)  # mkdtemp's 0700 would hide it from an unprivileged step
            if target.exists():  # a half-removed leftover: it has no manifest
                shutil.rmtree(target)
            os.rename(staging, target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return PythonEnvironment(path=str(target), digest=digest)


def _normalized(requirements: list[str]) -> list[str]:
    result = []
    for line in requirements:
        text = line.strip()
        if not text:
            continue
        try:
            result.append(str(Requirement(text)))
        except InvalidRequirement as exc:
            raise EnvironmentBuildError(f"'{text}' is not a valid requirement: {exc}") from None
    return sorted(set(result))


def _default_root() -> Path:
    from django.conf import settings

    return Path(settings.ENVIRONMENTS_ROOT)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    with open(path, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _pip_install(requirements: list[str], target: Path, timeout: float) -> None:
    constraints = target.parent / f"{target.name}.constraints.txt"
    constraints.write_text("".join(f"{name}=={version}\n" for name, version in _preloaded_versions().items()))
    command = [
        sys.executable,
        "-m",
        "pip",
        "install",
        "--target",
        str(target),
        "--only-binary",
        ":all:",
        "--constraint",
        str(constraints),
        "--no-input",
        "--disable-pip-version-check",
        "--no-warn-script-location",
        "--quiet",
        *requirements,
    ]
    env = {key: value for key, value in os.environ.items() if key not in _SECRET_VARIABLES}
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env, check=False)
    except subprocess.TimeoutExpired:
        raise EnvironmentBuildError(
            f"pip did not finish installing {', '.join(requirements)} within {timeout:g} s"
        ) from None
    finally:
        constraints.unlink(missing_ok=True)
    if done.returncode != 0:
        output = (done.stderr.strip() or done.stdout.strip())[-_MAX_ERROR_CHARS:]
        raise EnvironmentBuildError(f"pip could not install {', '.join(requirements)}:\n{output}")


def _preloaded_versions() -> dict[str, str]:
    versions = {}
    for name in PRELOADED_DISTRIBUTIONS:
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions[name] = metadata.version(name)
    return versions
