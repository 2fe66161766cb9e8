"""kmeans: k-means clustering (an untrained model for train_clustering_model)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from designer.graph.spec import ParamSpec
from runner.modules._models import CLUSTERING, SEED_PARAM, Algorithm
from runner.step_runtime import StepContext

if TYPE_CHECKING:
    from sklearn.cluster import KMeans


def build(params: Mapping[str, Any]) -> KMeans:
    from sklearn.cluster import KMeans

    return KMeans(n_clusters=params["n_clusters"], init=params["init"], n_init="auto", random_state=params["seed"])


ALGORITHM = Algorithm(
    slug="kmeans",
    name="K-Means Clustering",
    task=CLUSTERING,
    description=(
        "Groups rows into k clusters around centroids (scikit-learn's KMeans). Train it with "
        "Train Clustering Model; distances depend on feature scale, so Normalize Data first."
    ),
    hyperparameters=(
        ParamSpec("n_clusters", "int", default=3, min=2, max=1000, help="Number of clusters (k)."),
        ParamSpec(
            "init",
            "choice",
            default="k-means++",
            choices=("k-means++", "random"),
            help=(
                "How the first centroids are picked: k-means++ spreads them out (one run); random picks "
                "rows at random (best of 10 runs)."
            ),
        ),
        SEED_PARAM,
    ),
    keywords=(
        "K-Means Clustering",
        "k-means",
        "kmeans",
        "clustering",
        "clusters",
        "unsupervised",
        "segmentation",
        "KMeans",
    ),
    build=build,
    default_sweep={"n_clusters": [2, 3, 4, 5, 6]},
)
SPEC = ALGORITHM.spec()


def kmeans(ctx: StepContext) -> dict[str, object]:
    return {"model": ALGORITHM.untrained(ctx)}
