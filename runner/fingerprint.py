"""Cache keys for steps, and plain-language reasons why a step ran again.

No Django here: the runner stores `CacheComponents.to_dict()` on every step, so the key
can be recomputed and two runs of a node compared long after the fact.

key = sha256(canonical JSON of module + version, code digest, environment digest,
resolved params, input artifact digests by port, output port names). The compute target
is deliberately absent: the same step gives the same result on any machine, so a result
from the GPU box may be reused on a laptop.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

# Bumped whenever what goes into a key changes, so old keys stop matching instead of
# matching by accident.
KEY_FORMAT = 1

# A script step's source folder is named twice in its key: by the digest in its
# `source_snapshot` parameter and by the hidden input of that name that hands the folder
# to the step (designer.graph.spec.SOURCE_SNAPSHOT_PARAM, runner/sources.py). A change
# of either is one reason, in words rather than as two 64-digit digests.
SOURCE_SNAPSHOT = "source_snapshot"


def _canonical(value: object, path: str) -> Any:
    """Normalize to plain JSON types, rejecting anything without one spelling."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return int(value)  # int subclasses (IntEnum) serialize as plain numbers
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{path}: {value!r} has no JSON form and cannot be in a cache key")
        # -0.0 == 0.0 for every parameter a module could take; one spelling, one key.
        return 0.0 if value == 0 else value
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"{path}: key {key!r} is not a string")
            out[key] = _canonical(item, f"{path}.{key}")
        return out
    if isinstance(value, list | tuple):
        return [_canonical(item, f"{path}[{i}]") for i, item in enumerate(value)]
    raise TypeError(f"{path}: {type(value).__name__} is not JSON")


def canonical_json(obj: object) -> bytes:
    """One byte string per value: sorted keys, no whitespace, UTF-8, no NaN/Infinity.

    Floats are written with Python's shortest round-trip repr, so a float has one
    spelling however it was typed (0.7 and 0.70 parse to the same float). An int and a
    float of equal value stay distinct (1 vs 1.0); compile coerces float parameters so
    that this never splits a cache.
    """
    return json.dumps(
        _canonical(obj, "$"),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    ).encode("utf-8")


class _StepLike(Protocol):
    """What `CacheComponents.for_step` needs of a planned step (designer.graph's
    PlannedStep fits), without importing the designer package."""

    @property
    def module(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def code_digest(self) -> str: ...
    @property
    def environment_digest(self) -> str: ...
    @property
    def params(self) -> dict[str, Any]: ...
    @property
    def outputs(self) -> dict[str, str]: ...


@dataclass(frozen=True)
class CacheComponents:
    module: str
    version: str
    code_digest: str
    environment_digest: str
    params: dict[str, Any] = field(default_factory=dict)
    inputs: dict[str, str] = field(default_factory=dict)  # input port -> artifact digest
    outputs: tuple[str, ...] = ()  # output port names

    def __post_init__(self) -> None:
        # Output order carries no meaning; sorting keeps it out of the key. Copies keep a
        # stored record from changing under the caller.
        object.__setattr__(self, "outputs", tuple(sorted(self.outputs)))
        object.__setattr__(self, "params", dict(self.params))
        object.__setattr__(self, "inputs", dict(self.inputs))

    @classmethod
    def for_step(cls, step: _StepLike, input_digests: Mapping[str, str]) -> CacheComponents:
        return cls(
            module=step.module,
            version=step.version,
            code_digest=step.code_digest,
            environment_digest=step.environment_digest,
            params=step.params,
            inputs=dict(input_digests),
            outputs=tuple(step.outputs),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": KEY_FORMAT,
            "module": self.module,
            "version": self.version,
            "code_digest": self.code_digest,
            "environment_digest": self.environment_digest,
            "params": _canonical(self.params, "params"),
            "inputs": dict(sorted(self.inputs.items())),
            "outputs": list(self.outputs),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CacheComponents:
        return cls(
            module=data["module"],
            version=data["version"],
            code_digest=data["code_digest"],
            environment_digest=data["environment_digest"],
            params=dict(data.get("params", {})),
            inputs=dict(data.get("inputs", {})),
            outputs=tuple(data.get("outputs", ())),
        )

    @property
    def key(self) -> str:
        return cache_key(self)


def cache_key(components: CacheComponents) -> str:
    return hashlib.sha256(canonical_json(components.to_dict())).hexdigest()


def _shown(value: object, limit: int = 40) -> str:
    text = canonical_json(value).decode("utf-8")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _same(a: object, b: object) -> bool:
    return canonical_json(a) == canonical_json(b)


def explain_rerun(previous: CacheComponents | None, current: CacheComponents) -> list[str]:
    """Why `current` could not reuse `previous`, one short reason per difference.

    An empty list means nothing differs (the keys are equal).
    """
    if previous is None:
        return ["first run of this node"]
    reasons: list[str] = []
    if previous.module != current.module:
        reasons.append(f"module {previous.module} → {current.module}")
    if previous.version != current.version:
        reasons.append(f"module version {previous.version} → {current.version}")
    if previous.code_digest != current.code_digest:
        reasons.append("code changed")
    if previous.environment_digest != current.environment_digest:
        reasons.append("environment changed")
    reasons.extend(_param_reasons(previous.params, current.params))
    for port in sorted(set(previous.inputs) | set(current.inputs)):
        before, after = previous.inputs.get(port), current.inputs.get(port)
        if port == SOURCE_SNAPSHOT:
            reasons.append(_snapshot_reason(before, after))
        elif before is None:
            reasons.append(f"input {port} connected")
        elif after is None:
            reasons.append(f"input {port} disconnected")
        elif before != after:
            reasons.append(f"input {port} changed")
    if previous.outputs != current.outputs:
        reasons.append("outputs changed")
    # The parameter and the hidden input say the same; an empty string is no change.
    return [r for r in dict.fromkeys(reasons) if r]


def _snapshot_reason(before: object, after: object) -> str:
    if (before or "") == (after or ""):  # "" (no snapshot) and absent (an older key) are alike
        return ""
    if not before:
        return "source snapshot added"
    if not after:
        return "source snapshot removed"
    return f"source snapshot changed ({str(before)[:8]} → {str(after)[:8]})"


def _param_reasons(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    reasons = []
    for name in sorted(set(before) | set(after)):
        if name == SOURCE_SNAPSHOT:
            reasons.append(_snapshot_reason(before.get(name), after.get(name)))
        elif name not in before:
            reasons.append(f"param {name} added ({_shown(after[name])})")
        elif name not in after:
            reasons.append(f"param {name} removed")
        elif not _same(before[name], after[name]):
            old, new = _shown(before[name]), _shown(after[name])
            # A script or long text does not fit in one line: say that it changed.
            if old.endswith("…") or new.endswith("…"):
                reasons.append(f"param {name} changed")
            else:
                reasons.append(f"param {name} {old} → {new}")
    return reasons


def reuse_blocked_reason(*, deterministic: bool, reuse: bool, force_rerun: bool) -> str | None:
    """Why a step may not reuse a cached result at all, whatever its key; None if it may.

    The run-level reason comes first: it is what the user just asked for.
    """
    if force_rerun:
        return "run submitted with force re-run"
    if not reuse:
        return "node has reuse turned off"
    if not deterministic:
        return "module is not deterministic"
    return None


__all__ = [
    "KEY_FORMAT",
    "CacheComponents",
    "cache_key",
    "canonical_json",
    "explain_rerun",
    "reuse_blocked_reason",
]
