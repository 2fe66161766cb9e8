from __future__ import annotations

import dataclasses
import json
import math
from typing import Any

import pytest

from runner.fingerprint import (
    CacheComponents,
    cache_key,
    canonical_json,
    explain_rerun,
    reuse_blocked_reason,
)


def components(**changes: Any) -> CacheComponents:
    base = CacheComponents(
        module="split_data",
        version="1.1.0",
        code_digest="c1",
        environment_digest="e1",
        params={"fraction": 0.7, "seed": 42, "stratify": None},
        inputs={"dataset": "sha256:aa"},
        outputs=("train", "test"),
    )
    return dataclasses.replace(base, **changes)


# --- canonical JSON ---------------------------------------------------------------------


def test_canonical_json_sorts_keys_and_drops_whitespace() -> None:
    assert canonical_json({"b": 1, "a": {"d": [1, 2], "c": None}}) == b'{"a":{"c":null,"d":[1,2]},"b":1}'


def test_canonical_json_keeps_unicode_as_utf8() -> None:
    assert canonical_json({"col": "température"}) == '{"col":"température"}'.encode()


def test_canonical_json_spells_a_float_one_way_however_it_was_typed() -> None:
    assert canonical_json(json.loads("0.70")) == canonical_json(0.7) == b"0.7"
    assert canonical_json(json.loads("7e-1")) == b"0.7"
    assert canonical_json(-0.0) == canonical_json(0.0) == b"0.0"


def test_canonical_json_writes_tuples_as_lists() -> None:
    assert canonical_json(("a", 1)) == canonical_json(["a", 1]) == b'["a",1]'


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, {"x": [math.nan]}])
def test_canonical_json_refuses_nan_and_infinity(value: object) -> None:
    with pytest.raises(ValueError, match="cannot be in a cache key"):
        canonical_json(value)


@pytest.mark.parametrize("value", [{1: "a"}, {"x": {1, 2}}, object()])
def test_canonical_json_refuses_what_json_cannot_say(value: object) -> None:
    with pytest.raises(TypeError):
        canonical_json(value)


# --- cache keys -------------------------------------------------------------------------


def test_the_key_is_a_sha256_hex_digest_that_does_not_drift() -> None:
    # Pinned: a change here silently invalidates every cached result in every install.
    assert cache_key(components()) == "5ebfae9485658abc502a0a2065f3a66d45bc755b8975537ac90a984ce80d0d57"
    assert components().key == cache_key(components())


def test_the_key_ignores_dict_and_output_order() -> None:
    reordered = components(params={"stratify": None, "seed": 42, "fraction": 0.7}, outputs=("test", "train"))

    assert cache_key(reordered) == cache_key(components())


def test_the_key_is_the_same_for_0_7_and_0_70() -> None:
    assert cache_key(components(params={**components().params, "fraction": json.loads("0.70")})) == cache_key(
        components()
    )


@pytest.mark.parametrize(
    "change",
    [
        {"module": "split_data_v2"},
        {"version": "1.2.0"},
        {"code_digest": "c2"},
        {"environment_digest": "e2"},
        {"params": {"fraction": 0.8, "seed": 42, "stratify": None}},
        {"params": {"fraction": 0.7, "seed": 42, "stratify": ["y"]}},
        {"params": {"fraction": 0.7, "seed": 42}},  # a param gone is a change, even a None one
        {"params": {"fraction": 0.7, "seed": "42", "stratify": None}},  # "42" is not 42
        {"inputs": {"dataset": "sha256:bb"}},
        {"inputs": {"data": "sha256:aa"}},  # same artifact on another port
        {"inputs": {}},
        {"outputs": ("train",)},
    ],
)
def test_the_key_changes_with_every_component(change: dict[str, Any]) -> None:
    assert cache_key(components(**change)) != cache_key(components())


def test_the_compute_target_is_not_part_of_the_key() -> None:
    fields = {f.name for f in dataclasses.fields(CacheComponents)}

    assert fields == {"module", "version", "code_digest", "environment_digest", "params", "inputs", "outputs"}


def test_components_survive_a_json_round_trip_with_the_same_key() -> None:
    stored = json.loads(json.dumps(components().to_dict()))

    again = CacheComponents.from_dict(stored)

    assert again == components()
    assert cache_key(again) == cache_key(components())


def test_components_do_not_share_dicts_with_the_caller() -> None:
    params = {"fraction": 0.7}
    c = components(params=params)

    params["fraction"] = 0.9

    assert c.params == {"fraction": 0.7}


def test_components_can_be_built_from_a_planned_step() -> None:
    from designer.graph import PlannedStep

    step = PlannedStep(
        node_id="n2",
        label="Split",
        module="split_data",
        version="1.1.0",
        entrypoint="x:y",
        code_digest="c1",
        environment_digest="e1",
        deterministic=True,
        reuse=True,
        compute="gpu",
        params={"fraction": 0.7, "seed": 42, "stratify": None},
        inputs={"dataset": {"node_id": "n1", "port": "dataset"}},
        input_types={"dataset": "DataFrame"},
        outputs={"train": "DataFrame", "test": "DataFrame"},
    )

    assert CacheComponents.for_step(step, {"dataset": "sha256:aa"}) == components()


# --- why a step ran again ---------------------------------------------------------------


def test_with_no_earlier_run_it_says_so() -> None:
    assert explain_rerun(None, components()) == ["first run of this node"]


def test_identical_components_need_no_explanation() -> None:
    assert explain_rerun(components(), CacheComponents.from_dict(components().to_dict())) == []


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"module": "split_data_v2"}, "module split_data → split_data_v2"),
        ({"version": "1.2.0"}, "module version 1.1.0 → 1.2.0"),
        ({"code_digest": "c2"}, "code changed"),
        ({"environment_digest": "e2"}, "environment changed"),
        ({"params": {"fraction": 0.8, "seed": 42, "stratify": None}}, "param fraction 0.7 → 0.8"),
        ({"params": {"fraction": 0.7, "seed": 42, "stratify": ["a", "b"]}}, 'param stratify null → ["a","b"]'),
        ({"params": {"fraction": 0.7, "seed": 42, "stratify": None, "shuffle": True}}, "param shuffle added (true)"),
        ({"params": {"fraction": 0.7, "stratify": None}}, "param seed removed"),
        ({"inputs": {"dataset": "sha256:bb"}}, "input dataset changed"),
        ({"outputs": ("train", "test", "validation")}, "outputs changed"),
    ],
)
def test_it_explains_each_kind_of_change(change: dict[str, Any], reason: str) -> None:
    assert explain_rerun(components(), components(**change)) == [reason]


def test_it_explains_inputs_connected_and_disconnected() -> None:
    before = components(inputs={"t1": "sha256:aa", "t2": "sha256:bb"})
    after = components(inputs={"t1": "sha256:aa", "t3": "sha256:cc"})

    assert explain_rerun(before, after) == ["input t2 disconnected", "input t3 connected"]


def test_it_lists_every_reason_in_a_stable_order() -> None:
    after = components(
        version="1.2.0",
        code_digest="c2",
        params={"fraction": 0.8, "seed": 7, "stratify": None},
        inputs={"dataset": "sha256:bb"},
    )

    assert explain_rerun(components(), after) == [
        "module version 1.1.0 → 1.2.0",
        "code changed",
        "param fraction 0.7 → 0.8",
        "param seed 42 → 7",
        "input dataset changed",
    ]


def test_a_long_param_value_is_reported_without_quoting_it() -> None:
    before = components(params={"script": "print('a')\n" * 20})
    after = components(params={"script": "print('b')\n" * 20})

    assert explain_rerun(before, after) == ["param script changed"]


def test_string_values_are_quoted_so_types_stay_visible() -> None:
    before = components(params={"mode": "mean"})

    assert explain_rerun(before, components(params={"mode": "median"})) == ['param mode "mean" → "median"']
    assert explain_rerun(components(params={"k": 1}), components(params={"k": "1"})) == ['param k 1 → "1"']


def test_0_7_and_0_70_are_not_a_change() -> None:
    assert explain_rerun(components(), components(params={**components().params, "fraction": json.loads("0.70")})) == []


# --- when reuse is off the table --------------------------------------------------------


def test_reuse_is_allowed_for_a_deterministic_reusable_step_of_a_normal_run() -> None:
    assert reuse_blocked_reason(deterministic=True, reuse=True, force_rerun=False) is None


@pytest.mark.parametrize(
    ("deterministic", "reuse", "force_rerun", "reason"),
    [
        (True, True, True, "run submitted with force re-run"),
        (False, False, True, "run submitted with force re-run"),
        (True, False, False, "node has reuse turned off"),
        (False, False, False, "node has reuse turned off"),
        (False, True, False, "module is not deterministic"),
    ],
)
def test_it_says_why_reuse_is_blocked(deterministic: bool, reuse: bool, force_rerun: bool, reason: str) -> None:
    assert reuse_blocked_reason(deterministic=deterministic, reuse=reuse, force_rerun=force_rerun) == reason


def test_a_fan_in_key_follows_the_wires_digests_in_edge_order() -> None:
    """The key of a `multiple` input holds its digests in the order of the wires: moving
    other edges or swapping two wires that carry the same data keeps it, swapping two
    that carry different data (the rows come in another order) changes it."""
    from designer.graph import GraphDocument, compile_plan
    from tests.unit.graph.test_fan_in import fan_in_catalog, three_branches

    outputs = {("split", "train"): "t" * 64, ("split", "test"): "e" * 64, ("b", "dataset"): "b" * 64}

    def key(graph: dict[str, Any], outputs: dict[tuple[str, str], str] = outputs) -> str:
        step = compile_plan(GraphDocument.from_dict(graph), fan_in_catalog(), {}).step("all")
        digests = {port: outputs[(ref["node_id"], ref["port"])] for port, ref in step.inputs.items()}
        return cache_key(CacheComponents.for_step(step, digests))

    graph = three_branches()
    moved = three_branches()
    moved["edges"] = [*moved["edges"][1:], moved["edges"][0]]
    assert key(moved) == key(graph)
    swapped = three_branches()
    swapped["edges"][1], swapped["edges"][3] = swapped["edges"][3], swapped["edges"][1]
    assert key(swapped) != key(graph)
    same_data = {**outputs, ("split", "test"): "t" * 64}
    assert key(swapped, same_data) == key(graph, same_data)


def test_a_changed_source_snapshot_is_one_reason_in_words() -> None:
    def script(digest: str) -> CacheComponents:
        return components(
            module="execute_python_script",
            params={"source_snapshot": digest, "entry_script": "train.py"},
            inputs={"dataframe1": "sha256:aa", **({"source_snapshot": digest} if digest else {})},
        )

    before, after = script("a" * 64), script("b" * 64)
    assert explain_rerun(before, after) == ["source snapshot changed (aaaaaaaa → bbbbbbbb)"]
    assert explain_rerun(before, script("a" * 64)) == [] and cache_key(before) != cache_key(after)
    assert explain_rerun(script(""), after) == ["source snapshot added"]
    # A script node from before snapshots (no such parameter) to one without a snapshot: no reason.
    old = components(module="execute_python_script", params={"script": "x"}, inputs={})
    assert explain_rerun(old, dataclasses.replace(old, params={"script": "x", "source_snapshot": ""})) == []
