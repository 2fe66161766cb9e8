"""split_data: rows into two datasets, like sklearn's train_test_split."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._common import require_columns, require_rows
from runner.step_runtime import ModuleError, StepContext

SPEC = ModuleSpec(
    slug="split_data",
    version="1.0.0",
    name="Split Data",
    category="Data transformation",
    description=(
        "Splits the rows into two datasets: a fraction goes to the first output, the rest to "
        "the second. With the same seed it picks exactly the rows scikit-learn's "
        "train_test_split picks."
    ),
    inputs=(PortSpec("dataset", "DataFrame"),),
    outputs=(
        PortSpec("train", "DataFrame", description="The first fraction of the rows."),
        PortSpec("test", "DataFrame", description="The remaining rows."),
    ),
    params=(
        ParamSpec(
            "fraction", "float", default=0.7, min=0.0, max=1.0, help="Fraction of rows in the first output (train)."
        ),
        ParamSpec("randomize", "bool", default=True, help="Shuffle rows before splitting; off keeps the row order."),
        ParamSpec("seed", "int", default=42, min=0, max=2**32 - 1, help="Random seed, so the split is repeatable."),
        ParamSpec(
            "stratify_column",
            "string",
            default="",
            help="Keep the proportions of this column's values equal in both outputs (needs randomize).",
        ),
    ),
    keywords=(
        "Split Data",
        "train test split",
        "train/test",
        "holdout",
        "partition",
        "sample rows",
        "stratified split",
    ),
    entrypoint="runner.modules.split_data:split_data",
)


def split_data(ctx: StepContext, *, dataset: pd.DataFrame) -> dict[str, object]:
    from sklearn.model_selection import train_test_split

    fraction = float(ctx.params["fraction"])
    if not 0.0 <= fraction <= 1.0:
        raise ModuleError(f"parameter 'fraction' must be between 0 and 1; got {fraction}")
    randomize = bool(ctx.params["randomize"])
    seed = int(ctx.params["seed"])
    stratify_column = str(ctx.params["stratify_column"] or "").strip()
    require_rows(dataset, port="dataset")

    stratify = None
    if stratify_column:
        require_columns(dataset, [stratify_column], port="dataset")
        if not randomize:
            raise ModuleError("a stratified split needs randomize on: turn randomize on or clear stratify_column")
        stratify = dataset[stratify_column]
        if stratify.isna().any():
            raise ModuleError(f"column '{stratify_column}' has missing values; stratify on a column without any")
        counts = stratify.value_counts()
        if counts.min() < 2:
            raise ModuleError(
                f"cannot stratify on '{stratify_column}': value '{counts.idxmin()}' occurs in only one row; "
                "every value needs at least two"
            )

    # train_test_split rejects 0 and 1, but "all rows to one side" is a legitimate choice.
    if fraction in (0.0, 1.0):
        rows = dataset.sample(frac=1.0, random_state=seed) if randomize else dataset
        empty = dataset.iloc[0:0]
        train, test = (rows, empty) if fraction == 1.0 else (empty, rows)
        return {"train": train, "test": test}
    try:
        train, test = train_test_split(
            dataset, train_size=fraction, random_state=seed, shuffle=randomize, stratify=stratify
        )
    except ValueError as exc:
        raise ModuleError(f"cannot split {len(dataset)} rows with fraction {fraction}: {exc}") from exc
    return {"train": train, "test": test}


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    """Both outputs hold the input's columns; each only some of its rows."""
    dataset = inputs.need("dataset").row_subset()
    return {"train": dataset, "test": dataset}


SCHEMA_RULE = schema_rule
