"""Datasets: upload a DataFrame or a file as a new version, read a version back."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipewright._frames import frame_from_bytes, frame_to_parquet, is_dataframe
from pipewright.errors import PipewrightError

if TYPE_CHECKING:
    from pipewright.workspace import Workspace


class Dataset:
    """A named dataset of a workspace, at one version (the newest unless one is named)."""

    def __init__(self, workspace: Workspace, record: dict[str, Any], version: int | None = None) -> None:
        self.workspace = workspace
        self.id: int = record["id"]
        self.name: str = record["name"]
        self.description: str = record.get("description", "")
        self.versions: list[dict[str, Any]] = sorted(record.get("versions", []), key=lambda v: v["version"])
        if not self.versions:
            raise PipewrightError(f"dataset {self.name!r} has no versions")
        numbers = [v["version"] for v in self.versions]
        if version is None:
            version = numbers[-1]
        if version not in numbers:
            raise PipewrightError(
                f"dataset {self.name!r} has no version {version}; it has {', '.join(map(str, numbers))}",
                extra={"dataset": self.name, "versions": numbers},
            )
        self.version: int = version

    def __repr__(self) -> str:
        return f"Dataset({self.name!r}, version={self.version})"

    @property
    def _record(self) -> dict[str, Any]:
        return next(v for v in self.versions if v["version"] == self.version)

    @property
    def row_count(self) -> int | None:
        value = self._record.get("row_count")
        return int(value) if value is not None else None

    @property
    def digest(self) -> str:
        return str(self._record["digest"])

    @staticmethod
    def upload(
        workspace: Workspace, name: str, data: Any, *, description: str = "", filename: str | None = None
    ) -> Dataset:
        """Upload a DataFrame (sent as Parquet) or a file (CSV, TSV, Parquet or JSON lines;
        a path) as the next version of the named dataset (created on first upload)."""
        if is_dataframe(data):
            content, filename = frame_to_parquet(data), filename or f"{name}.parquet"
        elif isinstance(data, str | os.PathLike):
            path = Path(data)
            try:
                content = path.read_bytes()
            except OSError as exc:
                raise PipewrightError(f"cannot read {path}: {exc}") from exc
            filename = filename or path.name
        elif isinstance(data, bytes):
            if filename is None:
                raise PipewrightError("uploading bytes needs a filename whose suffix names the format")
            content = data
        else:
            raise PipewrightError(f"Dataset.upload takes a DataFrame, a path or bytes; got {type(data).__name__}")
        form: dict[str, Any] = {"name": name, "description": description}
        if workspace.workspace is not None:
            form["workspace"] = str(workspace.workspace)
        record = workspace._client.post("/api/datasets/", data=form, files={"file": (filename, content)})
        return Dataset(workspace, record)

    @staticmethod
    def get(workspace: Workspace, name: str, version: int | None = None) -> Dataset:
        for record in workspace._client.all_pages("/api/datasets/"):
            if record["name"] == name and (workspace.workspace is None or record["workspace"] == workspace.workspace):
                return Dataset(workspace, record, version)
        raise PipewrightError(f"dataset {name!r} not found", extra={"dataset": name}, status=404)

    def download(self) -> bytes:
        """The stored table file (Parquet) of this version."""
        path = f"/api/datasets/{self.id}/versions/{self.version}/download/"
        return self.workspace._client.request("GET", path).content

    def to_pandas_dataframe(self) -> Any:
        return frame_from_bytes(self.download())
