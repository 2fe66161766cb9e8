"""decision_forest_classifier: a random forest of decision trees voting on the class."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from designer.graph.spec import ParamSpec
from runner.modules._models import CLASSIFICATION, SEED_PARAM, Algorithm
from runner.step_runtime import StepContext

if TYPE_CHECKING:
    from sklearn.ensemble import RandomForestClassifier


def build(params: Mapping[str, Any]) -> RandomForestClassifier:
    from sklearn.ensemble import RandomForestClassifier

    return RandomForestClassifier(
        n_estimators=params["n_estimators"],
        max_depth=params["max_depth"] or None,
        min_samples_leaf=params["min_samples_leaf"],
        random_state=params["seed"],
    )


ALGORITHM = Algorithm(
    slug="decision_forest_classifier",
    name="Decision Forest Classifier",
    task=CLASSIFICATION,
    description=(
        "Many decision trees, each grown on a bootstrap sample of the rows, averaging their class "
        "probabilities (scikit-learn's RandomForestClassifier). Needs no feature scaling."
    ),
    hyperparameters=(
        ParamSpec("n_estimators", "int", default=100, min=1, max=5000, help="Number of trees."),
        ParamSpec("max_depth", "int", default=0, min=0, max=1000, help="Deepest a tree may grow; 0 means no limit."),
        ParamSpec(
            "min_samples_leaf",
            "int",
            default=1,
            min=1,
            max=100_000,
            help="Fewest training rows in a leaf; larger values make smoother, less overfitted trees.",
        ),
        SEED_PARAM,
    ),
    keywords=(
        "Two-Class Decision Forest",
        "Multiclass Decision Forest",
        "random forest",
        "binary",
        "two-class",
        "multiclass",
        "classification",
        "classifier",
        "trees",
        "ensemble",
        "RandomForestClassifier",
    ),
    build=build,
    default_sweep={"n_estimators": [50, 100], "max_depth": [0, 5, 10], "min_samples_leaf": [1, 5]},
)
SPEC = ALGORITHM.spec()


def decision_forest_classifier(ctx: StepContext) -> dict[str, object]:
    return {"model": ALGORITHM.untrained(ctx)}
