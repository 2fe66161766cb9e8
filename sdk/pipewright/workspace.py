"""Workspace: where the SDK talks to (a server URL and an API token)."""

from __future__ import annotations

import json
import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipewright._http import DEFAULT_TIMEOUT, Client
from pipewright.errors import PipewrightError

if TYPE_CHECKING:
    from pipewright.steps import ModuleCatalogue

CONFIG_FILE = "config.json"
CONFIG_DIR = ".pipewright"
URL_VARIABLE = "PIPEWRIGHT_URL"
TOKEN_VARIABLE = "PIPEWRIGHT_TOKEN"


class Workspace:
    """A Pipewright server seen through one user's API token.

    `workspace` is the id of the workspace new objects go into; None means the
    server's choice for that user (their own workspace, or the one where they hold the
    highest role).
    """

    def __init__(self, url: str, token: str, *, workspace: int | None = None, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.url = url.rstrip("/")
        self.workspace = workspace
        self._client = Client(url, token, timeout=timeout)

    def __repr__(self) -> str:
        return f"Workspace({self.url!r})"

    @classmethod
    def from_config(cls, path: str | os.PathLike[str] | None = None) -> Workspace:
        """A workspace from a JSON file {"url", "token", "workspace"?} or the environment.

        With no path: PIPEWRIGHT_URL and PIPEWRIGHT_TOKEN when both are set, else the first
        config.json or .pipewright/config.json found in the current directory or a parent.
        """
        if path is None:
            url, token = os.environ.get(URL_VARIABLE), os.environ.get(TOKEN_VARIABLE)
            if url and token:
                return cls(url, token)
            found = find_config(Path.cwd())
            if found is None:
                raise PipewrightError(
                    f"no {CONFIG_FILE} in {Path.cwd()} or its parents, and {URL_VARIABLE} / {TOKEN_VARIABLE} "
                    "are not set"
                )
            path = found
        return cls(**read_config(Path(path)))

    def _get(self, path: str, **kwargs: Any) -> Any:
        return self._client.get(path, **kwargs)

    @cached_property
    def modules(self) -> ModuleCatalogue:
        """A step factory per catalogue module: ws.modules.split_data(dataset=..., fraction=0.7)."""
        from pipewright.steps import ModuleCatalogue

        return ModuleCatalogue(self)

    @property
    def datasets(self) -> dict[str, Any]:
        """The workspace's datasets by name."""
        from pipewright.data import Dataset

        return {item["name"]: Dataset(self, item) for item in self._client.all_pages("/api/datasets/")}

    @property
    def compute_targets(self) -> dict[str, Any]:
        from pipewright.compute import ComputeTarget

        return {item["name"]: ComputeTarget(self, item["name"]) for item in _compute_list(self)}


def _compute_list(ws: Workspace) -> list[dict[str, Any]]:
    return ws._client.all_pages("/api/compute/")


def find_config(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        for candidate in (folder / CONFIG_FILE, folder / CONFIG_DIR / CONFIG_FILE):
            if candidate.is_file():
                return candidate
    return None


def read_config(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise PipewrightError(f"cannot read {path}: {exc}") from exc
    if not isinstance(data, dict) or not data.get("url") or not data.get("token"):
        raise PipewrightError(f'{path} must be a JSON object with "url" and "token" (and optionally "workspace")')
    config: dict[str, Any] = {"url": str(data["url"]), "token": str(data["token"])}
    if data.get("workspace") is not None:
        config["workspace"] = int(data["workspace"])
    return config
