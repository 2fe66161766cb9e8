"""apply_sql: a SQLite query over up to three datasets, named t1, t2 and t3."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing

import pandas as pd
from pandas.api import types as ptypes

from designer.graph import schema as design_schema
from designer.graph.spec import ModuleSpec, ParamSpec, PortSpec
from runner.modules._common import list_names
from runner.step_runtime import ModuleError, StepContext

TABLES: tuple[str, ...] = ("t1", "t2", "t3")

SPEC = ModuleSpec(
    slug="apply_sql",
    version="1.0.0",
    name="Apply SQL Transformation",
    category="Data transformation",
    description=(
        "Runs SQL over the connected datasets with SQLite, in memory: the inputs are the tables t1, t2 "
        "and t3. Several statements may be given, separated by ';' (for example CREATE TEMP TABLE "
        "before a SELECT); the result of the last one is the output. Dates become ISO text and "
        "booleans 0/1, as SQLite stores them."
    ),
    inputs=(
        PortSpec("t1", "DataFrame", description="The table t1."),
        PortSpec("t2", "DataFrame", optional=True, description="The table t2."),
        PortSpec("t3", "DataFrame", optional=True, description="The table t3."),
    ),
    outputs=(PortSpec("dataset", "DataFrame", description="The rows the last statement returns."),),
    params=(
        ParamSpec(
            "query",
            "text",
            default="SELECT * FROM t1;",
            required=True,
            help="SQLite SQL over the tables t1, t2, t3; the last statement must return rows (a SELECT).",
        ),
    ),
    keywords=("Apply SQL Transformation", "SQL", "SQLite", "query", "SELECT", "where", "group by"),
    entrypoint="runner.modules.apply_sql:apply_sql",
)


def apply_sql(
    ctx: StepContext,
    *,
    t1: pd.DataFrame,
    t2: pd.DataFrame | None = None,
    t3: pd.DataFrame | None = None,
) -> dict[str, object]:
    query = str(ctx.params["query"] or "")
    statements = list(split_statements(query))
    if not statements:
        raise ModuleError("parameter 'query' is empty: write a SELECT over t1 (and t2, t3)")
    tables = {name: frame for name, frame in zip(TABLES, (t1, t2, t3), strict=True) if frame is not None}
    with closing(sqlite3.connect(":memory:")) as connection:
        connection.set_authorizer(_authorize)
        for name, frame in tables.items():
            _load_table(connection, name, frame)
        cursor = connection.cursor()
        for statement in statements:
            try:
                cursor.execute(statement)
            except sqlite3.Error as exc:
                raise ModuleError(_explain(exc, statement, tables)) from exc
        if cursor.description is None:
            raise ModuleError("the last SQL statement returns no rows; end the query with a SELECT")
        columns = [str(d[0]) for d in cursor.description]
        rows = cursor.fetchall()
    repeated = sorted({c for c in columns if columns.count(c) > 1})
    if repeated:
        raise ModuleError(f"the query returns the column name {list_names(repeated)} more than once; rename with AS")
    frame = pd.DataFrame.from_records(rows, columns=columns)
    return {"dataset": _consistent_types(frame)}


def split_statements(query: str) -> Iterator[str]:
    """The statements of `query`, split at the ';' that end them (not those inside strings)."""
    current = ""
    for piece in query.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \t\r\n;"):
                yield current
            current = ""
    if current.strip(" \t\r\n;"):
        yield current.rstrip(";")


def _load_table(connection: sqlite3.Connection, name: str, frame: pd.DataFrame) -> None:
    frame = frame.copy()
    frame.columns = [str(c) for c in frame.columns]
    for column in frame.columns:
        series = frame[column]
        if isinstance(series.dtype, pd.CategoricalDtype):
            frame[column] = series.astype(series.cat.categories.dtype)
        elif ptypes.is_timedelta64_dtype(series.dtype):
            frame[column] = series.dt.total_seconds()
    frame.to_sql(name, connection, index=False)


def _authorize(action: int, *args: object) -> int:
    # The database lives in memory; ATTACH would let a query read or write files.
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _explain(exc: sqlite3.Error, statement: str, tables: dict[str, pd.DataFrame]) -> str:
    message = str(exc)
    text = " ".join(statement.split()).rstrip("; ")
    if len(text) > 200:
        text = text[:197] + "..."
    explanation = f"SQL error: {message} (in: {text})"
    if message.startswith("no such table:"):
        table = message.split(":", 1)[1].strip()
        if table in TABLES:
            explanation += f"; input {table} is not connected"
        else:
            explanation += f"; the tables are {', '.join(tables)}"
    elif message.startswith("no such column:"):
        columns = {name: list_names(frame.columns) for name, frame in tables.items()}
        explanation += "; columns: " + "; ".join(f"{name}: {names}" for name, names in columns.items())
    return explanation


def _consistent_types(frame: pd.DataFrame) -> pd.DataFrame:
    """SQLite lets one column hold numbers and text; Parquet does not: such columns become text."""
    for column in frame.columns:
        series = frame[column]
        if ptypes.is_object_dtype(series.dtype):
            kinds = {type(v) for v in series.dropna()}
            if len(kinds) > 1 and not kinds <= {int, float}:
                frame[column] = series.map(lambda v: v if v is None else str(v)).astype("str")
            elif kinds <= {int, float} and kinds:
                frame[column] = series.astype("float64")
    return frame


SCHEMA_RULE = design_schema.unknown_rule("the query decides the columns: known when it runs")
