"""Graph documents the integration tests and benchmarks build on."""

from __future__ import annotations

from typing import Any

CSV = "x,y,label\n1,2,a\n3,4,b\n5,6,a\n7,8,b\n9,10,a\n11,12,b\n13,14,a\n15,16,b\n"


def node(node_id: str, module: str, params: dict[str, Any] | None = None, x: int = 0) -> dict[str, Any]:
    return {
        "id": node_id,
        "module": module,
        "version": None,
        "params": params or {},
        "position": {"x": x, "y": 0},
        "label": node_id,
    }


def edge(source: str, source_port: str, target: str, target_port: str) -> dict[str, str]:
    return {"source": source, "source_port": source_port, "target": target, "target_port": target_port}


def script(body: str) -> str:
    """An execute_python_script `main` whose body is the given (indented) lines."""
    return "def main(dataframe1, dataframe2):\n" + "".join(f"    {line}\n" for line in body.splitlines())


def chain_graph(length: int) -> dict[str, Any]:
    """enter_data followed by length-1 select_columns steps: trivial steps in a chain."""
    nodes = [node("n0", "enter_data", {"text": CSV})]
    edges = []
    for i in range(1, length):
        nodes.append(node(f"n{i}", "select_columns", {"columns": ["x", "y", "label"]}, x=i * 200))
        edges.append(edge(f"n{i - 1}", "dataset", f"n{i}", "dataset"))
    return {"schema": 1, "nodes": nodes, "edges": edges, "parameters": []}


def diamond_graph(left_script: str, right_script: str, join_script: str | None = None) -> dict[str, Any]:
    """data -> (left, right) in parallel -> join: fan-out then fan-in."""
    join = join_script or script("return dataframe1, dataframe2")
    return {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": CSV}),
            node("left", "execute_python_script", {"script": left_script}, x=200),
            node("right", "execute_python_script", {"script": right_script}, x=200),
            node("join", "execute_python_script", {"script": join}, x=400),
        ],
        "edges": [
            edge("data", "dataset", "left", "dataframe1"),
            edge("data", "dataset", "right", "dataframe1"),
            edge("left", "result1", "join", "dataframe1"),
            edge("right", "result1", "join", "dataframe2"),
        ],
        "parameters": [],
    }


def survival_graph() -> dict[str, Any]:
    """Titanic's numeric columns, split by the pipeline parameter `train_fraction`, a
    logistic regression trained and scored, and an Evaluate Model (binary: its Metrics
    output has a ROC curve)."""
    return {
        "schema": 1,
        "nodes": [
            node("load", "sample_dataset", {"name": "titanic"}),
            node("columns", "select_columns", {"columns": ["Pclass", "SibSp", "Parch", "Fare", "Survived"]}),
            node(
                "split",
                "split_data",
                {"fraction": {"$param": "train_fraction"}, "seed": 42, "stratify_column": "Survived"},
            ),
            node("algorithm", "logistic_regression", {}),
            node("train", "train_model", {"label_column": "Survived"}),
            node("score", "score_model", {}),
            node("evaluate", "evaluate_model", {}),
        ],
        "edges": [
            edge("load", "dataset", "columns", "dataset"),
            edge("columns", "dataset", "split", "dataset"),
            edge("algorithm", "model", "train", "model"),
            edge("split", "train", "train", "dataset"),
            edge("train", "model", "score", "model"),
            edge("split", "test", "score", "dataset"),
            edge("score", "scored", "evaluate", "scored"),
        ],
        "parameters": [{"name": "train_fraction", "type": "float", "default": 0.7}],
    }
