"""The score route through the real web server (Daphne), which answers it on its lean
path (api/sync_routes.py): the same authentication (a token; a session with its CSRF
token), the same workspace check, the same security headers and the same request log
as any other API route."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests
from django.contrib.auth.models import User
from django.test import Client
from rest_framework.authtoken.models import Token

from runner import endpoints, scoring
from runner.artifacts import default_store
from runner.models import Endpoint
from tests.security.test_scorer import FEATURES, ROWS, deploy, expected

pytestmark = pytest.mark.integration

SECURITY_HEADERS = ("X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Opener-Policy")


@pytest.fixture
def endpoint(alice: Any, tmp_path: Path) -> Any:
    from designer.services import workspace_default

    digest = default_store().put_directory(deploy(tmp_path), port_type="Model")
    made = Endpoint.objects.create(
        workspace=workspace_default(user=alice),
        name="lean",
        model_digest=digest,
        task="classification",
        feature_columns=FEATURES,
    )
    yield made
    with scoring._scorers_lock:
        entry = scoring._scorers.pop(made.pk, None)
    if entry is not None:
        entry[1].close()


def session_cookie(user: Any) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


def test_the_score_route_authenticates_checks_the_workspace_and_logs_like_any_route(
    alice: Any, bob: Any, endpoint: Any, live_stack: Any
) -> None:
    url = f"{live_stack.base_url}/api/endpoints/lean/score/"
    body = {"rows": ROWS}
    alice_token = {"Authorization": f"Token {Token.objects.create(user=alice).key}"}

    answer = requests.post(url, json=body, headers=alice_token, timeout=60)
    assert answer.status_code == 200, answer.text
    assert [row["Scored Labels"] for row in answer.json()["rows"]] == expected(ROWS)
    ordinary = requests.get(f"{live_stack.base_url}/api/endpoints/", headers=alice_token, timeout=30)
    for header in SECURITY_HEADERS:
        assert answer.headers.get(header) == ordinary.headers.get(header), header

    bad = requests.post(url, json={"rows": [{"a": 1.0}]}, headers=alice_token, timeout=30)
    assert bad.status_code == 400 and "b" in bad.json()["message"]
    not_json = requests.post(url, data=b"{", headers={**alice_token, "Content-Type": "application/json"}, timeout=30)
    assert not_json.status_code == 400 and "message" in not_json.json()

    # Another workspace's endpoint, a name that does not exist, nobody: refused alike.
    bob_token = {"Authorization": f"Token {Token.objects.create(user=bob).key}"}
    assert requests.post(url, json=body, headers=bob_token, timeout=30).status_code == 404
    missing = f"{live_stack.base_url}/api/endpoints/no-such/score/"
    assert requests.post(missing, json=body, headers=alice_token, timeout=30).status_code == 404
    assert requests.post(url, json=body, timeout=30).status_code in (401, 403)
    wrong = {"Authorization": "Token " + "0" * 40}
    assert requests.post(url, json=body, headers=wrong, timeout=30).status_code in (401, 403)

    # A browser session needs its CSRF token, as on every other route.
    browser = requests.Session()
    browser.cookies.set("sessionid", session_cookie(alice))
    refused = browser.post(url, json=body, timeout=30)
    assert refused.status_code == 403 and "CSRF" in refused.json()["message"]
    browser.get(f"{live_stack.base_url}/", timeout=30)  # the app shell sets the csrftoken cookie
    csrf = browser.cookies["csrftoken"]
    accepted = browser.post(
        url, json=body, headers={"X-CSRFToken": csrf, "Referer": f"{live_stack.base_url}/"}, timeout=30
    )
    assert accepted.status_code == 200, accepted.text

    # Every answer the endpoint gave is in its log: two 200s, two 400s (requests refused
    # before the endpoint was found are not the endpoint's).
    stats = requests.get(f"{live_stack.base_url}/api/endpoints/lean/", headers=alice_token, timeout=30).json()
    assert stats["stats"]["requests"] == 4
    assert stats["stats"]["error_count"] == 2


def test_a_token_callers_score_answer_is_the_one_djangos_cycle_gives(
    alice: Any, bob: Any, endpoint: Any, live_stack: Any
) -> None:
    """api.score_route answers token callers without Django's request cycle; an unrelated
    cookie sends the same request through the cycle. Both answers must be the same:
    status, body bytes and headers, for scores, a refused row, and the refusals the
    lean path leaves to Django."""
    from api import score_route

    token = f"Token {Token.objects.create(user=alice).key}"
    bob_token = f"Token {Token.objects.create(user=bob).key}"
    json_type = "application/json"

    def both(body: bytes, authorization: str, name: str = "lean") -> tuple[Any, Any]:
        path = f"{live_stack.base_url}/api/endpoints/{name}/score/"
        headers = {"Authorization": authorization, "Content-Type": json_type}
        lean = requests.post(path, data=body, headers=headers, timeout=60)
        cycle = requests.post(path, data=body, headers={**headers, "Cookie": "unrelated=1"}, timeout=60)
        return lean, cycle

    from designer import members, services

    workspace = services.workspace_default(user=alice)
    services.user_create(username="carol", password="carol-password")
    members.member_invite(workspace=workspace, user=alice, username="carol", role="viewer")
    carol = User.objects.get(username="carol")
    carol_token = f"Token {Token.objects.create(user=carol).key}"
    services.user_create(username="dave", password="dave-password")
    members.member_invite(workspace=workspace, user=alice, username="dave", role="editor")
    dave = User.objects.get(username="dave")
    dave_token = f"Token {Token.objects.create(user=dave).key}"
    dave.is_active = False
    dave.save()

    cases = [
        (json.dumps({"rows": ROWS}).encode(), token, "lean"),
        (json.dumps({"rows": ROWS}).encode(), carol_token, "lean"),  # a viewer may score
        (json.dumps({"rows": ROWS}).encode(), dave_token, "lean"),  # a deactivated member may not
        (json.dumps({"rows": [{"a": 1.0}]}).encode(), token, "lean"),  # scored: refused by score_model
        (json.dumps({"rows": [{"a": "x", "b": 1}]}).encode(), token, "lean"),
        (b'{"rows": [{"a": NaN, "b": 1}]}', token, "lean"),  # not JSON to DRF
        (json.dumps({"rows": []}).encode(), token, "lean"),
        (json.dumps({"rows": "a"}).encode(), token, "lean"),
        (json.dumps({"rows": ROWS}).encode(), bob_token, "lean"),  # another workspace's
        (json.dumps({"rows": ROWS}).encode(), token, "no-such"),
        (json.dumps({"rows": ROWS}).encode(), "Token " + "0" * 40, "lean"),
    ]
    for body, authorization, name in cases:
        lean, cycle = both(body, authorization, name)
        assert (lean.status_code, lean.content) == (cycle.status_code, cycle.content), body
        assert {k: v for k, v in lean.headers.items() if k != "Date"} == {
            k: v for k, v in cycle.headers.items() if k != "Date"
        }, body

    # The first two really took the lean path (answered without the cycle, in-process here).
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/api/endpoints/lean/score/",
        "headers": [
            (b"authorization", token.encode()),
            (b"content-type", b"application/json"),
            (b"host", b"testserver"),
        ],
        "query_string": b"",
    }
    answered = score_route.answer(scope, json.dumps({"rows": ROWS}).encode())
    assert answered is not None and answered[0] == 200
    refused = score_route.answer(scope, json.dumps({"rows": [{"a": 1.0}]}).encode())
    assert refused is not None and refused[0] == 400
    with_cookie = {**scope, "headers": [*scope["headers"], (b"cookie", b"unrelated=1")]}
    assert score_route.answer(with_cookie, json.dumps({"rows": ROWS}).encode()) is None
    # Two Authorization headers: Django joins them (and refuses the result); not chosen here.
    twice = {**scope, "headers": [*scope["headers"], (b"authorization", bob_token.encode())]}
    assert score_route.answer(twice, json.dumps({"rows": ROWS}).encode()) is None

    # Each request that reached the endpoint was logged once, whichever way it went: the
    # first seven bodies twice each, and the two answered here (written from this
    # process's buffer now, as its thread would within half a second).
    endpoints.flush_request_log()
    stats = requests.get(f"{live_stack.base_url}/api/endpoints/lean/", headers={"Authorization": token}, timeout=30)
    assert stats.json()["stats"]["requests"] == 16
