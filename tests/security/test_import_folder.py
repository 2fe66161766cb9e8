"""Import Data's errors say what is wrong with the path a user typed, and nothing about
what else is in the import folder or where it is on the server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from rest_framework.test import APIClient

from tests.integration.helpers import make_pipeline
from tests.integration.test_datasets import file_import_graph

pytestmark = pytest.mark.integration


def test_a_missing_or_outside_file_names_neither_the_folder_nor_other_files(client: APIClient, alice: Any) -> None:
    others = Path(settings.IMPORT_ROOT) / "bob" / "other-team-salaries.csv"
    others.parent.mkdir(parents=True, exist_ok=True)
    others.write_text("name,salary\nbob,1\n")

    for path, expected in (("nope.csv", "no file 'nope.csv' in the import folder"), ("../secret_key", "outside")):
        pipeline = make_pipeline(alice, file_import_graph(path), name=path)
        response = client.post(f"/api/pipelines/{pipeline.pk}/runs/", {}, format="json")

        assert response.status_code == 400
        message = response.json()["extra"]["errors"][0]["message"]
        assert expected in message
        assert "other-team-salaries" not in response.content.decode()
        assert str(settings.IMPORT_ROOT) not in response.content.decode()
