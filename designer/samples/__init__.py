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


def _node(node_id: str, module: str, params: dict[str, Any], x: int, y: int, label: str) -> dict[str, Any]:
    return {
        "id": node_id,
        "module": module,
        "version": None,
        "params": params,
        "position": {"x": x, "y": y},
        "label": label,
    }


def _wire(source: str, source_port: str, target: str, target_port: str) -> dict[str, str]:
    return {"source": source, "source_port": source_port, "target": target, "target_port": target_port}


TITANIC_FEATURES = ["Pclass", "Sex", "Age", "SibSp", "Parch", "Fare", "Embarked", "Survived"]

# A feature computed by a script: an inference pipeline made from a run of the sample
# keeps the script, so its endpoint computes the feature from a raw passenger row.
FAMILY_SIZE_SCRIPT = (
    "def main(dataframe1, dataframe2):\n"
    "    frame = dataframe1.copy()\n"
    "    frame['FamilySize'] = frame['SibSp'] + frame['Parch'] + 1\n"
    "    return frame,\n"
)

BINARY_CLASSIFICATION: dict[str, Any] = {
    "name": "Binary classification: Titanic survival",
    "description": "Add each passenger's family size with a Python script, clean missing ages and ports, turn "
    "categories into indicators, normalize, split 70/30, "
    "train a logistic regression on who survived and evaluate it on the held-out passengers.",
    "graph": {
        "schema": 1,
        "nodes": [
            _node("load", "sample_dataset", {"name": "titanic"}, 0, 0, "Titanic passengers"),
            _node("columns", "select_columns", {"columns": TITANIC_FEATURES}, 0, 120, "Drop passenger id"),
            _node("family", "execute_python_script", {"script": FAMILY_SIZE_SCRIPT}, 0, 240, "Family size"),
            _node("ages", "clean_missing_data", {"columns": ["Age"], "mode": "median"}, 0, 360, "Fill ages"),
            _node("ports", "clean_missing_data", {"columns": ["Embarked"], "mode": "mode"}, 0, 480, "Fill ports"),
            _node("indicators", "convert_to_indicators", {"columns": ["Sex", "Embarked"]}, 0, 600, "Indicators"),
            _node("normalize", "normalize_data", {"columns": ["Age", "Fare"], "method": "zscore"}, 0, 720, "Z-score"),
            _node(
                "split",
                "split_data",
                {"fraction": {"$param": "train_fraction"}, "seed": 42, "stratify_column": "Survived"},
                0,
                840,
                "Split 70/30",
            ),
            _node("algorithm", "logistic_regression", {"C": 1.0}, 300, 840, "Logistic regression"),
            _node("train", "train_model", {"label_column": "Survived"}, 150, 960, "Train"),
            _node("score", "score_model", {}, 150, 1080, "Score"),
            _node("evaluate", "evaluate_model", {}, 150, 1200, "Evaluate"),
        ],
        "edges": [
            _wire("load", "dataset", "columns", "dataset"),
            _wire("columns", "dataset", "family", "dataframe1"),
            _wire("family", "result1", "ages", "dataset"),
            _wire("ages", "dataset", "ports", "dataset"),
            _wire("ports", "dataset", "indicators", "dataset"),
            _wire("indicators", "dataset", "normalize", "dataset"),
            _wire("normalize", "dataset", "split", "dataset"),
            _wire("algorithm", "model", "train", "model"),
            _wire("split", "train", "train", "dataset"),
            _wire("train", "model", "score", "model"),
            _wire("split", "test", "score", "dataset"),
            _wire("score", "scored", "evaluate", "scored"),
        ],
        # A pipeline parameter, so a run (a trigger of its published pipeline, a
        # schedule) can train on another share of the passengers.
        "parameters": [{"name": "train_fraction", "type": "float", "default": 0.7}],
    },
}

REGRESSION: dict[str, Any] = {
    "name": "Regression: diabetes progression",
    "description": "Predict disease progression a year ahead from ten baseline measurements with boosted "
    "trees, compared against a linear regression on the same split.",
    "graph": {
        "schema": 1,
        "nodes": [
            _node("load", "sample_dataset", {"name": "diabetes"}, 0, 0, "Diabetes"),
            _node("split", "split_data", {"fraction": 0.75, "seed": 7}, 0, 120, "Split 75/25"),
            _node("boosted", "boosted_tree_regressor", {"n_estimators": 100, "seed": 7}, 300, 120, "Boosted trees"),
            _node("linear", "linear_regression", {}, 600, 120, "Linear regression"),
            _node("train_boosted", "train_model", {"label_column": "label"}, 150, 240, "Train boosted"),
            _node("train_linear", "train_model", {"label_column": "label"}, 450, 240, "Train linear"),
            _node("score_boosted", "score_model", {}, 150, 360, "Score boosted"),
            _node("score_linear", "score_model", {}, 450, 360, "Score linear"),
            _node("evaluate", "evaluate_model", {}, 300, 480, "Compare"),
        ],
        "edges": [
            _wire("load", "dataset", "split", "dataset"),
            _wire("boosted", "model", "train_boosted", "model"),
            _wire("split", "train", "train_boosted", "dataset"),
            _wire("linear", "model", "train_linear", "model"),
            _wire("split", "train", "train_linear", "dataset"),
            _wire("train_boosted", "model", "score_boosted", "model"),
            _wire("split", "test", "score_boosted", "dataset"),
            _wire("train_linear", "model", "score_linear", "model"),
            _wire("split", "test", "score_linear", "dataset"),
            _wire("score_boosted", "scored", "evaluate", "scored"),
            _wire("score_linear", "scored", "evaluate", "scored_right"),
        ],
        "parameters": [],
    },
}

IRIS_FEATURES = ["sepal length (cm)", "sepal width (cm)", "petal length (cm)", "petal width (cm)"]

CLUSTERING: dict[str, Any] = {
    "name": "Clustering: iris flowers",
    "description": "Group iris flowers into three clusters with k-means on their four measurements and "
    "look at the clusters' sizes, spread and silhouette.",
    "graph": {
        "schema": 1,
        "nodes": [
            _node("load", "sample_dataset", {"name": "iris"}, 0, 0, "Iris"),
            _node("kmeans", "kmeans", {"n_clusters": 3, "seed": 42}, 300, 0, "K-means, 3 clusters"),
            _node("train", "train_clustering_model", {"feature_columns": IRIS_FEATURES}, 150, 120, "Train"),
            _node("evaluate", "evaluate_model", {}, 150, 240, "Evaluate"),
        ],
        "edges": [
            _wire("kmeans", "model", "train", "model"),
            _wire("load", "dataset", "train", "dataset"),
            _wire("train", "assignments", "evaluate", "scored"),
        ],
        "parameters": [],
    },
}

SAMPLE_PIPELINES = [IRIS_QUICKSTART, BINARY_CLASSIFICATION, REGRESSION, CLUSTERING]


def sample_key(sample: dict[str, Any]) -> str:
    """A stable form value for a sample: its name in lower case with dashes."""
    return "-".join("".join(c if c.isalnum() else " " for c in str(sample["name"]).lower()).split())


SAMPLES_BY_KEY: dict[str, dict[str, Any]] = {sample_key(sample): sample for sample in SAMPLE_PIPELINES}
