"""The score route through the real web server (Daphne), which answers it on its lean
path (api/sync_routes.py): the same authentication (a token; a session with its CSRF
token), the same workspace check, the same security headers and the same request log
as any other API route."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import requests
from django.test import Client
from rest_framework.authtoken.models import Token

from runner import scoring
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
