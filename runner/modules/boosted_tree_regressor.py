"""boosted_tree_regressor: gradient-boosted decision trees for regression."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from runner.modules._models import BOOSTING_HYPERPARAMETERS, REGRESSION, SEED_PARAM, Algorithm
from runner.step_runtime import StepContext

if TYPE_CHECKING:
    from sklearn.ensemble import GradientBoostingRegressor


def build(params: Mapping[str, Any]) -> GradientBoostingRegressor:
    from sklearn.ensemble import GradientBoostingRegressor

    return GradientBoostingRegressor(
        n_estimators=params["n_estimators"],
        learning_rate=params["learning_rate"],
        max_depth=params["max_depth"],
        random_state=params["seed"],
    )


ALGORITHM = Algorithm(
    slug="boosted_tree_regressor",
    name="Boosted Tree Regressor",
    task=REGRESSION,
    description=(
        "Small regression trees added one at a time, each fitted to the errors of the ones before "
        "(scikit-learn's GradientBoostingRegressor, squared error). Needs no feature scaling."
    ),
    hyperparameters=(*BOOSTING_HYPERPARAMETERS, SEED_PARAM),
    keywords=(
        "Boosted Decision Tree Regression",
        "gradient boosting",
        "boosted decision tree",
        "regression",
        "regressor",
        "GBM",
        "trees",
        "predict numbers",
        "GradientBoostingRegressor",
    ),
    build=build,
    default_sweep={"learning_rate": [0.05, 0.1, 0.2], "max_depth": [2, 3, 4]},
)
SPEC = ALGORITHM.spec()


def boosted_tree_regressor(ctx: StepContext) -> dict[str, object]:
    return {"model": ALGORITHM.untrained(ctx)}
