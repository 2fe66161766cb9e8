"""boosted_tree_classifier: gradient-boosted decision trees for classification."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from runner.modules._models import BOOSTING_HYPERPARAMETERS, CLASSIFICATION, SEED_PARAM, Algorithm
from runner.step_runtime import StepContext

if TYPE_CHECKING:
    from sklearn.ensemble import GradientBoostingClassifier


def build(params: Mapping[str, Any]) -> GradientBoostingClassifier:
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(
        n_estimators=params["n_estimators"],
        learning_rate=params["learning_rate"],
        max_depth=params["max_depth"],
        random_state=params["seed"],
    )


ALGORITHM = Algorithm(
    slug="boosted_tree_classifier",
    name="Boosted Tree Classifier",
    task=CLASSIFICATION,
    description=(
        "Small decision trees added one at a time, each fitted to the errors of the ones before "
        "(scikit-learn's GradientBoostingClassifier). Needs no feature scaling."
    ),
    hyperparameters=(*BOOSTING_HYPERPARAMETERS, SEED_PARAM),
    keywords=(
        "Two-Class Boosted Decision Tree",
        "Multiclass Boosted Decision Tree",
        "gradient boosting",
        "boosted decision tree",
        "binary",
        "two-class",
        "multiclass",
        "classification",
        "classifier",
        "GBM",
        "trees",
        "GradientBoostingClassifier",
    ),
    build=build,
    default_sweep={"learning_rate": [0.05, 0.1, 0.2], "max_depth": [2, 3, 4]},
)
SPEC = ALGORITHM.spec()


def boosted_tree_classifier(ctx: StepContext) -> dict[str, object]:
    return {"model": ALGORITHM.untrained(ctx)}
