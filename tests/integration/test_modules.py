"""Custom modules: published from a spec and Python source, versioned, run on the worker."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from designer.models import ModuleVersion
from runner.models import StepRun
from tests.integration.graphs import CSV, edge, node
from tests.integration.helpers import make_pipeline, submit, wait_for_run

pytestmark = pytest.mark.integration

SPEC_YAML = """
slug: add_total
version: 1.0.0
name: Add Total
category: Custom
description: Adds a column with the sum of two numeric columns.
inputs: [{name: dataset, type: DataFrame}]
outputs: [{name: dataset, type: DataFrame}]
params:
  - {name: left, type: string, default: x}
  - {name: right, type: string, default: y}
  - {name: scale, type: float, default: 1.0, min: 0, max: 100}
"""

SOURCE = """
def main(ctx, *, dataset):
    print("adding", ctx.params["left"], "and", ctx.params["right"])
    total = (dataset[ctx.params["left"]] + dataset[ctx.params["right"]]) * ctx.params["scale"]
    return {"dataset": dataset.assign(total=total)}
"""


def client_for(user: Any) -> APIClient:
    client = APIClient()
    client.force_login(user)
    return client


def publish(client: APIClient, spec: Any = SPEC_YAML, code: str = SOURCE) -> Any:
    return client.post("/api/modules/", {"spec": spec, "code": code}, format="json")


def pipeline_using(user: Any, version: str | None = None) -> Any:
    custom = node("total", "add_total", {"scale": 2.0})
    custom["version"] = version
    graph = {
        "schema": 1,
        "nodes": [node("data", "enter_data", {"text": CSV}), custom],
        "edges": [edge("data", "dataset", "total", "dataset")],
        "parameters": [],
    }
    return make_pipeline(user, graph)


def test_a_published_module_is_in_the_palette_and_runs_on_the_worker(
    alice: Any, modules: None, live_stack: Any
) -> None:
    client = client_for(alice)
    response = publish(client)
    assert response.status_code == 201, response.content
    assert response.json()["builtin"] is False and response.json()["version"] == "1.0.0"
    palette = {m["slug"]: m for m in client.get("/api/modules/").json()}
    assert "add_total" in palette and "split_data" in palette

    pipeline = pipeline_using(alice)
    run = wait_for_run(submit(client, pipeline)["id"])
    step = StepRun.objects.get(run=run, node_id="total")
    assert run.status == "completed", (run.error, step.error, step.traceback)
    assert "adding x and y" in step.log
    preview = client.get(f"/api/runs/{run.pk}/steps/total/outputs/dataset/").json()["preview"]
    assert preview["columns"][-1]["name"] == "total"
    assert preview["rows"][0][-1] == (1 + 2) * 2.0
    digest = ModuleVersion.objects.get(module__slug="add_total", version="1.0.0").code_digest
    assert run.snapshot["plan"]["steps"][1]["code_digest"] == digest


def test_publishing_again_creates_a_new_version_and_versions_are_immutable(alice: Any, modules: None) -> None:
    client = client_for(alice)
    assert publish(client).status_code == 201
    again = publish(client)
    assert again.status_code == 409
    newer = publish(client, SPEC_YAML.replace("1.0.0", "1.1.0"), SOURCE.replace("adding", "summing"))
    assert newer.status_code == 201
    body = newer.json()
    assert body["version"] == "1.1.0"
    assert [v["version"] for v in body["versions"]] == ["1.0.0", "1.1.0"]
    digests = {v["version"]: v["code_digest"] for v in body["versions"]}
    assert digests["1.0.0"] != digests["1.1.0"]


def test_deprecated_versions_warn_and_disabled_ones_are_refused_at_submit(
    alice: Any, modules: None, live_stack: Any
) -> None:
    client = client_for(alice)
    publish(client)
    pipeline = pipeline_using(alice, version="1.0.0")
    url = "/api/modules/add_total/versions/1.0.0/"
    assert client.patch(url, {"status": "deprecated"}, format="json").status_code == 200
    validated = client.post(f"/api/pipelines/{pipeline.pk}/validate/")
    assert validated.status_code == 200
    warnings = [p for p in validated.json()["problems"] if p["severity"] == "warning"]
    assert warnings and warnings[0]["node_id"] == "total"

    assert client.patch(url, {"status": "disabled"}, format="json").status_code == 200
    refused = client.post(f"/api/pipelines/{pipeline.pk}/runs/", {}, format="json")
    assert refused.status_code == 400
    assert any(e["node_id"] == "total" and "disabled" in e["message"] for e in refused.json()["extra"]["errors"])


def test_a_version_can_be_made_the_default(alice: Any, modules: None) -> None:
    client = client_for(alice)
    publish(client)
    publish(client, SPEC_YAML.replace("1.0.0", "2.0.0"))
    assert client.get("/api/modules/add_total/").json()["version"] == "2.0.0"
    response = client.patch("/api/modules/add_total/versions/1.0.0/", {"default": True}, format="json")
    assert response.status_code == 200
    assert response.json()["version"] == "1.0.0"


def test_bad_specs_and_sources_are_refused_with_every_problem(alice: Any, modules: None) -> None:
    client = client_for(alice)
    bad_spec = SPEC_YAML.replace("type: DataFrame}]\noutputs", "type: Table}]\noutputs").replace(
        "default: 1.0, min: 0", "default: 500.0, min: 0"
    )
    response = publish(client, bad_spec, "def helper():\n    pass\n")
    assert response.status_code == 400
    problems = " | ".join(response.json()["extra"]["problems"])
    assert "unknown type 'Table'" in problems
    assert "scale" in problems
    assert "no top-level function 'main'" in problems
    assert (
        publish(client, SPEC_YAML, "def main(:\n")
        .json()["extra"]["problems"][0]
        .startswith("the source does not parse")
    )
    taken = publish(client, SPEC_YAML.replace("slug: add_total", "slug: split_data"))
    assert "built-in" in " ".join(taken.json()["extra"]["problems"])
    assert publish(client, "- just\n- a list\n").status_code == 400


def test_custom_modules_are_private_to_their_workspace(alice: Any, bob: Any, modules: None) -> None:
    publish(client_for(alice))
    bob_client = client_for(bob)
    assert "add_total" not in {m["slug"] for m in bob_client.get("/api/modules/").json()}
    assert bob_client.get("/api/modules/add_total/").status_code == 404
    assert bob_client.patch("/api/modules/add_total/versions/1.0.0/", {"status": "disabled"}).status_code == 404
    pipeline = pipeline_using(bob)
    refused = bob_client.post(f"/api/pipelines/{pipeline.pk}/runs/", {}, format="json")
    assert refused.status_code == 400
    assert any("add_total" in e["message"] for e in refused.json()["extra"]["errors"])


def test_the_upload_form_publishes_a_module(alice: Any, modules: None) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import Client

    browser = Client()
    browser.force_login(alice)
    page = browser.get("/modules/")
    assert page.status_code == 200 and b"split_data" in page.content
    response = browser.post(
        "/modules/",
        {
            "spec_file": SimpleUploadedFile("add_total.yaml", SPEC_YAML.encode()),
            "source_file": SimpleUploadedFile("add_total.py", SOURCE.encode()),
        },
    )
    assert response.status_code == 200
    assert b"Published add_total 1.0.0" in response.content
    broken = browser.post("/modules/", {"spec": SPEC_YAML.replace("1.0.0", "1.0.1"), "source": "x = 1\n"})
    assert broken.status_code == 400
    assert b"no top-level function" in broken.content


def test_keywords_are_served_for_the_palette_and_a_custom_module_may_declare_them(alice: Any, modules: None) -> None:
    client = client_for(alice)
    palette = {m["slug"]: m for m in client.get("/api/modules/").json()}
    assert "Two-Class Logistic Regression" in palette["logistic_regression"]["keywords"]
    assert {"binary", "two-class"} <= set(palette["boosted_tree_classifier"]["keywords"])
    assert "one-hot" in client.get("/api/modules/convert_to_indicators/").json()["keywords"]
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    assert schema["components"]["schemas"]["ModuleOutput"]["properties"]["keywords"]["type"] == "array"

    published = publish(client, SPEC_YAML + "keywords: [sum, Add  Columns Together]\n")
    assert published.status_code == 201, published.content
    assert published.json()["keywords"] == ["sum", "Add Columns Together"]
    assert publish(client, SPEC_YAML.replace("1.0.0", "1.0.1")).json()["keywords"] == []
    refused = publish(client, SPEC_YAML.replace("1.0.0", "1.0.2") + "keywords: sum\n")
    assert refused.status_code == 400
    assert "keywords must be a list of strings" in " ".join(refused.json()["extra"]["problems"])
    assert not ModuleVersion.objects.filter(version="1.0.2").exists()
