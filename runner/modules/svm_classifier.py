"""svm_classifier: a support vector machine with calibrated class probabilities."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from designer.graph.spec import ParamSpec
from runner.modules._models import CLASSIFICATION, Algorithm
from runner.step_runtime import StepContext

if TYPE_CHECKING:
    from sklearn.calibration import CalibratedClassifierCV


def build(params: Mapping[str, Any]) -> CalibratedClassifierCV:
    # What SVC(probability=True) did (Platt scaling over internal folds, then one SVC on
    # all rows); scikit-learn 1.9 deprecated that flag in favour of this wrapper. The
    # internal folds are not shuffled, so no seed is needed.
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.svm import SVC

    return CalibratedClassifierCV(SVC(C=params["C"], kernel=params["kernel"]), method="sigmoid", ensemble=False)


ALGORITHM = Algorithm(
    slug="svm_classifier",
    name="SVM Classifier",
    task=CLASSIFICATION,
    description=(
        "A support vector machine (scikit-learn's SVC) with class probabilities from sigmoid "
        "calibration over 5 internal folds, so AUC and log loss can be computed. Predicts the "
        "most probable class. Sensitive to feature scale: Normalize Data first."
    ),
    hyperparameters=(
        ParamSpec(
            "C",
            "float",
            default=1.0,
            min=1e-6,
            max=1e6,
            help="Penalty for misclassified training rows: larger values fit the training data more closely.",
        ),
        ParamSpec(
            "kernel",
            "choice",
            default="rbf",
            choices=("rbf", "linear", "poly", "sigmoid"),
            help="Similarity between rows: rbf (Gaussian), linear, poly (degree 3 polynomial) or sigmoid.",
        ),
    ),
    keywords=(
        "Two-Class Support Vector Machine",
        "support vector machine",
        "SVM",
        "SVC",
        "binary",
        "two-class",
        "classification",
        "classifier",
        "kernel",
    ),
    build=build,
    default_sweep={"C": [0.1, 1.0, 10.0], "kernel": ["rbf", "linear"]},
)
SPEC = ALGORITHM.spec()


def svm_classifier(ctx: StepContext) -> dict[str, object]:
    return {"model": ALGORITHM.untrained(ctx)}
