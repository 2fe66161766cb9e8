"""A small fake module catalogue and a valid pipeline over it, for the graph tests.

The specs mimic the real built-ins (same slugs and ports) but are written out here, so
these tests pin the graph rules and not the module library.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from designer.graph import CatalogEntry, DictCatalog, ModuleSpec, ParamSpec, PortSpec


def entry(spec: ModuleSpec, status: str = "active") -> CatalogEntry:
    return CatalogEntry(
        spec=spec,
        status=status,
        code_digest=f"code-{spec.slug}-{spec.version}",
        environment_digest="env-default",
    )


def split_data(version: str) -> ModuleSpec:
    return ModuleSpec(
        slug="split_data",
        version=version,
        name="Split Data",
        category="Data transformation",
        inputs=(PortSpec("dataset", "DataFrame"),),
        outputs=(PortSpec("train", "DataFrame"), PortSpec("test", "DataFrame")),
        params=(
            ParamSpec("fraction", "float", default=0.7, min=0.0, max=1.0),
            ParamSpec("seed", "int", default=None, min=0),
            ParamSpec("randomize", "bool", default=True),
            ParamSpec("stratify", "columns", default=None),
        ),
        entrypoint="runner.modules.data:split_data",
    )


SPECS = [
    ModuleSpec(
        slug="sample_dataset",
        version="1.0.0",
        name="Sample Dataset",
        category="Data input and output",
        outputs=(PortSpec("dataset", "DataFrame"),),
        params=(ParamSpec("name", "choice", default="iris", choices=("iris", "wine"), required=True),),
        entrypoint="runner.modules.data:sample_dataset",
    ),
    ModuleSpec(
        slug="logistic_regression",
        version="1.0.0",
        name="Logistic Regression",
        category="Algorithms",
        outputs=(PortSpec("model", "UntrainedModel"),),
        params=(
            ParamSpec("C", "float", default=1.0, min=0.0001),
            ParamSpec("penalty", "choice", default="l2", choices=("l1", "l2")),
            ParamSpec("max_iter", "int", default=100, min=1, max=10000),
        ),
        entrypoint="runner.modules.algorithms:logistic_regression",
    ),
    ModuleSpec(
        slug="train_model",
        version="1.0.0",
        name="Train Model",
        category="Training",
        inputs=(PortSpec("model", "UntrainedModel"), PortSpec("dataset", "DataFrame")),
        outputs=(PortSpec("model", "Model"),),
        params=(ParamSpec("label_column", "string", required=True),),
        entrypoint="runner.modules.training:train_model",
    ),
    ModuleSpec(
        slug="apply_sql",
        version="1.0.0",
        name="Apply SQL Transformation",
        category="Data transformation",
        inputs=(
            PortSpec("t1", "DataFrame"),
            PortSpec("t2", "DataFrame", optional=True),
            PortSpec("t3", "DataFrame", optional=True),
        ),
        outputs=(PortSpec("dataset", "DataFrame"),),
        params=(ParamSpec("query", "text", default="select * from t1", required=True),),
        entrypoint="runner.modules.data:apply_sql",
    ),
    ModuleSpec(
        slug="export_file",
        version="1.0.0",
        name="Export File",
        category="Data input and output",
        inputs=(PortSpec("file", "AnyFile"), PortSpec("extra", "AnyDirectory", optional=True)),
        params=(ParamSpec("path", "string", default="out"),),
        entrypoint="runner.modules.data:export_file",
    ),
    ModuleSpec(
        slug="random_sample",
        version="1.0.0",
        name="Random Sample",
        category="Data transformation",
        inputs=(PortSpec("dataset", "DataFrame"),),
        outputs=(PortSpec("dataset", "DataFrame"),),
        params=(ParamSpec("rows", "int", default=10, min=1),),
        deterministic=False,
        entrypoint="runner.modules.data:random_sample",
    ),
]


def make_catalog() -> DictCatalog:
    return DictCatalog(
        [entry(spec) for spec in SPECS]
        + [
            entry(split_data("1.0.0"), "deprecated"),
            entry(split_data("1.1.0"), "active"),
            entry(split_data("2.0.0"), "disabled"),
        ]
    )


def node(node_id: str, module: str, **fields: Any) -> dict[str, Any]:
    return {"id": node_id, "module": module, "version": None, "params": {}, **fields}


def edge(source: str, source_port: str, target: str, target_port: str) -> dict[str, str]:
    return {"source": source, "source_port": source_port, "target": target, "target_port": target_port}


# sample_dataset ─dataset→ split_data ─train→ train_model ←model─ logistic_regression
VALID_PIPELINE: dict[str, Any] = {
    "schema": 1,
    "nodes": [
        node("n1", "sample_dataset", params={"name": "wine"}, position={"x": 0, "y": 0}, label="Wine"),
        node("n2", "split_data", params={"fraction": 0.8, "seed": {"$param": "seed"}}),
        node("n3", "logistic_regression", version="1.0.0"),
        node("n4", "train_model", params={"label_column": "class"}, compute="gpu", reuse=False),
    ],
    "edges": [
        edge("n1", "dataset", "n2", "dataset"),
        edge("n3", "model", "n4", "model"),
        edge("n2", "train", "n4", "dataset"),
    ],
    "parameters": [{"name": "seed", "type": "int", "default": 42}],
}


@pytest.fixture
def catalog() -> DictCatalog:
    return make_catalog()


@pytest.fixture
def pipeline() -> dict[str, Any]:
    """A fresh, valid pipeline document each test may change freely."""
    return copy.deepcopy(VALID_PIPELINE)
