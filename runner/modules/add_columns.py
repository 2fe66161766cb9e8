"""add_columns: two datasets side by side."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import pandas as pd

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, PortSpec
from runner.modules._common import unique_name
from runner.step_runtime import ModuleError, StepContext

RIGHT_SUFFIX = "_right"

SPEC = ModuleSpec(
    slug="add_columns",
    version="1.0.0",
    name="Add Columns",
    category="Data transformation",
    description=(
        "Puts the columns of the right dataset after those of the left one, row by row. Both need the "
        f"same number of rows. A right column whose name is taken gets the suffix '{RIGHT_SUFFIX}'."
    ),
    inputs=(PortSpec("left", "DataFrame"), PortSpec("right", "DataFrame")),
    outputs=(PortSpec("dataset", "DataFrame", description="The left columns, then the right ones."),),
    params=(),
    keywords=("Add Columns", "concatenate columns", "side by side", "combine columns", "append columns", "hstack"),
    entrypoint="runner.modules.add_columns:add_columns",
)


def add_columns(ctx: StepContext, *, left: pd.DataFrame, right: pd.DataFrame) -> dict[str, object]:
    if len(left) != len(right):
        raise ModuleError(
            f"inputs left and right must have the same number of rows; left has {len(left)}, right has {len(right)}"
        )
    taken = [str(c) for c in left.columns]
    names: list[str] = []
    for column in map(str, right.columns):
        name = unique_name(column, [*taken, *right.columns, *names], RIGHT_SUFFIX) if column in taken else column
        names.append(name)
    right = right.set_axis(names, axis=1).reset_index(drop=True)
    result = pd.concat([left.reset_index(drop=True), right], axis=1)
    result.attrs = dict(left.attrs)
    return {"dataset": result}


def schema_rule(inputs: design_schema.RuleInputs, params: Mapping[str, Any]) -> dict[str, design_schema.Answer]:
    """The left columns, then the right ones, a clashing name suffixed as the step does."""
    left, right = inputs.need("left"), inputs.need("right")
    taken = left.names()
    right_names = right.names()
    names: list[str] = []
    for column in right_names:
        names.append(
            design_schema.unique_name(column, [*taken, *right_names, *names], RIGHT_SUFFIX)
            if column in taken
            else column
        )
    renamed = [replace(c, name=n) for c, n in zip(right.columns, names, strict=True)]
    return {"dataset": left.with_columns([*left.columns, *renamed])}


SCHEMA_RULE = schema_rule
