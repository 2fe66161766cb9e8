from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from sklearn.datasets import load_iris

from runner.modules import BUILTIN_MODULES, BuiltinModule
from runner.modules import apply_sql as module
from runner.modules.sample_dataset import penguins


@pytest.fixture(autouse=True)
def _registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        BUILTIN_MODULES, "apply_sql", BuiltinModule(module.SPEC, module.apply_sql, Path(module.__file__))
    )


@pytest.fixture(scope="module")
def data() -> pd.DataFrame:
    return penguins()


def _direct(query: str, **tables: pd.DataFrame) -> pd.DataFrame:
    with sqlite3.connect(":memory:") as connection:
        for name, frame in tables.items():
            frame.to_sql(name, connection, index=False)
        return pd.read_sql_query(query, connection)


def test_a_query_gives_what_sqlite_gives(run_module: Any, data: pd.DataFrame) -> None:
    query = (
        "SELECT species, sex, COUNT(*) AS n, AVG(body_mass_g) AS mass FROM t1 "
        "WHERE sex IS NOT NULL GROUP BY species, sex ORDER BY species, sex"
    )
    run = run_module("apply_sql", params={"query": query}, t1=data)

    assert run.result.status == "completed", run.error
    pd.testing.assert_frame_equal(run.outputs["dataset"], _direct(query, t1=data), check_dtype=False)
    assert len(run.outputs["dataset"]) == 6


def test_three_tables_and_several_statements(run_module: Any, data: pd.DataFrame) -> None:
    iris = load_iris(as_frame=True).frame
    names = pd.DataFrame({"target": [0, 1, 2], "name": ["setosa", "versicolor", "virginica"]})
    query = """
        CREATE TEMP TABLE big AS SELECT * FROM t1 WHERE "petal length (cm)" > 1.5;  -- a ';' in a comment
        SELECT t2.name, COUNT(*) AS n, MAX(t3.year) AS latest, 'a;b' AS text
        FROM big JOIN t2 ON big.target = t2.target, t3
        GROUP BY t2.name ORDER BY t2.name;
    """
    run = run_module("apply_sql", params={"query": query}, t1=iris, t2=names, t3=data[["year"]].drop_duplicates())

    assert run.result.status == "completed", run.error
    counts = iris[iris["petal length (cm)"] > 1.5].groupby("target").size() * 3
    assert run.outputs["dataset"]["n"].tolist() == counts.tolist()
    assert run.outputs["dataset"]["latest"].tolist() == [2009] * 3
    assert run.outputs["dataset"]["text"].tolist() == ["a;b"] * 3


def test_sql_errors_quote_sqlite(run_module: Any, data: pd.DataFrame) -> None:
    def error(query: str) -> str:
        return str(run_module("apply_sql", params={"query": query}, t1=data).error)

    assert error("SELECT beak FROM t1").startswith(
        "SQL error: no such column: beak (in: SELECT beak FROM t1); columns: t1: species, island,"
    )
    assert error("SELECT * FROM t2") == "SQL error: no such table: t2 (in: SELECT * FROM t2); input t2 is not connected"
    assert error("SELEKT 1").startswith('SQL error: near "SELEKT": syntax error')
    assert error("CREATE TEMP TABLE x (a)") == "the last SQL statement returns no rows; end the query with a SELECT"
    assert error("SELECT species, species FROM t1").startswith(
        "the query returns the column name species more than once"
    )
    assert error("  ") == "parameter 'query' is empty: write a SELECT over t1 (and t2, t3)"
    assert error("ATTACH DATABASE '/tmp/x.db' AS x").startswith("SQL error: not authorized")


def test_mixed_value_types_become_text_and_empty_tables_work(run_module: Any, data: pd.DataFrame) -> None:
    mixed = run_module("apply_sql", params={"query": "SELECT 1 AS v UNION ALL SELECT 'x'"}, t1=data)
    empty = run_module("apply_sql", params={"query": "SELECT species FROM t1"}, t1=data.iloc[0:0])

    assert mixed.outputs["dataset"]["v"].tolist() == ["1", "x"]
    assert empty.result.status == "completed", empty.error
    assert list(empty.outputs["dataset"].columns) == ["species"]
