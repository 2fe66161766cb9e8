"""remove_duplicate_rows: keep one row per key, like DataFrame.drop_duplicates."""

from __future__ import annotations

import pandas as pd

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._common import column_list, require_columns
from runner.step_runtime import StepContext

SPEC = ModuleSpec(
    slug="remove_duplicate_rows",
    version="1.0.0",
    name="Remove Duplicate Rows",
    category="Data transformation",
    description="Keeps one row of each group of rows with equal key columns (missing values count as equal).",
    inputs=(PortSpec("dataset", "DataFrame"),),
    outputs=(PortSpec("dataset", "DataFrame", description="The dataset without duplicate rows."),),
    params=(
        ParamSpec(
            "key_columns",
            "columns",
            default=[],
            help="Rows are duplicates when these columns are equal; empty means all columns.",
        ),
        ParamSpec(
            "keep_first",
            "bool",
            default=True,
            help="Keep the first row of each group of duplicates; off keeps the last.",
        ),
    ),
    keywords=("Remove Duplicate Rows", "deduplicate", "dedupe", "distinct", "unique rows", "drop duplicates"),
    entrypoint="runner.modules.remove_duplicate_rows:remove_duplicate_rows",
)


def remove_duplicate_rows(ctx: StepContext, *, dataset: pd.DataFrame) -> dict[str, object]:
    keys = column_list(ctx.params, "key_columns")
    keep = "first" if bool(ctx.params["keep_first"]) else "last"
    require_columns(dataset, keys, port="dataset")
    return {"dataset": dataset.drop_duplicates(subset=keys or None, keep=keep)}


SCHEMA_RULE = design_schema.same_as_input("dataset")
