"""Each built-in's schema rule says, before running, what the step then makes: the same
columns with the same dtypes (run through the real step runtime, so as a downstream step
reads them back). Where a rule cannot know everything it lists what is certain and says
what follows."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from designer.graph import schema as design_schema
from runner.modules import BUILTIN_MODULES, sample_dataset, schema_rules
from runner.modules._common import with_label_column

RULES = schema_rules()
PEOPLE = pd.DataFrame(
    {
        "id": [1, 2, 3, 4, 5, 6],
        "city": ["Oslo", "Rome", "Oslo", "Lima", "Rome", "Oslo"],
        "age": [31.0, np.nan, 45.0, 22.0, 38.0, 51.0],
        "member": [True, False, True, True, False, False],
        "spent": [10, 20, 30, 40, 50, 60],
    }
)
CITIES = pd.DataFrame({"city": ["Oslo", "Rome", "Lima"], "country": ["NO", "IT", "PE"], "id": [7, 8, 9]})


def table_of(frame: pd.DataFrame, values: dict[str, tuple[str, ...]] | None = None) -> design_schema.Table:
    meta = frame.attrs.get("pipewright") or {}
    columns = tuple(
        design_schema.Column(str(name), str(dtype), (values or {}).get(str(name)))
        for name, dtype in frame.dtypes.items()
    )
    return design_schema.Table(columns, label=meta.get("label_column"))


def predicted(slug: str, params: dict[str, Any], tables: dict[str, design_schema.Table], models: Any = None) -> Any:
    spec = BUILTIN_MODULES[slug].spec
    inputs = design_schema.RuleInputs(tables=tables, models=models or {}, unknown={})
    return RULES[slug](inputs, {**{p.name: p.default for p in spec.params}, **params})


def columns_of(frame: pd.DataFrame) -> list[tuple[str, str]]:
    return [(str(name), str(dtype)) for name, dtype in frame.dtypes.items()]


def listed(table: design_schema.Table) -> list[tuple[str, str]]:
    return [(c.name, c.type) for c in table.columns]


CASES: list[tuple[str, dict[str, Any], dict[str, pd.DataFrame], str]] = [
    ("select_columns", {"columns": ["spent", "id"]}, {"dataset": PEOPLE}, "dataset"),
    ("select_columns", {"column_type": "numeric"}, {"dataset": PEOPLE}, "dataset"),
    (
        "select_columns",
        {"columns": ["city"], "column_type": "boolean", "mode": "exclude"},
        {"dataset": PEOPLE},
        "dataset",
    ),
    (
        "edit_metadata",
        {"columns": ["spent", "id"], "new_names": "euros, key", "dtype": "float"},
        {"dataset": PEOPLE},
        "dataset",
    ),
    ("edit_metadata", {"columns": ["city"], "categorical": "make_categorical"}, {"dataset": PEOPLE}, "dataset"),
    ("clean_missing_data", {"mode": "mean"}, {"dataset": PEOPLE}, "dataset"),
    ("clean_missing_data", {"mode": "remove_row"}, {"dataset": PEOPLE}, "dataset"),
    ("normalize_data", {}, {"dataset": PEOPLE}, "dataset"),
    ("convert_to_indicators", {"overwrite": False}, {"dataset": PEOPLE}, "dataset"),
    ("split_data", {}, {"dataset": PEOPLE}, "train"),
    ("join_data", {"left_keys": ["city"], "right_keys": ["city"]}, {"left": PEOPLE, "right": CITIES}, "dataset"),
    (
        "join_data",
        {"left_keys": ["city"], "right_keys": ["city"], "join_type": "semi"},
        {"left": PEOPLE, "right": CITIES},
        "dataset",
    ),
    ("add_columns", {}, {"left": PEOPLE, "right": PEOPLE}, "dataset"),
    ("add_rows", {}, {"top": PEOPLE, "bottom": PEOPLE}, "dataset"),
    ("remove_duplicate_rows", {"key_columns": ["city"]}, {"dataset": PEOPLE}, "dataset"),
    ("summarize_data", {}, {"dataset": PEOPLE}, "summary"),
    ("filter_feature_selection", {"label_column": "spent", "top_k": 50}, {"dataset": PEOPLE}, "dataset"),
    ("filter_feature_selection", {"label_column": "spent"}, {"dataset": PEOPLE}, "scores"),
    ("web_service_input", {"schema": "age: float64\ncity: object"}, {"dataset": PEOPLE}, "dataset"),
]


@pytest.mark.parametrize(("slug", "params", "frames", "port"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_rule_says_before_running_what_the_step_makes(
    run_module: Any, slug: str, params: dict[str, Any], frames: dict[str, pd.DataFrame], port: str
) -> None:
    values = {"city": ("Lima", "Oslo", "Rome")}
    answer = predicted(slug, params, {name: table_of(frame, values) for name, frame in frames.items()})[port]
    run = run_module(slug, params=params, **frames)
    assert run.result.status == "completed", run.error
    assert isinstance(answer, design_schema.Table)
    assert not answer.incomplete
    assert listed(answer) == columns_of(run.outputs[port])


def test_combine_rows_names_its_columns_as_the_step_does(run_module: Any) -> None:
    params = {"missing_columns": "fill", "source_column": "part"}
    tables = [table_of(PEOPLE), table_of(CITIES)]
    inputs = design_schema.RuleInputs(
        tables={"datasets[0]": tables[0], "datasets[1]": tables[1]},
        models={},
        unknown={},
        wires={"datasets": ["datasets[0]", "datasets[1]"]},
    )
    answer = RULES["combine_rows"](inputs, params)["dataset"]
    run = run_module("combine_rows", params=params, datasets=[PEOPLE, CITIES])
    assert [c.name for c in answer.columns] == list(run.outputs["dataset"].columns)


def test_indicator_columns_are_listed_only_when_the_values_are_known(run_module: Any) -> None:
    run = run_module("convert_to_indicators", params={}, dataset=PEOPLE)
    made = list(run.outputs["dataset"].columns)
    known = predicted("convert_to_indicators", {}, {"dataset": table_of(PEOPLE, {"city": ("Lima", "Oslo", "Rome")})})
    assert [c.name for c in known["dataset"].columns] == made
    # After a split the values of each half are not known: the kept columns, and a note.
    unknown = predicted("convert_to_indicators", {}, {"dataset": table_of(PEOPLE)})["dataset"]
    assert [c.name for c in unknown.columns] == [c for c in made if not c.startswith("city-")]
    assert unknown.incomplete == "one indicator column '<column>-<value>' per value of city, known when it runs"


def test_score_model_lists_the_scores_the_step_adds(run_module: Any) -> None:
    algorithm = run_module("logistic_regression").outputs["model"]
    trained = run_module("train_model", params={"label_column": "member"}, model=algorithm, dataset=PEOPLE)
    scored = run_module("score_model", model=trained.outputs["model"], dataset=PEOPLE).outputs["scored"]
    untrained = predicted("logistic_regression", {}, {})["model"]
    model = predicted(
        "train_model", {"label_column": "member"}, {"dataset": table_of(PEOPLE)}, models={"model": untrained}
    )["model"]
    answer = predicted("score_model", {}, {"dataset": table_of(PEOPLE)}, models={"model": model})["scored"]
    assert listed(answer) == columns_of(scored)
    assert answer.label == "member"
    assert "per class" in answer.incomplete  # the classes of the training rows are not known


@pytest.mark.parametrize("name", sample_dataset.DATASET_NAMES)
def test_each_sample_declares_the_columns_its_data_has(name: str) -> None:
    frame = sample_dataset.load(name)
    declared = predicted("sample_dataset", {"name": name}, {})["dataset"]
    assert listed(declared) == columns_of(frame)
    assert declared.suggested_label in frame.columns
    for column in declared.columns:
        if column.values is not None:
            assert list(column.values) == sorted(frame[column.name].dropna().unique()), column.name


def test_a_marked_label_follows_renames_and_is_left_out_of_normalizing(run_module: Any) -> None:
    marked = with_label_column(PEOPLE, "spent")
    edited = predicted("edit_metadata", {"columns": ["spent"], "new_names": "euros"}, {"dataset": table_of(marked)})
    assert edited["dataset"].label == "euros"
    normalized = predicted("normalize_data", {}, {"dataset": table_of(marked)})["dataset"]
    run = run_module("normalize_data", dataset=marked)
    assert listed(normalized) == columns_of(run.outputs["dataset"])
    assert normalized.column("spent").type == "int64"


def test_every_builtin_with_table_or_model_outputs_has_a_rule() -> None:
    for slug, module in BUILTIN_MODULES.items():
        carries = {p.type for p in module.spec.outputs} & {"DataFrame", "Model", "UntrainedModel"}
        assert (slug in RULES) == bool(carries), slug
