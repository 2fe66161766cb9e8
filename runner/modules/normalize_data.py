"""normalize_data: rescale numeric columns, and keep the scaling as a transform."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import pandas as pd

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._common import (
    choice_param,
    column_list,
    is_numeric,
    label_column_of,
    require_columns,
    require_columns_of_kind,
    require_rows,
)
from runner.modules._transforms import NORMALIZE_METHODS, fit_normalize
from runner.step_runtime import ModelArtifact, ModuleError, StepContext

SPEC = ModuleSpec(
    slug="normalize_data",
    version="1.0.0",
    name="Normalize Data",
    category="Data transformation",
    description=(
        "Rescales numeric columns to a common scale. zscore and minmax give the numbers "
        "scikit-learn's StandardScaler and MinMaxScaler give. The transform output applies the "
        "same scaling, with the parameters learnt here, to other data (Apply Transformation)."
    ),
    inputs=(PortSpec("dataset", "DataFrame"),),
    outputs=(
        PortSpec("dataset", "DataFrame", description="The dataset with the columns rescaled."),
        PortSpec("transform", "Transform", description="The same scaling, for other data."),
    ),
    params=(
        ParamSpec(
            "columns",
            "columns",
            default=[],
            help=(
                "Numeric columns to rescale; empty means every numeric column except the label marked "
                "with Edit Metadata."
            ),
        ),
        ParamSpec(
            "method",
            "choice",
            default="zscore",
            choices=NORMALIZE_METHODS,
            help=(
                "zscore: (x - mean) / standard deviation; minmax: (x - min) / (max - min), into 0..1; "
                "logistic: 1 / (1 + e^-x); lognormal: the log-normal cumulative distribution fitted to the "
                "column (positive values only), into 0..1; tanh: the hyperbolic tangent, into -1..1. "
                "Constant columns become 0 (zscore, minmax) or 0.5 (lognormal). Missing values stay missing."
            ),
        ),
    ),
    keywords=(
        "Normalize Data",
        "scale",
        "scaling",
        "standardize",
        "z-score",
        "min-max",
        "StandardScaler",
        "MinMaxScaler",
        "rescale",
    ),
    entrypoint="runner.modules.normalize_data:normalize_data",
)


def normalize_data(ctx: StepContext, *, dataset: pd.DataFrame) -> dict[str, object]:
    named = column_list(ctx.params, "columns")
    method = choice_param(ctx.params, "method", NORMALIZE_METHODS)
    require_columns(dataset, named, port="dataset")
    require_rows(dataset, port="dataset")
    if named:
        require_columns_of_kind(dataset, named, port="dataset", kind="numeric", check=is_numeric)
        columns = named
    else:
        label = label_column_of(dataset)
        columns = [str(c) for c in dataset.columns if is_numeric(dataset[c]) and c != label]
        if not columns:
            raise ModuleError("input dataset has no numeric columns to normalize")
    transform = fit_normalize(dataset, columns, method, port="dataset")
    result = transform.apply(dataset)
    return {"dataset": result, "transform": ModelArtifact(model=transform, meta=transform.describe())}


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    """The same columns; the rescaled ones hold floats."""
    dataset = inputs.need("dataset")
    named = design_schema.column_names(params, "columns")
    design_schema.require_columns(dataset, named, port="dataset")
    rescaled = set(named) or {
        c.name for c in dataset.columns if design_schema.is_numeric_type(c.type) and c.name != dataset.label
    }
    return {
        "dataset": dataset.with_columns(
            replace(c, type="float64", values=None) if c.name in rescaled else c for c in dataset.columns
        )
    }


SCHEMA_RULE = schema_rule
