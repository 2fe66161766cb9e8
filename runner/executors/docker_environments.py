"""Step images with extra Python packages, for custom modules that declare requirements.

environment_image(base, ["scikit-image==0.25.2"]) returns the tag of an image that is
`base` plus those packages, building it the first time and reusing it after that. The
tag is a hash of (base image id, sorted requirements, the image's Python version), so
the same requirements on the same base share one image, and a rebuilt base gets new
ones.

The packages are downloaded as wheels on the worker's host (which reaches the package
index) and installed in a container with no network (a build must not depend on a
registry or a bridge the engine may not have), which is then committed as the image:
the same result as `FROM base` + `RUN pip install`, in one layer.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import docker
from docker.errors import DockerException, ImageNotFound, NotFound
from docker.types import Mount

from runner.environments import EnvironmentBuildError

ENV_REPOSITORY = "pipewright-env"
# Set on step images (step-image/build.sh, step-image/step.Dockerfile).
PYTHON_LABEL = "org.pipewright.python"
# Set on environment images: the id of the image they were built on.
BASE_LABEL = "org.pipewright.base"
_DOWNLOAD_TIMEOUT_SECONDS = 600
_INSTALL_TIMEOUT_SECONDS = 600

_lock = threading.Lock()


def environment_image(base_image: str, requirements: Sequence[str], *, client: Any = None) -> str:
    """The tag of `base_image` with `requirements` installed, built on first use."""
    client = client or docker.from_env(timeout=_INSTALL_TIMEOUT_SECONDS)
    tag, wanted, python = _plan(client, base_image, requirements)
    if not wanted:
        return base_image
    # One build at a time in this process; another worker building the same tag at
    # the same moment only wastes time (both commits are the same environment).
    with _lock:
        try:
            client.images.get(tag)
            return tag
        except ImageNotFound:
            pass
        with tempfile.TemporaryDirectory(prefix="pipewright-wheels-") as wheels:
            _download_wheels(wanted, python, Path(wheels))
            _install_and_commit(client, base_image, wanted, Path(wheels), tag)
    return tag


def environment_tag(base_image: str, requirements: Sequence[str], *, client: Any = None) -> str:
    """The tag environment_image() uses for these requirements, without building it."""
    client = client or docker.from_env(timeout=_INSTALL_TIMEOUT_SECONDS)
    return _plan(client, base_image, requirements)[0]


def _plan(client: Any, base_image: str, requirements: Sequence[str]) -> tuple[str, list[str], str]:
    wanted = sorted({line.strip() for line in requirements if line.strip() and not line.strip().startswith("#")})
    if not wanted:
        return base_image, [], ""
    try:
        base = client.images.get(base_image)
    except ImageNotFound as exc:
        raise EnvironmentBuildError(f"the base image '{base_image}' is not on this machine") from exc
    python = str((base.labels or {}).get(PYTHON_LABEL) or f"{sys.version_info.major}.{sys.version_info.minor}")
    key = json.dumps({"base": base.id, "requirements": wanted, "python": python})
    return f"{ENV_REPOSITORY}:{hashlib.sha256(key.encode()).hexdigest()[:16]}", wanted, python


def _download_wheels(requirements: list[str], python: str, directory: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--quiet",
        "--disable-pip-version-check",
        "--only-binary=:all:",
        "--python-version",
        python,
        "--dest",
        str(directory),
        *requirements,
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=_DOWNLOAD_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired as exc:
        raise EnvironmentBuildError(f"downloading {', '.join(requirements)} took over {exc.timeout:g} s") from exc
    if done.returncode != 0:
        raise EnvironmentBuildError(f"could not download wheels for {', '.join(requirements)}: {_tail(done.stderr)}")
    # Readable by the container's pip whatever the worker's umask.
    directory.chmod(0o755)
    for wheel in directory.iterdir():
        wheel.chmod(0o644)


def _install_and_commit(client: Any, base_image: str, requirements: list[str], wheels: Path, tag: str) -> None:
    command = [
        "python3",
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-index",
        "--find-links",
        "/wheels",
        "--disable-pip-version-check",
        "--no-warn-script-location",
        "--root-user-action=ignore",
        "--no-cache-dir",
        # Debian's python3 (step-image/build.sh) marks its packages as the system's.
        "--break-system-packages",
        *requirements,
    ]
    container = client.containers.create(
        base_image,
        command,
        user="0:0",
        network_mode="none",
        mounts=[Mount("/wheels", str(wheels), type="bind", read_only=True)],
        labels={"pipewright.environment": tag},
    )
    try:
        container.start()
        try:
            status = container.wait(timeout=_INSTALL_TIMEOUT_SECONDS)
        except Exception as exc:  # requests' ReadTimeout: the install hangs
            raise EnvironmentBuildError(f"installing {', '.join(requirements)} took too long") from exc
        if status.get("StatusCode") != 0:
            output = container.logs().decode("utf-8", errors="replace")
            raise EnvironmentBuildError(f"pip could not install {', '.join(requirements)}: {_tail(output)}")
        repository, _, version = tag.partition(":")
        base = client.images.get(base_image)
        base_config = base.attrs.get("Config") or {}
        # The image runs like its base: the install's root user and command are not kept.
        changes = [
            f"USER {base_config.get('User') or '65534:65534'}",
            f"CMD {json.dumps(base_config.get('Cmd') or ['python3'])}",
            f"LABEL {BASE_LABEL}={base.id}",
        ]
        container.commit(repository=repository, tag=version, changes=changes)
    except DockerException as exc:
        raise EnvironmentBuildError(f"the docker engine failed to build {tag}: {exc}") from exc
    finally:
        with contextlib.suppress(NotFound):
            container.remove(force=True)


def _tail(text: str, lines: int = 8) -> str:
    return " | ".join(text.strip().splitlines()[-lines:]) or "no output"
