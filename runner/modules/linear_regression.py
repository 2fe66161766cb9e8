"""linear_regression: ordinary least squares, optionally with ridge or lasso regularization."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from designer.graph.spec import ParamSpec
from runner.modules._models import REGRESSION, Algorithm
from runner.step_runtime import StepContext

if TYPE_CHECKING:
    from sklearn.linear_model import Lasso, LinearRegression, Ridge


def build(params: Mapping[str, Any]) -> LinearRegression | Ridge | Lasso:
    from sklearn.linear_model import Lasso, LinearRegression, Ridge

    fit_intercept = params["fit_intercept"]
    if params["regularization"] == "ridge":
        return Ridge(alpha=params["alpha"], fit_intercept=fit_intercept)
    if params["regularization"] == "lasso":
        return Lasso(alpha=params["alpha"], fit_intercept=fit_intercept)
    return LinearRegression(fit_intercept=fit_intercept)


ALGORITHM = Algorithm(
    slug="linear_regression",
    name="Linear Regression",
    task=REGRESSION,
    description=(
        "Predicts a number as a weighted sum of the features: ordinary least squares "
        "(LinearRegression), or with regularization: ridge (Ridge) or lasso (Lasso)."
    ),
    hyperparameters=(
        ParamSpec("fit_intercept", "bool", default=True, help="Learn a constant term; off forces it to zero."),
        ParamSpec(
            "regularization",
            "choice",
            default="none",
            choices=("none", "ridge", "lasso"),
            help="none: least squares; ridge: shrinks all weights; lasso: drives some weights to zero.",
        ),
        ParamSpec(
            "alpha",
            "float",
            default=1.0,
            min=0.0,
            max=1e6,
            help="Regularization strength for ridge and lasso (larger shrinks more); ignored for none.",
        ),
    ),
    keywords=(
        "Linear Regression",
        "regression",
        "regressor",
        "least squares",
        "OLS",
        "ridge",
        "predict numbers",
        "LinearRegression",
    ),
    build=build,
    default_sweep={"regularization": ["none", "ridge", "lasso"], "alpha": [0.01, 0.1, 1.0, 10.0]},
)
SPEC = ALGORITHM.spec()


def linear_regression(ctx: StepContext) -> dict[str, object]:
    return {"model": ALGORITHM.untrained(ctx)}
