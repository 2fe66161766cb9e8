"""boosted_tree_regressor: gradient-boosted decision trees for regression."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sklearn.ensemble import GradientBoostingRegressor

from designer.graph.spec import ParamSpec
from runner.modules._models import REGRESSION, SEED_PARAM, Algorithm
from runner.step_runtime import StepContext

N_ESTIMATORS = ParamSpec(
    "n_estimators", "int", default=100, min=1, max=5000, help="Number of boosting stages (trees), built one by one."
)
LEARNING_RATE = ParamSpec(
    "learning_rate",
    "float",
    default=0.1,
    min=1e-4,
    max=10.0,
    help="How much each tree corrects the ones before it; smaller values need more trees.",
)
MAX_DEPTH = ParamSpec("max_depth", "int", default=3, min=1, max=100, help="Deepest each tree may grow.")


def build(params: Mapping[str, Any]) -> GradientBoostingRegressor:
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
    hyperparameters=(N_ESTIMATORS, LEARNING_RATE, MAX_DEPTH, SEED_PARAM),
    build=build,
    default_sweep={"learning_rate": [0.05, 0.1, 0.2], "max_depth": [2, 3, 4]},
)
SPEC = ALGORITHM.spec()


def boosted_tree_regressor(ctx: StepContext) -> dict[str, object]:
    return {"model": ALGORITHM.untrained(ctx)}
