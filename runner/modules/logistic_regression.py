"""logistic_regression: a linear classifier for two or more classes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import numpy as np

from designer.graph.spec import ParamSpec
from runner.modules._models import CLASSIFICATION, Algorithm
from runner.step_runtime import StepContext

if TYPE_CHECKING:
    from sklearn.linear_model import LogisticRegression


def build(params: Mapping[str, Any]) -> LogisticRegression:
    from sklearn.linear_model import LogisticRegression

    max_iter = params["max_iter"]
    if params["penalty"] == "l1":
        # saga is the solver that handles L1 with any number of classes; it shuffles.
        return LogisticRegression(C=params["C"], l1_ratio=1.0, solver="saga", max_iter=max_iter, random_state=0)
    if params["penalty"] == "none":
        return LogisticRegression(C=np.inf, max_iter=max_iter)
    return LogisticRegression(C=params["C"], max_iter=max_iter)


ALGORITHM = Algorithm(
    slug="logistic_regression",
    name="Logistic Regression",
    task=CLASSIFICATION,
    description=(
        "A linear model of class probabilities (scikit-learn's LogisticRegression), for two or "
        "more classes. Works best on features of similar scale: Normalize Data first."
    ),
    hyperparameters=(
        ParamSpec(
            "C",
            "float",
            default=1.0,
            min=1e-6,
            max=1e6,
            help="Inverse regularization strength: smaller values regularize more. Ignored when penalty is none.",
        ),
        ParamSpec(
            "penalty",
            "choice",
            default="l2",
            choices=("l2", "l1", "none"),
            help=(
                "Regularization: l2 shrinks all weights (lbfgs solver); l1 drives some to zero (saga "
                "solver, slower, needs normalized features); none fits without regularization."
            ),
        ),
        ParamSpec(
            "max_iter",
            "int",
            default=1000,
            min=1,
            max=100_000,
            help="Most solver iterations; raise it if the log warns that the solver did not converge.",
        ),
    ),
    keywords=(
        "Two-Class Logistic Regression",
        "Multiclass Logistic Regression",
        "binary",
        "two-class",
        "multiclass",
        "classification",
        "classifier",
        "logit",
        "linear classifier",
        "LogisticRegression",
    ),
    build=build,
    default_sweep={"C": [0.01, 0.1, 1.0, 10.0, 100.0]},
)
SPEC = ALGORITHM.spec()


def logistic_regression(ctx: StepContext) -> dict[str, object]:
    return {"model": ALGORITHM.untrained(ctx)}
