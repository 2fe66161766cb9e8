"""How deep the JSON a user sends may nest.

Python's JSON parser, copy.deepcopy, the validator and the canonical JSON of cache keys
all recurse once per level, so a value nested a thousand levels deep runs them out of
stack: a RecursionError, which is a 500 wherever it is not caught. Nothing a pipeline,
a module spec or a table needs comes near 64 levels, so every JSON value from a user (a
request body, a websocket message, a graph document, a module spec, a JSON lines
record) is refused past that, counting the outermost array or object as level 1.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

MAX_JSON_DEPTH = 64

PathKey = str | int


def too_deep_message(limit: int = MAX_JSON_DEPTH) -> str:
    return f"JSON nested deeper than {limit} levels"


class TooDeep(ValueError):
    def __init__(self, limit: int = MAX_JSON_DEPTH) -> None:
        self.limit = limit
        super().__init__(too_deep_message(limit))


def _children(value: Any) -> Iterator[tuple[PathKey, Any]]:
    if isinstance(value, dict):
        return iter(value.items())
    return enumerate(value)


def too_deep_at(value: object, limit: int = MAX_JSON_DEPTH) -> list[PathKey] | None:
    """The keys leading to the first array or object nested deeper than `limit`
    levels ([] when `value` itself is), or None when it is not too deep.

    A loop with its own stack, not a recursion: it must not fail on what it checks.
    """
    containers = (dict, list, tuple)
    if not isinstance(value, containers):
        return None
    if limit < 1:
        return []
    path: list[PathKey] = []  # the key of each open container below the outermost one
    open_containers = [_children(value)]
    while open_containers:
        for key, child in open_containers[-1]:
            if isinstance(child, containers):
                path.append(key)
                if len(open_containers) >= limit:  # child is level len + 1
                    return path
                open_containers.append(_children(child))
                break
        else:
            open_containers.pop()
            if path:
                path.pop()
    return None


def loads(text: str | bytes, *, limit: int = MAX_JSON_DEPTH, **options: Any) -> Any:
    """json.loads that raises TooDeep (a ValueError) for a value nested past `limit`.

    The parser gives up with a RecursionError somewhere below a thousand levels; a
    value it manages to read is measured afterwards.
    """
    try:
        value = json.loads(text, **options)
    except RecursionError:
        raise TooDeep(limit) from None
    if too_deep_at(value, limit) is not None:
        raise TooDeep(limit)
    return value
