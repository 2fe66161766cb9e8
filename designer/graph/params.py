"""Parameter typing: what a value of each parameter type is, checked and converted in one place.

Every layer that meets a parameter value asks `check_value`: graph validation (values
written in the document and pipeline parameter defaults), compilation (the run's pipeline
parameter values), the module registry (a custom module's declared defaults) and the
built-in modules in the step process (values they read themselves, such as sweep ranges).
Pure Python, so the step process can import it.

The rule is JSON's types, never a parse of text: an int is a JSON integer, a float any
JSON number, a bool true or false, a columns value a list of names. A string is refused
for every non-text type, "1.5" included: a form turns what the user typed into typed
values before it sends them (the designer and the submit dialog do), so a string there
is a client's mistake, and guessing ("1,5"? "yes"?) would make a run's value depend on
who sent it. Why in docs/decisions.md, "Parameter typing".
"""

from __future__ import annotations

import json
import math
import numbers
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from designer.graph.spec import ParamSpec

# Types whose values are strings; a choice is a string checked against its list.
TEXT_TYPES = frozenset({"string", "text", "code", "choice"})


@dataclass(frozen=True)
class Checked:
    """The outcome of `check_value`: the converted value, or why the value was refused.

    `reason` follows the parameter name ("seed " + "must be an integer, got a string
    \"7\"") and renders values as JSON, as the designer and the API show them.
    `step_reason` says the same in the wording a step's error has always used, which
    renders values as Python does ("must be a whole number; got 2.5").
    """

    value: Any = None
    reason: str | None = None
    step_reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.reason is None

    def error(self, name: str) -> str:
        """The message naming the parameter; only for a refused value."""
        assert self.reason is not None, "the value was accepted"
        return f"{name} {self.reason}"


def _refused(reason: str, step_reason: str) -> Checked:
    return Checked(reason=reason, step_reason=step_reason)


def render_value(value: object, limit: int = 60) -> str:
    """A short JSON-looking rendering for messages (true, "mean", [1, 2], 0.7)."""
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=True, default=repr)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _render_bound(bound: float) -> str:
    if isinstance(bound, float) and bound.is_integer() and abs(bound) < 1e15:
        return str(int(bound))
    return repr(bound)


def _step_number(value: float) -> str:
    if isinstance(value, int):
        return str(value)  # exact, and no integer is too large for it
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:g}"


def _is_number(value: object) -> bool:
    # bool is an int subclass in Python; true is never a valid seed. numbers.Real also
    # admits numpy's scalars, which a module may hand back in.
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def check_value(spec: ParamSpec, value: object) -> Checked:
    """Check a non-None `value` against a parameter (its type, range and choices) and
    convert it: ints to int, floats to float (1 and 1.0 are one setting, so one cache
    key), columns to a list. Unknown types accept anything: a bad module spec is not the
    graph author's fault (the registry refuses such specs).

    None is the caller's business: it means "the default", allowed unless required.
    """

    def got() -> str:  # rendered only for a message: validation runs on every save
        return f"got {_kind(value)} {render_value(value)}"

    type_ = spec.type
    if type_ == "int":
        if not _is_number(value) or not isinstance(value, numbers.Integral):
            whole = "a whole number" if _is_number(value) else "a number"
            return _refused(f"must be an integer, {got()}", f"must be {whole}; got {value!r}")
        return _in_range(spec, value, int(value))
    if type_ == "float":
        if not _is_number(value):
            return _refused(f"must be a number, {got()}", f"must be a number; got {value!r}")
        try:
            number = float(value)  # type: ignore[arg-type]
        except OverflowError:  # an integer of hundreds of digits
            number = math.inf
        if not math.isfinite(number):
            return _refused(f"must be a finite number, {got()}", f"must be a finite number; got {value!r}")
        return _in_range(spec, value, number)
    if type_ == "bool":
        if not isinstance(value, bool):
            return _refused(f"must be true or false, {got()}", f"must be true or false; got {value!r}")
        return Checked(value=value)
    if type_ in ("string", "text", "code"):
        if not isinstance(value, str):
            return _refused(f"must be a string, {got()}", f"must be a string; got {value!r}")
        return Checked(value=value)
    if type_ == "choice":
        choices = spec.choices
        listed = ", ".join(choices or ())
        if not isinstance(value, str):
            step = f"must be one of {listed}; got {value!r}" if choices else f"must be a string; got {value!r}"
            return _refused(f"must be a string, {got()}", step)
        if choices is not None and value not in choices:
            return _refused(
                f"must be one of {listed}; got {render_value(value)}", f"must be one of {listed}; got {value!r}"
            )
        return Checked(value=value)
    if type_ == "columns":
        if not (isinstance(value, list | tuple) and all(isinstance(c, str) for c in value)):
            return _refused(f"must be a list of column names, {got()}", "must be a list of column names")
        return Checked(value=list(value))
    return Checked(value=value)


def _in_range(spec: ParamSpec, given: object, number: float) -> Checked:
    low, high = spec.min, spec.max
    if (low is not None and number < low) or (high is not None and number > high):
        if low is not None and high is not None:
            step_bounds = f"between {_step_number(low)} and {_step_number(high)}"
        elif low is not None:
            step_bounds = f"at least {_step_number(low)}"
        else:
            step_bounds = f"at most {_step_number(high)}"  # type: ignore[arg-type]
        if low is not None and number < low:
            reason = f"must be at least {_render_bound(low)}, got {render_value(given)}"
        else:
            reason = f"must be at most {_render_bound(high)}, got {render_value(given)}"  # type: ignore[arg-type]
        return _refused(reason, f"must be {step_bounds}; got {_step_number(number)}")
    return Checked(value=number)


def check_typed(type_: str, value: object, *, choices: Sequence[str] | None = None) -> Checked:
    """`check_value` for a bare type, such as a pipeline parameter's (no range)."""
    return check_value(ParamSpec("value", type_, choices=None if choices is None else tuple(choices)), value)


def is_empty(value: object) -> bool:
    """What a required parameter may not be: missing, blank text or an empty list."""
    return value is None or (isinstance(value, str) and not value.strip()) or (isinstance(value, list) and not value)


def binding_fits(pipeline_type: str, param_type: str) -> bool:
    """Can a pipeline parameter of one type feed a module parameter of another?"""
    return (
        pipeline_type == param_type
        or (pipeline_type == "int" and param_type == "float")
        # Text-like values are all strings; a choice is checked against its list when
        # the run's value is known.
        or (pipeline_type in TEXT_TYPES and param_type in TEXT_TYPES)
    )
