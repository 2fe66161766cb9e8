"""combine_rows: the rows of any number of datasets, one after another."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._common import list_names
from runner.modules.add_rows import _kind
from runner.step_runtime import ModuleError, StepContext

MISSING_COLUMNS = ("fail", "fill", "drop")

SPEC = ModuleSpec(
    slug="combine_rows",
    version="1.0.0",
    name="Combine Rows",
    category="Data transformation",
    description=(
        "Stacks the rows of every dataset wired to it, in the order of the wires, matching columns by "
        "name (the result has the first dataset's column order). A column must hold the same kind of "
        "values in every dataset that has it."
    ),
    inputs=(
        PortSpec(
            "datasets",
            "DataFrame",
            multiple=True,
            description="One or more datasets: this input takes any number of wires.",
        ),
    ),
    outputs=(PortSpec("dataset", "DataFrame", description="The rows of each dataset, in wire order."),),
    params=(
        ParamSpec(
            "missing_columns",
            "choice",
            default="fail",
            choices=MISSING_COLUMNS,
            help=(
                "A column that some datasets lack. fail: stop with an error naming it; fill: keep it, "
                "empty in the rows of datasets without it; drop: keep only the columns every dataset has."
            ),
        ),
        ParamSpec(
            "source_column",
            "string",
            default="",
            help="If set, a column of this name says which input each row came from (1 for the first wire).",
        ),
    ),
    keywords=("Add Rows", "append rows", "union", "concatenate", "many datasets", "stack", "fan-in"),
    entrypoint="runner.modules.combine_rows:combine_rows",
)


def combine_rows(ctx: StepContext, *, datasets: list[pd.DataFrame]) -> dict[str, object]:
    if not datasets:
        raise ModuleError("input datasets has no wire; connect one or more datasets")
    frames = [frame.rename(columns=str) for frame in datasets]
    names = [list(frame.columns) for frame in frames]
    everywhere = [c for c in names[0] if all(c in n for n in names)]
    anywhere = list(dict.fromkeys(c for n in names for c in n))
    missing = [c for c in anywhere if c not in everywhere]
    mode = ctx.params["missing_columns"]
    if missing and mode == "fail":
        lacking = [
            f"input {i + 1} lacks {list_names(c for c in missing if c not in n)}"
            for i, n in enumerate(names)
            if any(c not in n for c in missing)
        ]
        raise ModuleError(
            f"the datasets do not have the same columns ({'; '.join(lacking)}); "
            "set missing_columns to fill or drop to combine them anyway"
        )
    columns = everywhere if mode == "drop" else anywhere
    for column in columns:
        kinds = {
            _kind(frame[column])
            for frame in frames
            if column in frame.columns and len(frame) and frame[column].notna().any()
        } - {"any"}
        if len(kinds) > 1:
            raise ModuleError(
                f"column '{column}' holds {' and '.join(sorted(kinds))} values in different inputs; "
                "make them the same type with Edit Metadata"
            )
    source = str(ctx.params.get("source_column") or "")
    if source and source in columns:
        raise ModuleError(f"source_column '{source}' is already a column; choose another name")
    parts = []
    for index, frame in enumerate(frames):
        part = frame.reindex(columns=columns) if mode == "fill" else frame[[c for c in columns if c in frame.columns]]
        if source:
            part = part.assign(**{source: index + 1})
        parts.append(part)
    result = pd.concat(parts, ignore_index=True)
    result.attrs = dict(frames[0].attrs)
    return {"dataset": result}


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    """The columns every input has (drop) or any input has (fill, fail when they differ),
    in first-seen order, then the source column if one is named."""
    tables = inputs.all("datasets")
    if not tables:
        raise design_schema.Unknowable("input datasets has no wire")
    names = [t.names() for t in tables]
    everywhere = [c for c in names[0] if all(c in n for n in names)]
    anywhere = list(dict.fromkeys(c for n in names for c in n))
    mode = params.get("missing_columns")
    if mode == "fail" and everywhere != anywhere and set(everywhere) != set(anywhere):
        raise design_schema.Unknowable("the datasets do not have the same columns (the step would fail)")
    chosen = everywhere if mode == "drop" else anywhere
    first_of = {c.name: c for t in reversed(tables) for c in t.columns}
    columns = [first_of[name] for name in chosen]
    source = str(params.get("source_column") or "")
    if source:
        columns.append(design_schema.Column(source, "int64"))
    return {"dataset": tables[0].with_columns(columns).row_subset()}


SCHEMA_RULE = schema_rule
