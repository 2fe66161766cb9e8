"""Compact storage of a pipeline's successive graphs (its version history).

A graph is stored as canonical JSON text (sorted keys, one value per line), so two
equal graphs have the same text and the same digest. Every so often a version is a
*snapshot*: that text, zlib-compressed. The versions between are *deltas* against the
version before them: the line ranges of its text that changed, with their new lines,
zlib-compressed. An edit usually touches a few lines, so a delta is tens of bytes
where a snapshot of the Titanic sample is about 900, and an unchanged graph (a save
that only renamed the pipeline) costs about ten.

Reading a version replays the deltas since its snapshot, at most SNAPSHOT_EVERY - 1
small ones, and the round trip is exact: the text is rebuilt line for line and parsed,
and its digest must be the one recorded when it was saved (docs/decisions.md,
"Pipeline history").

Pure Python: no Django here (the store and its rows are designer/versions.py).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import zlib
from typing import Any

SNAPSHOT = "snapshot"
DELTA = "delta"

# A delta is kept only while it is well under a snapshot's size; past that (a rewrite,
# an import over the graph) the version is a snapshot of its own.
DELTA_LIMIT_RATIO = 0.5
# And a new snapshot at least this often, so reading a version replays few deltas.
SNAPSHOT_EVERY = 50

# zlib's default level: level 9 saved 1-2 % more for twice the time on a 1,000-node graph.
_LEVEL = 6


class CorruptVersion(ValueError):
    """A stored version does not rebuild into the graph it was saved as."""


def canonical_text(graph: Any) -> str:
    """Sorted keys, one value per line: equal graphs give equal text, and an edit to one
    field changes one line."""
    return json.dumps(graph, sort_keys=True, indent=0, separators=(",", ":"), ensure_ascii=False)


def digest_of_text(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def graph_digest(graph: Any) -> str:
    return digest_of_text(canonical_text(graph))


def pack_snapshot(text: str) -> bytes:
    return zlib.compress(text.encode(), _LEVEL)


def unpack_snapshot(data: bytes) -> str:
    return zlib.decompress(data).decode()


def line_delta(base: list[str], lines: list[str]) -> list[list[Any]]:
    """[start, end, new lines] for each range of `base` that `lines` replaces.

    The common head and tail are cut before difflib looks, so the usual edit (one
    place in a long document) costs next to nothing even for a thousand nodes."""
    head = 0
    limit = min(len(base), len(lines))
    while head < limit and base[head] == lines[head]:
        head += 1
    tail = 0
    while tail < limit - head and base[len(base) - 1 - tail] == lines[len(lines) - 1 - tail]:
        tail += 1
    old = base[head : len(base) - tail]
    new = lines[head : len(lines) - tail]
    matcher = difflib.SequenceMatcher(None, old, new)
    return [[head + i1, head + i2, new[j1:j2]] for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def apply_line_delta(base: list[str], delta: list[list[Any]]) -> list[str]:
    out: list[str] = []
    at = 0
    for start, end, replacement in delta:
        if not (at <= start <= end <= len(base)):
            raise CorruptVersion(f"a delta range {start}:{end} does not fit a base of {len(base)} lines")
        out.extend(base[at:start])
        out.extend(replacement)
        at = end
    out.extend(base[at:])
    return out


def pack_delta(base_text: str, text: str) -> bytes:
    delta = line_delta(base_text.split("\n"), text.split("\n"))
    return zlib.compress(json.dumps(delta, separators=(",", ":"), ensure_ascii=False).encode(), _LEVEL)


def unpack_delta(base_text: str, data: bytes) -> str:
    delta = json.loads(zlib.decompress(data))
    return "\n".join(apply_line_delta(base_text.split("\n"), delta))


def choose(previous_text: str | None, text: str, since_snapshot: int) -> tuple[str, bytes]:
    """(kind, data) for storing `text`: a delta against `previous_text` (the version
    before it, `since_snapshot` versions after the latest snapshot) while that is small
    and the chain short, else a new snapshot."""
    snapshot = pack_snapshot(text)
    if previous_text is None or since_snapshot + 1 >= SNAPSHOT_EVERY:
        return SNAPSHOT, snapshot
    delta = pack_delta(previous_text, text)
    if len(delta) > len(snapshot) * DELTA_LIMIT_RATIO:
        return SNAPSHOT, snapshot
    return DELTA, delta


def rebuild(snapshot: bytes, deltas: list[bytes], digest: str) -> Any:
    """The graph of a version stored as `snapshot` followed by `deltas` (each against
    the one before), checked against the digest it was saved with."""
    lines = unpack_snapshot(snapshot).split("\n")
    for delta in deltas:
        lines = apply_line_delta(lines, json.loads(zlib.decompress(delta)))
    text = "\n".join(lines)
    if digest_of_text(text) != digest:
        raise CorruptVersion("the rebuilt graph does not match the digest it was saved with")
    return json.loads(text)
