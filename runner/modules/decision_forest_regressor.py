"""decision_forest_regressor: a random forest of regression trees, averaged."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from designer.graph.spec import ParamSpec
from runner.modules._models import REGRESSION, SEED_PARAM, Algorithm
from runner.step_runtime import StepContext

if TYPE_CHECKING:
    from sklearn.ensemble import RandomForestRegressor


def build(params: Mapping[str, Any]) -> RandomForestRegressor:
    from sklearn.ensemble import RandomForestRegressor

    return RandomForestRegressor(
        n_estimators=params["n_estimators"], max_depth=params["max_depth"] or None, random_state=params["seed"]
    )


ALGORITHM = Algorithm(
    slug="decision_forest_regressor",
    name="Decision Forest Regressor",
    task=REGRESSION,
    description=(
        "Many regression trees, each grown on a bootstrap sample of the rows, averaging their "
        "predictions (scikit-learn's RandomForestRegressor). Needs no feature scaling."
    ),
    hyperparameters=(
        ParamSpec("n_estimators", "int", default=100, min=1, max=5000, help="Number of trees."),
        ParamSpec("max_depth", "int", default=0, min=0, max=1000, help="Deepest a tree may grow; 0 means no limit."),
        SEED_PARAM,
    ),
    keywords=(
        "Decision Forest Regression",
        "random forest",
        "regression",
        "regressor",
        "trees",
        "ensemble",
        "predict numbers",
        "RandomForestRegressor",
    ),
    build=build,
    default_sweep={"n_estimators": [50, 100], "max_depth": [0, 5, 10]},
)
SPEC = ALGORITHM.spec()


def decision_forest_regressor(ctx: StepContext) -> dict[str, object]:
    return {"model": ALGORITHM.untrained(ctx)}
