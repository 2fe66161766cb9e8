"""The one parameter rule: validation, compilation and the modules agree on every value."""

from __future__ import annotations

from typing import Any

import pytest

from designer.graph import CompileError, DictCatalog, GraphDocument, ParamSpec, compile_plan, validate_graph
from designer.graph.params import check_value
from runner.modules._common import column_list, float_param, int_param
from runner.modules._models import coerce_param
from runner.step_runtime import ModuleError

FRACTION = ParamSpec("fraction", "float", min=0.0, max=1.0)
SEED = ParamSpec("seed", "int", min=0)


def design_time_error(pipeline: dict[str, Any], catalog: DictCatalog, value: object) -> str | None:
    pipeline["nodes"][1]["params"]["fraction"] = value
    errors = validate_graph(pipeline, catalog).errors
    return errors[0].message if errors else None


def run_time_error(spec: ParamSpec, value: object) -> str | None:
    try:
        coerce_param(spec, value, f"parameter '{spec.name}'")
    except ModuleError as exc:
        return str(exc)
    return None


@pytest.mark.parametrize("value", ["1.5", "0.5", " 0.5 ", "1e-1", "nan"])
def test_a_numeric_string_is_not_a_float_at_design_time_nor_in_a_step(
    pipeline: dict[str, Any], catalog: DictCatalog, value: str
) -> None:
    assert design_time_error(pipeline, catalog, value) == f'fraction must be a number, got a string "{value}"'
    assert run_time_error(FRACTION, value) == f"parameter 'fraction' must be a number; got {value!r}"
    with pytest.raises(ModuleError, match="must be a number"):
        float_param({"fraction": value}, "fraction")


@pytest.mark.parametrize("value", ["7", 7.0, 7.5])
def test_an_integer_is_a_json_integer_everywhere(value: object) -> None:
    assert check_value(SEED, value).ok is False
    assert run_time_error(SEED, value) is not None
    with pytest.raises(ModuleError):
        int_param({"seed": value}, "seed")


@pytest.mark.parametrize(
    ("spec", "value", "converted"),
    [
        (FRACTION, 1, 1.0),
        (FRACTION, 0.25, 0.25),
        (SEED, 7, 7),
        (ParamSpec("flag", "bool"), False, False),
        (ParamSpec("penalty", "choice", choices=("l1", "l2")), "l1", "l1"),
        (ParamSpec("keys", "columns"), ("a", "b"), ["a", "b"]),
        (ParamSpec("query", "text"), "select 1", "select 1"),
    ],
)
def test_what_validation_accepts_a_step_accepts_and_converts_the_same_way(
    spec: ParamSpec, value: object, converted: object
) -> None:
    checked = check_value(spec, value)

    assert checked.ok and checked.value == converted and type(checked.value) is type(converted)
    assert coerce_param(spec, value, "x") == converted


def test_a_refusal_names_the_parameter_in_the_wording_of_its_audience() -> None:
    checked = check_value(FRACTION, 2)

    assert checked.error("fraction") == "fraction must be at most 1, got 2"
    assert run_time_error(FRACTION, 2) == "parameter 'fraction' must be between 0 and 1; got 2"


def test_a_columns_run_value_must_be_a_list(pipeline: dict[str, Any], catalog: DictCatalog) -> None:
    pipeline["parameters"].append({"name": "keys", "type": "columns", "default": ["a"]})
    pipeline["nodes"][1]["params"]["stratify"] = {"$param": "keys"}
    document = GraphDocument.from_dict(pipeline)

    plan = compile_plan(document, catalog, {"keys": ["label", "colour"]})
    with pytest.raises(CompileError) as raised:
        compile_plan(document, catalog, {"keys": "label, colour"})

    assert plan.step("n2").params["stratify"] == ["label", "colour"]
    assert [p.message for p in raised.value.problems] == [
        'pipeline parameter keys must be a list of column names, got a string "label, colour"'
    ]


def test_a_module_reading_columns_uses_the_rule_for_anything_but_text() -> None:
    assert column_list({"keys": ["a", "b", "a", " "]}, "keys") == ["a", "b"]
    with pytest.raises(ModuleError, match=r"^parameter 'keys' must be a list of column names$"):
        column_list({"keys": ["a", 1]}, "keys")


def test_an_integer_too_large_for_a_float_is_refused_not_a_crash() -> None:
    huge = 10**400  # JSON has no limit on digits; float() of it raises OverflowError

    assert check_value(FRACTION, huge).reason == f"must be a finite number, got an integer {str(huge)[:59]}…"
    assert run_time_error(SEED, -huge) == f"parameter 'seed' must be at least 0; got {-huge}"
    assert check_value(ParamSpec("rows", "int"), huge).value == huge
