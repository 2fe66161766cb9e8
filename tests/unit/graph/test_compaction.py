"""Compact version storage: every stored version rebuilds into exactly the graph it was
saved as, and a history of ordinary edits costs a small fraction of full copies."""

from __future__ import annotations

import copy
import json
import random
import zlib
from typing import Any

import pytest

from designer.graph import compaction
from designer.samples import SAMPLES_BY_KEY

TITANIC = SAMPLES_BY_KEY["binary-classification-titanic-survival"]["graph"]


def stored_history(graphs: list[Any]) -> list[tuple[str, bytes, str]]:
    """What designer/versions.py stores for these successive saves: (kind, data,
    digest), each delta against the save before it, with the same choice of kind."""
    rows: list[tuple[str, bytes, str]] = []
    since = 0
    for number, graph in enumerate(graphs):
        text = compaction.canonical_text(graph)
        previous = compaction.canonical_text(graphs[number - 1]) if number else None
        kind, data = compaction.choose(previous, text, since)
        rows.append((kind, data, compaction.digest_of_text(text)))
        since = 0 if kind == compaction.SNAPSHOT else since + 1
    return rows


def rebuilt(rows: list[tuple[str, bytes, str]], number: int) -> Any:
    start = max(i for i in range(number + 1) if rows[i][0] == compaction.SNAPSHOT)
    return compaction.rebuild(rows[start][1], [data for _, data, _ in rows[start + 1 : number + 1]], rows[number][2])


def edit_sessions(graph: dict[str, Any], saves: int, seed: int = 13) -> list[dict[str, Any]]:
    """Successive saves as the canvas makes them: a node moved, a parameter changed, a
    label typed, now and then a node added or removed."""
    rng = random.Random(seed)
    graphs = [copy.deepcopy(graph)]
    for i in range(1, saves):
        g = copy.deepcopy(graphs[-1])
        node = rng.choice(g["nodes"])
        action = rng.random()
        if action < 0.5:
            node["position"] = {"x": rng.randrange(0, 2000), "y": rng.randrange(0, 1200)}
        elif action < 0.8:
            node.setdefault("params", {})[f"p{rng.randrange(5)}"] = rng.choice([rng.random(), "text é ✓", [1, 2], None])
        elif action < 0.9:
            node["label"] = f"Step {i}"
        elif action < 0.95:
            g["nodes"].append({**copy.deepcopy(node), "id": f"copy{i}", "position": {"x": i, "y": i}})
        elif len(g["nodes"]) > 2:
            g["nodes"].remove(node)
            g["edges"] = [e for e in g["edges"] if node["id"] not in (e["source"], e["target"])]
        graphs.append(g)
    return graphs


def test_every_version_of_a_long_history_rebuilds_exactly() -> None:
    graphs = edit_sessions(TITANIC, 120)
    rows = stored_history(graphs)
    assert {kind for kind, *_ in rows} == {compaction.SNAPSHOT, compaction.DELTA}
    for number, graph in enumerate(graphs):
        assert rebuilt(rows, number) == graph, number


def test_a_hundred_saves_of_the_titanic_sample_cost_a_fraction_of_full_copies() -> None:
    """The figure docs/decisions.md quotes ("Pipeline history")."""
    graphs = edit_sessions(TITANIC, 100)
    stored = sum(len(data) for _, data, _ in stored_history(graphs))
    plain = sum(len(json.dumps(g).encode()) for g in graphs)
    compressed = sum(len(zlib.compress(compaction.canonical_text(g).encode())) for g in graphs)
    print(
        f"\n100 saves of the Titanic sample: {plain} B as JSON, {compressed} B compressed one by one, {stored} B stored"
    )
    assert stored < compressed / 8


def test_an_unchanged_graph_costs_a_few_bytes() -> None:
    text = compaction.canonical_text(TITANIC)
    kind, data = compaction.choose(text, text, since_snapshot=1)
    assert kind == compaction.DELTA
    assert len(data) < 16


def test_a_rewrite_or_a_long_chain_starts_a_new_snapshot() -> None:
    base = compaction.canonical_text(TITANIC)
    other = compaction.canonical_text(SAMPLES_BY_KEY["iris-quickstart"]["graph"])
    assert compaction.choose(base, other, since_snapshot=1)[0] == compaction.SNAPSHOT
    assert compaction.choose(base, base, since_snapshot=compaction.SNAPSHOT_EVERY - 1)[0] == compaction.SNAPSHOT
    assert compaction.choose(base, base, since_snapshot=compaction.SNAPSHOT_EVERY - 2)[0] == compaction.DELTA
    assert compaction.choose(None, base, since_snapshot=0)[0] == compaction.SNAPSHOT


def test_equal_graphs_have_one_text_whatever_their_key_order() -> None:
    shuffled = json.loads(json.dumps(TITANIC))
    shuffled = {key: shuffled[key] for key in reversed(list(shuffled))}
    assert compaction.graph_digest(shuffled) == compaction.graph_digest(TITANIC)


def test_a_damaged_version_is_refused_rather_than_misread() -> None:
    base = compaction.canonical_text(TITANIC)
    changed = copy.deepcopy(TITANIC)
    changed["nodes"][0]["label"] = "Renamed"
    text = compaction.canonical_text(changed)
    snapshot, delta = compaction.pack_snapshot(base), compaction.pack_delta(base, text)
    assert compaction.rebuild(snapshot, [delta], compaction.digest_of_text(text)) == changed
    with pytest.raises(compaction.CorruptVersion):  # a delta lost
        compaction.rebuild(snapshot, [], compaction.digest_of_text(text))
    iris = compaction.pack_snapshot(compaction.canonical_text(SAMPLES_BY_KEY["iris-quickstart"]["graph"]))
    with pytest.raises(compaction.CorruptVersion):  # a delta replayed on another snapshot
        compaction.rebuild(iris, [delta], compaction.digest_of_text(text))
    with pytest.raises(compaction.CorruptVersion):  # a range past the end of its base
        compaction.apply_line_delta(["a"], [[0, 3, ["b"]]])
