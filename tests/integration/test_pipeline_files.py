"""The round trip between code, files and the canvas: every sample pipeline (and one
that uses every node flag) exported as SDK code and run against the live server gives
the same graph again; exported as a pipeline file and imported, the very same document.
Plus what import refuses, and who may export and import."""

from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from designer import services
from designer.graph import GraphDocument
from designer.graph.pipeline_file import MAX_FILE_BYTES, to_yaml
from designer.models import Membership, Pipeline
from designer.samples import SAMPLE_PIPELINES, sample_key
from tests.integration.helpers import make_pipeline

pytestmark = pytest.mark.integration

SCRIPT_WITH_EVERYTHING = (
    '"""A docstring."""\n'
    "import re\n\n\n"
    "def main(dataframe1, dataframe2):\n"
    '    pattern = re.compile(r\'\\d+\\s*"""\')  # backslashes and triple quotes\n'
    "\tprint('tab-indented line is kept', '\\u00e9t\\u00e9')\n"
    "    return dataframe1,\n"
    '# ends with a quote"'
)

# Every feature of a graph document the round trip must keep: a many-wire input with
# its wires out of node order, a pinned version, node flags, compute targets, a comment,
# a parameter named like a step keyword (`name`), bound and unbound pipeline parameters.
EVERYTHING: dict[str, Any] = {
    "name": "Everything a node can have",
    "description": "Fan-in, flags, compute targets, pinned versions and parameters.\nOn two lines.",
    "graph": {
        "schema": 1,
        "compute": "cpu-pool",
        "nodes": [
            {
                "id": "one",
                "module": "enter_data",
                "version": "1.0.0",
                "params": {"text": "x,y\n1,a\n"},
                "position": {"x": 0, "y": 0},
                "label": "",
                "comment": "A note\non two lines",
            },
            {
                "id": "two",
                "module": "enter_data",
                "params": {"text": "x,y\n2,b\n"},
                "position": {"x": 0, "y": 120},
                "label": "Two",
                "reuse": False,
                "compute": "gpu",
            },
            {
                "id": "iris",
                "module": "sample_dataset",
                "params": {"name": "iris"},
                "position": {"x": 0, "y": 240},
                "label": "iris",
                "timeout_seconds": 30.5,
                "max_retries": 2,
                "retry_on": ["timeout", "worker_lost"],
            },
            {
                "id": "all-rows",
                "module": "combine_rows",
                "params": {"source_column": {"$param": "source"}},
                "position": {"x": 300, "y": 60},
                "label": "All rows",
            },
            {
                "id": "script",
                "module": "execute_python_script",
                "params": {"script": SCRIPT_WITH_EVERYTHING, "requirements": ""},
                "position": {"x": 600, "y": 60},
                "label": "Script",
            },
        ],
        "edges": [
            {"source": "two", "source_port": "dataset", "target": "all-rows", "target_port": "datasets"},
            {"source": "one", "source_port": "dataset", "target": "all-rows", "target_port": "datasets"},
            {"source": "all-rows", "source_port": "dataset", "target": "script", "target_port": "dataframe1"},
            {"source": "iris", "source_port": "dataset", "target": "script", "target_port": "dataframe2"},
        ],
        "parameters": [
            {"name": "unused", "type": "float", "default": 1},
            {"name": "source", "type": "string", "default": "branch"},
            {"name": "no_default", "type": "int", "default": None},
        ],
    },
}

ROUND_TRIPPED = [*SAMPLE_PIPELINES, EVERYTHING]


def token_client(user: Any) -> tuple[APIClient, str]:
    token, _ = Token.objects.get_or_create(user=user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client, token.key


def shape(graph: dict[str, Any]) -> dict[str, Any]:
    """What must come back from SDK code: nodes in order with every field but their
    position, the wires (a many-wire input's in their order), parameters, compute."""
    document = GraphDocument.from_dict(graph).to_dict()
    wires_into: dict[str, list[tuple[str, str]]] = {}
    for edge in document["edges"]:
        wires_into.setdefault(f"{edge['target']}.{edge['target_port']}", []).append(
            (edge["source"], edge["source_port"])
        )
    return {
        "nodes": [{k: v for k, v in node.items() if k != "position"} for node in document["nodes"]],
        "wires": wires_into,
        "parameters": document["parameters"],
        "compute": document.get("compute"),
    }


def export(client: APIClient, pipeline_id: int, format: str) -> Any:
    response = client.get(f"/api/pipelines/{pipeline_id}/export/?format={format}")
    assert response.status_code == 200, response.content
    return response


@pytest.mark.parametrize("sample", ROUND_TRIPPED, ids=[sample_key(s) for s in ROUND_TRIPPED])
def test_every_sample_comes_back_from_sdk_code_and_from_its_file(
    sample: dict[str, Any], alice: Any, modules: None, live_stack: Any, tmp_path: Path
) -> None:
    client, token = token_client(alice)
    original = make_pipeline(alice, copy.deepcopy(sample["graph"]), name=sample["name"])
    original.description = sample["description"]
    original.save()

    code = export(client, original.pk, "python")
    assert code["Content-Type"] == "text/x-python; charset=utf-8"
    assert code["Content-Disposition"].endswith('.py"')
    script = tmp_path / "exported.py"
    script.write_bytes(code.content)
    env = {**os.environ, "PIPEWRIGHT_URL": live_stack.base_url, "PIPEWRIGHT_TOKEN": token}
    done = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr + code.content.decode()
    saved = re.search(r"saved pipeline (\d+): (\S+)", done.stdout)
    assert saved, done.stdout
    from_code = Pipeline.objects.get(pk=int(saved.group(1)))
    assert saved.group(2) == f"{live_stack.base_url}/pipelines/{from_code.pk}/"
    assert from_code.workspace_id == original.workspace_id
    assert (from_code.name, from_code.description) == (original.name, original.description)
    assert shape(from_code.graph) == shape(original.graph)
    # Laid out by depth, left to right: every wire goes rightwards.
    x = {n["id"]: n["position"]["x"] for n in from_code.graph["nodes"]}
    assert all(x[e["source"]] < x[e["target"]] for e in from_code.graph["edges"])

    file = export(client, original.pk, "yaml")
    assert file["Content-Type"] == "application/yaml; charset=utf-8"
    assert file["Content-Disposition"].endswith('.pipeline.yaml"')
    response = client.post(
        "/api/pipelines/import/", {"file": _upload("exported.yaml", file.content)}, format="multipart"
    )
    assert response.status_code == 201, response.content
    imported = Pipeline.objects.get(pk=response.json()["id"])
    assert (imported.name, imported.description) == (original.name, original.description)
    assert imported.graph == original.graph  # positions and the order of everything included


def _upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def test_import_reads_a_raw_body_as_yaml_or_json_and_a_plain_graph_document(alice: Any, modules: None) -> None:
    client, _ = token_client(alice)
    sample = SAMPLE_PIPELINES[0]
    text = to_yaml(sample["name"], sample["description"], sample["graph"])
    as_yaml = client.generic("POST", "/api/pipelines/import/?name=From+YAML", text, content_type="application/yaml")
    assert as_yaml.status_code == 201, as_yaml.content
    assert as_yaml.json()["name"] == "From YAML"
    graph_only = client.post("/api/pipelines/import/", sample["graph"], format="json")
    assert graph_only.status_code == 201, graph_only.content
    assert graph_only.json()["name"] == "Imported pipeline"
    expected = GraphDocument.from_dict(sample["graph"]).to_dict()
    for answer in (as_yaml, graph_only):
        assert Pipeline.objects.get(pk=answer.json()["id"]).graph == expected


def test_a_bad_file_is_refused_with_every_problem_named_and_nothing_saved(alice: Any, modules: None) -> None:
    client, _ = token_client(alice)
    before = Pipeline.objects.count()
    bad = (
        "pipewright: 1\n"
        "name: broken\n"
        "colour: blue\n"  # line 3: unknown key
        "nodes:\n"
        "  - id: a\n"
        "    module: enter_data\n"
        "    params: {text: 'x\\n1\\n'}\n"
        "    reuse: sometimes\n"  # line 8: wrong type
        "  - id: b\n"
        "    module: split_data\n"
        "    version: 9.9.9\n"
        "wires:\n"
        "  - source: a\n"  # line 13: no port
        "    target: b.dataset\n"
    )
    response = client.generic("POST", "/api/pipelines/import/", bad, content_type="application/yaml")
    assert response.status_code == 400, response.content
    errors = response.json()["extra"]["errors"]
    shown = [(e["line"], e["message"]) for e in errors]
    assert any(line == 3 and "unknown key 'colour'" in message for line, message in shown), shown
    assert any(line == 13 and "must be node.port" in message for line, message in shown), shown
    assert Pipeline.objects.count() == before

    # Structurally sound, but a version the workspace does not have.
    fixed = (
        bad.replace("colour: blue\n", "")
        .replace("reuse: sometimes", "reuse: false")
        .replace("a\n    t", "a.dataset\n    t")
    )
    response = client.generic("POST", "/api/pipelines/import/", fixed, content_type="application/yaml")
    assert response.status_code == 400, response.content
    assert "module split_data has no version 9.9.9 in this workspace (it has 1.0.0)" in response.json()["message"]
    assert Pipeline.objects.count() == before

    alias_bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n"
    response = client.generic("POST", "/api/pipelines/import/", alias_bomb, content_type="application/yaml")
    assert response.status_code == 400 and "aliases" in response.json()["message"], response.content

    huge = _upload("huge.yaml", b"# " + b"x" * MAX_FILE_BYTES + b"\n")
    response = client.post("/api/pipelines/import/", {"file": huge}, format="multipart")
    assert response.status_code == 413, response.content
    response = client.generic("POST", "/api/pipelines/import/", b"#" * (MAX_FILE_BYTES + 1), content_type="text/yaml")
    assert response.status_code == 413, response.content
    assert Pipeline.objects.count() == before


def test_export_needs_a_known_format_and_a_viewer_may_export_but_not_import(
    alice: Any, bob: Any, modules: None
) -> None:
    client, _ = token_client(alice)
    pipeline = make_pipeline(alice, SAMPLE_PIPELINES[0]["graph"], name="Iris: quick/start")
    response = client.get(f"/api/pipelines/{pipeline.pk}/export/?format=json")
    assert response.status_code == 400, response.content
    assert response.json()["extra"]["fields"]["format"] == ['"json" is not a valid choice.']
    assert client.get(f"/api/pipelines/{pipeline.pk}/export/").status_code == 400
    assert 'filename="iris_quick_start.py"' in export(client, pipeline.pk, "python")["Content-Disposition"]

    # bob sees nothing of alice's; made a viewer of her workspace, he may export only.
    bobs, _ = token_client(bob)
    assert bobs.get(f"/api/pipelines/{pipeline.pk}/export/?format=yaml").status_code == 404
    Membership.objects.create(workspace=pipeline.workspace, user=bob, role="viewer")
    text = export(bobs, pipeline.pk, "yaml").content
    before = Pipeline.objects.count()
    refused = bobs.post(
        f"/api/pipelines/import/?workspace={pipeline.workspace_id}", text, content_type="application/yaml"
    )
    assert refused.status_code == 403 and refused.json()["extra"]["required_role"] == "editor", refused.content
    assert Pipeline.objects.count() == before


def test_a_session_import_needs_its_csrf_token(alice: Any, modules: None) -> None:
    browser = APIClient(enforce_csrf_checks=True)
    browser.force_login(alice)
    text = to_yaml("by browser", "", SAMPLE_PIPELINES[0]["graph"]).encode()
    refused = browser.post("/api/pipelines/import/", {"file": _upload("p.yaml", text)}, format="multipart")
    assert refused.status_code == 403 and "CSRF" in refused.json()["message"]
    browser.get("/")  # the app shell sets the csrftoken cookie
    token = browser.cookies["csrftoken"].value
    accepted = browser.post(
        "/api/pipelines/import/", {"file": _upload("p.yaml", text)}, format="multipart", HTTP_X_CSRFTOKEN=token
    )
    assert accepted.status_code == 201, accepted.content
    assert services.workspace_default(user=alice).pipelines.filter(name="by browser").exists()


def test_the_pipelines_page_imports_a_file_and_opens_it_or_lists_its_problems(alice: Any, modules: None) -> None:
    browser = Client()
    browser.force_login(alice)
    text = to_yaml("From the page", "", SAMPLE_PIPELINES[0]["graph"]).encode()
    opened = browser.post("/pipelines/import/", {"file": _upload("p.yaml", text)})
    created = Pipeline.objects.get(name="From the page")
    assert opened.status_code == 302 and opened["Location"] == f"/pipelines/{created.pk}/"

    refused = browser.post("/pipelines/import/", {"file": _upload("p.yaml", b"pipewright: 1\nname: x\nwires: 3\n")})
    assert refused.status_code == 400
    assert "line 3, at wires: must be a list, got a number" in refused.content.decode()
    assert Pipeline.objects.count() == 1
