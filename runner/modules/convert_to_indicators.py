"""convert_to_indicators: one 0/1 column per category value (one-hot encoding)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import pandas as pd

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._common import (
    column_list,
    is_categorical,
    label_column_of,
    list_names,
    require_columns,
    require_columns_of_kind,
)
from runner.step_runtime import ModuleError, StepContext

# A column with more distinct values than this is an identifier or free text, not a category.
MAX_VALUES = 1000

SPEC = ModuleSpec(
    slug="convert_to_indicators",
    version="1.0.0",
    name="Convert to Indicator Values",
    category="Data transformation",
    description=(
        "Turns each categorical column into indicator columns named '<column>-<value>', holding 1 "
        "where the row has that value and 0 elsewhere (a missing value gives 0 everywhere), like "
        "pandas.get_dummies."
    ),
    inputs=(PortSpec("dataset", "DataFrame"),),
    outputs=(PortSpec("dataset", "DataFrame", description="The dataset with indicator columns."),),
    params=(
        ParamSpec(
            "columns",
            "columns",
            default=[],
            help=(
                "Text or categorical columns to convert (numbers: make them categorical with Edit "
                "Metadata first); empty means every text and categorical column except the label."
            ),
        ),
        ParamSpec(
            "overwrite",
            "bool",
            default=True,
            help="Replace the converted columns with their indicators; off keeps them and adds the indicators.",
        ),
        ParamSpec(
            "indicator_columns",
            "columns",
            default=[],
            help=(
                "The indicator columns to make, whatever values the rows hold: an inference pipeline gets "
                "the ones its training run made, so one row gets every column the model knows (0 for a "
                "value training never saw). Empty: one per value found."
            ),
        ),
    ),
    keywords=(
        "Convert to Indicator Values",
        "one-hot",
        "one hot",
        "one-hot encoding",
        "dummy",
        "dummies",
        "get_dummies",
        "indicator",
        "categorical encoding",
        "encode categories",
    ),
    entrypoint="runner.modules.convert_to_indicators:convert_to_indicators",
)


def convert_to_indicators(ctx: StepContext, *, dataset: pd.DataFrame) -> dict[str, object]:
    named = column_list(ctx.params, "columns")
    overwrite = bool(ctx.params["overwrite"])
    require_columns(dataset, named, port="dataset")
    if named:
        require_columns_of_kind(dataset, named, port="dataset", kind="text or categorical", check=is_categorical)
        columns = named
    else:
        label = label_column_of(dataset)
        columns = [str(c) for c in dataset.columns if c != label and is_categorical(dataset[c])]
        if not columns:
            raise ModuleError("input dataset has no text or categorical columns to convert")
    for column in columns:
        count = dataset[column].nunique()
        if count > MAX_VALUES:
            raise ModuleError(
                f"column '{column}' has {count} distinct values (at most {MAX_VALUES} can become indicators); "
                "is it an identifier?"
            )

    indicators = pd.get_dummies(dataset[columns], prefix=columns, prefix_sep="-", dtype="int64")
    fixed = column_list(ctx.params, "indicator_columns") if "indicator_columns" in ctx.params else []
    if fixed:
        # What training learnt, not what these rows hold.
        indicators = indicators.reindex(columns=fixed, fill_value=0).astype("int64")
    kept = dataset.drop(columns=columns) if overwrite else dataset
    clashes = [str(c) for c in indicators.columns if c in kept.columns]
    if clashes:
        raise ModuleError(
            f"indicator columns would replace existing columns: {list_names(clashes)}; rename those first"
        )
    repeated = sorted({str(c) for c in indicators.columns if list(indicators.columns).count(c) > 1})
    if repeated:
        raise ModuleError(f"two values give the same indicator column name: {list_names(repeated)}")
    return {"dataset": pd.concat([kept, indicators], axis=1)}


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    """The indicator columns are one per value found, so they are known before running only
    when the values are (a sample dataset's text columns, before any rows are dropped) or
    when the node names them (indicator_columns); otherwise the output lists the columns
    it keeps and says the indicators follow."""
    dataset = inputs.need("dataset")
    named = design_schema.column_names(params, "columns")
    design_schema.require_columns(dataset, named, port="dataset")
    converted = named or [
        c.name for c in dataset.columns if c.name != dataset.label and design_schema.is_text_type(c.type)
    ]
    if not converted:
        raise design_schema.Unknowable("input dataset has no text or categorical columns to convert")
    overwrite = bool(params.get("overwrite", True))
    kept = [c for c in dataset.columns if not (overwrite and c.name in converted)]
    fixed = design_schema.column_names(params, "indicator_columns")
    by_name = {c.name: c for c in dataset.columns}
    if fixed:
        indicators = fixed
    elif all(by_name[name].values is not None for name in converted):
        indicators = [f"{name}-{value}" for name in converted for value in by_name[name].values or ()]
    else:
        listed = ", ".join(converted)
        more = f"one indicator column '<column>-<value>' per value of {listed}, known when it runs"
        return {"dataset": replace(dataset.with_columns(kept), incomplete=more)}
    added = [design_schema.Column(name, "int64") for name in indicators]
    return {"dataset": dataset.with_columns([*kept, *added])}


SCHEMA_RULE = schema_rule
