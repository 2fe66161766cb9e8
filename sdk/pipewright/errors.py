"""The one exception the SDK raises."""

from __future__ import annotations

from typing import Any


class PipewrightError(Exception):
    """Anything that went wrong: a refused request (with the server's message, `extra`
    and HTTP `status`) or a problem the SDK found itself (`status` is None).

    `extra` is the API error's extra object: for a pipeline with problems it holds
    `errors`, a list of {node_id, port, param, message, severity}.
    """

    def __init__(self, message: str, *, extra: dict[str, Any] | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.extra: dict[str, Any] = dict(extra or {})
        self.status = status

    def __str__(self) -> str:
        prefix = f"[{self.status}] " if self.status is not None else ""
        return prefix + self.message
