"""Compute targets, by name, as the server knows them (GET /api/compute/)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pipewright.errors import PipewrightError

if TYPE_CHECKING:
    from pipewright.workspace import Workspace


class ComputeTarget:
    """A compute target the workspace can use; a name the server does not know is an error."""

    def __init__(self, workspace: Workspace, name: str) -> None:
        from pipewright.workspace import _compute_list

        targets = {item["name"]: item for item in _compute_list(workspace)}
        if name not in targets:
            raise PipewrightError(
                f"no compute target named {name!r}; the workspace has: {', '.join(sorted(targets)) or 'none'}",
                extra={"compute_target": name, "known": sorted(targets)},
                status=404,
            )
        self.workspace = workspace
        self.name = name
        self.details: dict[str, Any] = targets[name]

    def __repr__(self) -> str:
        return f"ComputeTarget({self.name!r})"
