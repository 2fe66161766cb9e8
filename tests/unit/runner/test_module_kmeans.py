from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from sklearn.cluster import KMeans
from sklearn.datasets import load_iris

from runner.modules import BUILTIN_MODULES, BuiltinModule, kmeans, train_model


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Until the modules are in the registry, run them as if they were."""
    for module in (kmeans, train_model):
        slug = module.SPEC.slug
        builtin = BuiltinModule(module.SPEC, getattr(module, slug), Path(str(module.__file__)))
        monkeypatch.setitem(BUILTIN_MODULES, slug, BUILTIN_MODULES.get(slug, builtin))


def test_it_outputs_an_unfitted_kmeans_with_its_settings(run_module: Any) -> None:
    run = run_module("kmeans", params={"n_clusters": 4, "init": "random", "seed": 9})

    artifact = run.outputs["model"]
    assert isinstance(artifact.model, KMeans)
    assert not hasattr(artifact.model, "cluster_centers_")
    assert artifact.model.get_params()["n_clusters"] == 4
    assert artifact.model.get_params()["init"] == "random"
    assert artifact.model.get_params()["random_state"] == 9
    assert artifact.meta["task"] == "clustering"
    assert artifact.meta["sweep"] == {"n_clusters": [2, 3, 4, 5, 6]}


def test_the_untrained_model_clusters_like_sklearn(run_module: Any) -> None:
    # train_clustering_model fits it; this is what that fit gives.
    X = load_iris(as_frame=True).data
    artifact = run_module("kmeans", params={"n_clusters": 3, "seed": 4}).outputs["model"]

    direct = KMeans(n_clusters=3, n_init="auto", random_state=4).fit(X)
    assert artifact.model.fit(X).labels_.tolist() == direct.labels_.tolist()


def test_train_model_refuses_it_pointing_to_train_clustering_model(run_module: Any) -> None:
    untrained = run_module("kmeans").outputs["model"]
    dataset = pd.DataFrame({"x": [1.0, 2.0, 3.0], "label": [0, 1, 0]})

    run = run_module("train_model", model=untrained, dataset=dataset)

    assert run.error == (
        "kmeans is a clustering model, which has no label to learn: train it with train_clustering_model "
        "instead of train_model"
    )


def test_bad_params_fail_naming_the_parameter(run_module: Any) -> None:
    assert run_module("kmeans", params={"n_clusters": 1}).error == (
        "parameter 'n_clusters' must be between 2 and 1000; got 1"
    )
    assert run_module("kmeans", params={"init": "forgy"}).error == (
        "parameter 'init' must be one of k-means++, random; got 'forgy'"
    )
