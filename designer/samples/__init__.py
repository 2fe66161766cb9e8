"""Sample pipelines loaded by `make up` so a new install has something to run."""

from __future__ import annotations

from typing import Any

IRIS_QUICKSTART: dict[str, Any] = {
    "name": "Iris quickstart",
    "description": "Load iris, keep the measurements and the label, split 70/30 and summarise the training set "
    "with a Python script.",
    "graph": {
        "schema": 1,
        "nodes": [
            {
                "id": "load",
                "module": "sample_dataset",
                "version": None,
                "params": {"name": "iris"},
                "position": {"x": 40, "y": 160},
                "label": "Iris",
            },
            {
                "id": "columns",
                "module": "select_columns",
                "version": None,
                "params": {
                    "columns": ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "label"],
                },
                "position": {"x": 300, "y": 160},
                "label": "Select columns",
            },
            {
                "id": "split",
                "module": "split_data",
                "version": None,
                "params": {"fraction": 0.7, "seed": {"$param": "seed"}},
                "position": {"x": 560, "y": 160},
                "label": "Split 70/30",
            },
            {
                "id": "summary",
                "module": "execute_python_script",
                "version": None,
                "params": {
                    "script": (
                        "def main(dataframe1, dataframe2):\n"
                        "    counts = dataframe1['label'].value_counts().sort_index()\n"
                        "    print('training rows:', len(dataframe1))\n"
                        "    print(counts.to_string())\n"
                        "    log_metric('train_rows', len(dataframe1))\n"
                        "    return dataframe1.describe().reset_index(),\n"
                    )
                },
                "position": {"x": 820, "y": 80},
                "label": "Summarise training set",
            },
        ],
        "edges": [
            {"source": "load", "source_port": "dataset", "target": "columns", "target_port": "dataset"},
            {"source": "columns", "source_port": "dataset", "target": "split", "target_port": "dataset"},
            {"source": "split", "source_port": "train", "target": "summary", "target_port": "dataframe1"},
        ],
        "parameters": [{"name": "seed", "type": "int", "default": 42}],
    },
}

SAMPLE_PIPELINES = [IRIS_QUICKSTART]
