"""Design-time schemas and previews of data sources over HTTP: what a canvas asks before
any run (the propagation rules themselves: tests/unit/graph/test_schema.py)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from designer import services
from designer.models import Pipeline
from runner.models import PipelineRun, RunStatus, StepRun, StepStatus
from tests.integration.graphs import CSV, edge, node, script

pytestmark = pytest.mark.integration


def titanic_graph() -> dict[str, Any]:
    return {
        "schema": 1,
        "nodes": [
            node("data", "sample_dataset", {"name": "titanic"}),
            node("split", "split_data"),
            node("algorithm", "logistic_regression"),
            node("train", "train_model"),
            node("score", "score_model"),
            node("script", "execute_python_script", {"script": script("return dataframe1, None")}),
            node("select", "select_columns", {"columns": ["x"]}),
        ],
        "edges": [
            edge("data", "dataset", "split", "dataset"),
            edge("algorithm", "model", "train", "model"),
            edge("split", "train", "train", "dataset"),
            edge("train", "model", "score", "model"),
            edge("split", "test", "score", "dataset"),
            edge("score", "scored", "script", "dataframe1"),
            edge("script", "result1", "select", "dataset"),
        ],
        "parameters": [],
    }


@pytest.fixture
def alice_client(alice: Any, modules: None) -> APIClient:
    client = APIClient()
    client.force_login(alice)
    return client


@pytest.fixture
def titanic(alice: Any, modules: None) -> Pipeline:
    workspace = services.workspace_default(user=alice)
    return services.pipeline_create(workspace=workspace, user=alice, name="titanic", graph=titanic_graph())


def names(port: dict[str, Any]) -> list[str]:
    return [c["name"] for c in port["columns"]]


TITANIC = ["PassengerId", "Pclass", "Sex", "Age", "SibSp", "Parch", "Fare", "Embarked", "Survived"]


def test_train_model_knows_the_titanic_columns_and_suggests_its_label_before_any_run(
    alice_client: APIClient, titanic: Pipeline
) -> None:
    response = alice_client.get(f"/api/pipelines/{titanic.pk}/schema/")
    assert response.status_code == 200, response.content
    nodes = response.json()["nodes"]
    source = nodes["data"]["outputs"]["dataset"]
    assert source["source"] == "declared"
    assert names(source) == TITANIC
    trained_on = nodes["train"]["inputs"]["dataset"]
    assert trained_on["source"] == "propagated"
    assert names(trained_on) == TITANIC
    assert trained_on["suggested_label"] == "Survived"
    # Score Model: the input then the scores; the class count is not known after a split.
    scored = nodes["score"]["outputs"]["scored"]
    assert names(scored)[-2:] == ["Scored Labels", "Scored Probabilities"]
    assert "per class" in scored["incomplete"]
    # A script's output is unknown without a run, and so is everything after it.
    assert nodes["script"]["outputs"]["result1"] == {
        "source": "unknown",
        "columns": None,
        "label": None,
        "suggested_label": None,
        "incomplete": "",
        "reason": "a script's outputs hold whatever its code returns: known when it runs",
        "run": None,
    }
    assert nodes["select"]["inputs"]["dataset"]["source"] == "unknown"


def test_a_posted_graph_is_read_as_it_is_and_nothing_is_saved(alice_client: APIClient, titanic: Pipeline) -> None:
    graph = titanic_graph()
    graph["nodes"][0]["params"]["name"] = "penguins"
    response = alice_client.post(f"/api/pipelines/{titanic.pk}/schema/", {"graph": graph}, format="json")
    assert response.status_code == 200, response.content
    trained_on = response.json()["nodes"]["train"]["inputs"]["dataset"]
    assert trained_on["suggested_label"] == "species"
    assert "bill_length_mm" in names(trained_on)
    titanic.refresh_from_db()
    assert titanic.graph["nodes"][0]["params"]["name"] == "titanic"
    assert titanic.revision == 1


def test_a_graph_that_cannot_be_read_is_a_clear_400(alice_client: APIClient, titanic: Pipeline) -> None:
    response = alice_client.post(f"/api/pipelines/{titanic.pk}/schema/", {"graph": {"nodes": "x"}}, format="json")
    assert response.status_code == 400
    assert response.json()["message"] == "the graph cannot be read"
    assert response.json()["extra"]["errors"]


def test_a_script_output_shows_its_last_known_columns_marked_with_the_run(
    alice: Any, alice_client: APIClient, titanic: Pipeline
) -> None:
    workspace = titanic.workspace
    dataset = services.dataset_upload(
        workspace=workspace,
        user=alice,
        name="prices",
        description="",
        upload=SimpleUploadedFile("prices.csv", b"item,price\napple,1.5\npear,2\n"),
    )
    run = PipelineRun.objects.create(
        workspace=workspace,
        pipeline=titanic,
        number=3,
        status=RunStatus.COMPLETED,
        snapshot={"graph": titanic.graph, "plan": {}},
        pipeline_revision=titanic.revision,
        created_by=alice,
    )
    StepRun.objects.create(
        run=run,
        node_id="script",
        module="execute_python_script",
        version="1.0.0",
        status=StepStatus.COMPLETED,
        outputs={"result1": dataset.versions.get().digest},
    )
    nodes = alice_client.get(f"/api/pipelines/{titanic.pk}/schema/").json()["nodes"]
    result = nodes["script"]["outputs"]["result1"]
    assert (result["source"], result["run"], names(result)) == ("last_known", 3, ["item", "price"])
    assert [c["type"] for c in result["columns"]] == ["str", "float64"]
    # Derived from last-known columns: last known too, and a rule still applies to them.
    selected = nodes["select"]["outputs"]["dataset"]
    assert selected["source"] == "unknown"
    assert "column 'x' is not in input 'dataset'" in selected["reason"]


def test_import_data_knows_a_registered_datasets_columns_and_says_why_when_it_cannot(
    alice: Any, alice_client: APIClient, modules: None
) -> None:
    workspace = services.workspace_default(user=alice)
    services.dataset_upload(
        workspace=workspace,
        user=alice,
        name="prices",
        description="",
        upload=SimpleUploadedFile("prices.csv", b"item,price\napple,1.5\npear,2\n"),
    )
    graph = {
        "schema": 1,
        "nodes": [
            node("known", "import_data", {"dataset": "prices"}),
            node("missing", "import_data", {"dataset": "nope"}),
        ],
        "edges": [],
        "parameters": [],
    }
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="imports", graph=graph)
    nodes = alice_client.get(f"/api/pipelines/{pipeline.pk}/schema/").json()["nodes"]
    known = nodes["known"]["outputs"]["dataset"]
    assert (known["source"], names(known)) == ("declared", ["item", "price"])
    missing = nodes["missing"]["outputs"]["dataset"]
    assert (missing["source"], missing["reason"]) == ("unknown", "no dataset named 'nope'")
    preview = alice_client.get(f"/api/pipelines/{pipeline.pk}/nodes/known/preview/").json()
    assert preview["preview"]["row_count"] == 2
    assert preview["preview"]["rows"] == [["apple", 1.5], ["pear", 2.0]]


def test_a_data_source_is_previewed_before_any_run(alice_client: APIClient, titanic: Pipeline) -> None:
    response = alice_client.get(f"/api/pipelines/{titanic.pk}/nodes/data/preview/?rows=5")
    assert response.status_code == 200, response.content
    preview = response.json()["preview"]
    assert (preview["row_count"], preview["column_count"], len(preview["rows"])) == (891, 9, 5)
    sex = next(c for c in preview["columns"] if c["name"] == "Sex")
    assert {v["value"] for v in sex["top_values"]} == {"female", "male"}
    assert not PipelineRun.objects.exists()


def test_only_data_sources_are_previewed_and_a_missing_node_is_a_404(
    alice_client: APIClient, titanic: Pipeline
) -> None:
    refused = alice_client.get(f"/api/pipelines/{titanic.pk}/nodes/split/preview/")
    assert refused.status_code == 400
    assert "not a data source" in refused.json()["message"]
    assert alice_client.get(f"/api/pipelines/{titanic.pk}/nodes/nowhere/preview/").status_code == 404


def test_entered_text_is_previewed_as_the_step_reads_it(alice: Any, alice_client: APIClient, modules: None) -> None:
    workspace = services.workspace_default(user=alice)
    graph = {"schema": 1, "nodes": [node("typed", "enter_data", {"text": CSV})], "edges": [], "parameters": []}
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="typed", graph=graph)
    schema = alice_client.get(f"/api/pipelines/{pipeline.pk}/schema/").json()["nodes"]["typed"]["outputs"]["dataset"]
    assert [(c["name"], c["type"]) for c in schema["columns"]] == [("x", "int64"), ("y", "int64"), ("label", "str")]
    preview = alice_client.get(f"/api/pipelines/{pipeline.pk}/nodes/typed/preview/").json()["preview"]
    assert preview["row_count"] == 8


def test_a_file_in_the_import_folder_is_read_only_when_a_saved_node_names_it(
    alice: Any, alice_client: APIClient, modules: None, settings: Any, tmp_path: Any
) -> None:
    settings.IMPORT_ROOT = tmp_path
    (tmp_path / "fares.csv").write_text("fare,port\n7.25,S\n71.3,C\n")
    (tmp_path / "salaries.csv").write_text("name,salary\nann,1\n")
    workspace = services.workspace_default(user=alice)
    graph = {"schema": 1, "nodes": [node("file", "import_data", {"path": "fares.csv"})], "edges": [], "parameters": []}
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="files", graph=graph)
    url = f"/api/pipelines/{pipeline.pk}/schema/"
    saved = alice_client.get(url).json()["nodes"]["file"]["outputs"]["dataset"]
    assert [(c["name"], c["type"]) for c in saved["columns"]] == [("fare", "float64"), ("port", "str")]
    # A posted graph (a viewer may post one) cannot make the server read another file.
    graph["nodes"][0]["params"]["path"] = "salaries.csv"
    posted = alice_client.post(url, {"graph": graph}, format="json").json()["nodes"]["file"]["outputs"]["dataset"]
    assert (posted["columns"], posted["reason"]) == (None, "a file's columns are read once the pipeline is saved")
    graph["nodes"][0]["params"]["path"] = "../../etc/passwd"
    outside = alice_client.post(url, {"graph": graph}, format="json").json()["nodes"]["file"]["outputs"]["dataset"]
    assert outside["reason"] == "no file '../../etc/passwd' in the import folder"
    preview = alice_client.get(f"/api/pipelines/{pipeline.pk}/nodes/file/preview/").json()
    assert (preview["preview"]["row_count"], preview["sampled"]) == (2, False)
