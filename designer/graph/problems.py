"""Problems found in a graph document: one shape for parsing, validation and compiling.

The API returns them as `extra.errors` and the canvas pins each one to the node, port or
parameter it names, so every field that can locate a problem is filled in wherever it is
known.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Severity = Literal["error", "warning"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning")


# kw_only: four of the five fields are optional strings, so positional calls would be
# easy to get silently wrong (a port name landing in `param`).
@dataclass(frozen=True, kw_only=True)
class Problem:
    node_id: str | None = None
    port: str | None = None
    param: str | None = None
    message: str
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def to_dict(self) -> dict[str, Any]:
        return {
            "node_id": self.node_id,
            "port": self.port,
            "param": self.param,
            "message": self.message,
            "severity": self.severity,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Problem:
        severity = data.get("severity", "error")
        if severity not in SEVERITIES:
            raise ValueError(f"unknown problem severity {severity!r}")
        return cls(
            node_id=data.get("node_id"),
            port=data.get("port"),
            param=data.get("param"),
            message=str(data["message"]),
            severity=severity,
        )


def errors_of(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def warnings_of(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "warning"]
