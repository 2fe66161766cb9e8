"""Source snapshots (POST /api/snapshots/) under attack: archives that climb out of
their folder, carry links or devices, or explode when extracted are refused with a clear
error and leave nothing behind; only editors upload; a session needs its CSRF token;
and knowing another workspace's digest does not let a pipeline run that code."""

from __future__ import annotations

import io
import stat
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from designer import services
from designer.models import Membership, SourceSnapshot
from tests.integration.helpers import make_pipeline

pytestmark = pytest.mark.integration


def archive(entries: dict[str, bytes] | list[tuple[str, bytes]], *, modes: dict[str, int] | None = None) -> bytes:
    buffer = io.BytesIO()
    items = list(entries.items()) if isinstance(entries, dict) else entries
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        warnings.simplefilter("ignore")  # "Duplicate name": what one case is about
        for name, data in items:
            info = zipfile.ZipInfo(name)
            info.external_attr = (modes or {}).get(name, stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            bundle.writestr(info, data)
    return buffer.getvalue()


GOOD = {"train.py": b"import helpers\n", "helpers.py": b"X = 1\n"}


def upload(client: APIClient, data: bytes, **extra: Any) -> Any:
    return client.post("/api/snapshots/", {"file": SimpleUploadedFile("src.zip", data), **extra}, format="multipart")


def api(user: User) -> APIClient:
    client = APIClient()
    client.force_login(user)
    return client


def stored() -> set[str]:
    return {p.name for p in Path(settings.ARTIFACT_ROOT).glob("sha256/*/*")}


def leftovers() -> list[Path]:
    return list(Path(settings.WORK_ROOT).glob("snapshot-*"))


@pytest.fixture
def carol(db: None) -> User:
    services.modules_sync_builtin()
    return services.user_create(username="carol", password="carol-password")


@pytest.fixture
def dave(db: None) -> User:
    return services.user_create(username="dave", password="dave-password")


@pytest.fixture
def small_caps(settings: Any) -> None:
    settings.SNAPSHOT_MAX_BYTES = 64 * 1024
    settings.SNAPSHOT_MAX_FILES = 10


HOSTILE = {
    "a name climbing out with ..": (archive({"../../etc/cron.d/evil": b"* * * * * root id\n"}), 400, "'..'"),
    "a name climbing out in the middle": (archive({"ok/../../evil.py": b""}), 400, "not a plain relative path"),
    "an absolute name": (archive({"/etc/passwd": b"root::0:0::/:/bin/sh\n"}), 400, "not a relative path"),
    "a Windows name": (archive({"..\\evil.py": b""}), 400, "not a relative path"),
    "a symbolic link": (
        archive({"link": b"/etc/passwd"}, modes={"link": stat.S_IFLNK | 0o777}),
        400,
        "is a symbolic link",
    ),
    "a device": (archive({"dev": b""}, modes={"dev": stat.S_IFCHR | 0o600}), 400, "a special file"),
    "a name twice": (archive([("a.py", b"1"), ("a.py", b"2")]), 400, "named twice"),
    "a file where a folder is named": (archive([("a.py", b"1"), ("a.py/b.py", b"2")]), 400, "named twice"),
    "not a zip": (b"#!/bin/sh\nrm -rf /\n", 400, "not a zip archive"),
    "a zip bomb": (archive({"zeros.bin": b"\0" * (2 * 1024 * 1024)}), 413, "once extracted"),
    "too many files": (archive({f"f{i}.py": b"" for i in range(11)}), 413, "has 11 files"),
}


@pytest.mark.parametrize("case", list(HOSTILE), ids=list(HOSTILE))
def test_a_hostile_archive_is_refused_clearly_and_leaves_nothing(carol: User, small_caps: None, case: str) -> None:
    data, status, words = HOSTILE[case]
    before = stored()
    response = upload(api(carol), data)
    assert response.status_code == status, response.content
    assert words in response.json()["message"], response.json()
    assert SourceSnapshot.objects.count() == 0 and stored() == before and leftovers() == []
    # Nothing was written outside the staging folder either.
    assert not (Path(settings.WORK_ROOT).parent / "etc").exists()


def test_a_bomb_whose_headers_lie_about_its_size_is_stopped_while_it_is_written(carol: User, small_caps: None) -> None:
    data = bytearray(archive({"zeros.bin": b"\0" * (1024 * 1024)}))
    # Declare 1 KB in the central directory (what the declared-size check reads): the
    # bytes still come out whole, or fail their length and checksum.
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (1024).to_bytes(4, "little")
    response = upload(api(carol), bytes(data))
    assert response.status_code in (400, 413), response.content
    assert SourceSnapshot.objects.count() == 0 and leftovers() == []


def test_the_same_folder_is_the_same_snapshot_and_a_good_one_is_stored(carol: User) -> None:
    first = upload(api(carol), archive(GOOD))
    assert first.status_code == 201, first.content
    digest = first.json()["digest"]
    assert first.json()["file_count"] == 2 and first.json()["size_bytes"] == 21
    again = upload(api(carol), archive(dict(reversed(GOOD.items()))))  # other order, same content
    assert again.status_code == 200 and again.json()["digest"] == digest
    assert api(carol).get(f"/api/snapshots/{digest}/").json()["digest"] == digest
    files = Path(settings.ARTIFACT_ROOT) / "sha256" / digest[:2] / digest / "src"
    assert (files / "train.py").read_bytes() == GOOD["train.py"]


def test_viewers_anonymous_callers_and_sessions_without_csrf_are_refused(carol: User, dave: User) -> None:
    Membership.objects.create(workspace=services.workspace_default(user=carol), user=dave, role="viewer")
    Membership.objects.filter(user=dave).exclude(workspace=services.workspace_default(user=carol)).delete()
    viewer = upload(api(dave), archive(GOOD))
    assert viewer.status_code == 403 and "viewers cannot upload source snapshots" in viewer.json()["message"]
    assert upload(APIClient(), archive(GOOD)).status_code in (401, 403)
    session = APIClient(enforce_csrf_checks=True)
    session.force_login(carol)
    refused = upload(session, archive(GOOD))
    assert refused.status_code == 403 and "CSRF" in refused.json()["message"]
    assert SourceSnapshot.objects.count() == 0


def script_graph(digest: str) -> dict[str, Any]:
    return {
        "schema": 1,
        "nodes": [
            {
                "id": "train",
                "module": "execute_python_script",
                "params": {"source_snapshot": digest, "entry_script": "train.py", "script": ""},
            }
        ],
        "edges": [],
    }


def test_another_workspaces_digest_does_not_validate_or_run(carol: User, dave: User) -> None:
    digest = upload(api(dave), archive(GOOD)).json()["digest"]
    pipeline = make_pipeline(carol, script_graph(digest), name="borrowed code")
    client = api(carol)

    problems = client.post(f"/api/pipelines/{pipeline.pk}/validate/").json()
    errors = [p for p in problems["extra"]["errors"] if p["param"] == "source_snapshot"]
    assert len(errors) == 1 and "was not uploaded to this workspace" in errors[0]["message"]
    # Said the same way as for a digest nobody has: the digest's existence does not leak.
    made_up = make_pipeline(carol, script_graph("ab" * 32), name="made up")
    other = client.post(f"/api/pipelines/{made_up.pk}/validate/").json()["extra"]["errors"]
    said = [p["message"].replace("ab" * 6, "<digest>") for p in other if p["param"] == "source_snapshot"]
    assert said == [errors[0]["message"].replace(digest[:12], "<digest>")]

    run = client.post(f"/api/pipelines/{pipeline.pk}/runs/", {}, format="json")
    assert run.status_code == 400 and "source_snapshot" in {p["param"] for p in run.json()["extra"]["errors"]}
    assert client.get(f"/api/snapshots/{digest}/").status_code == 404
    publish = client.post(f"/api/pipelines/{pipeline.pk}/publish/", {"endpoint": "borrowed"}, format="json")
    assert publish.status_code == 400

    # Carol uploading the same folder owns it herself; then it validates.
    assert upload(client, archive(GOOD)).status_code == 201
    assert client.post(f"/api/pipelines/{pipeline.pk}/validate/").json()["ok"] is True
