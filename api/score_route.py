"""Score requests from API-token callers, answered without Django's request cycle.

A one-row score request is the hottest call there is, and under concurrent clients the
request cycle around the view (middleware, DRF's request, negotiation, parsers,
serializer and renderer) cost more CPU than the query and the scoring together
(docs/decisions.md, "Real-time endpoint latency"). `answer` handles the common request
the way that cycle would: the URL resolver picks the route; one query finds the
endpoint exactly as DRF's TokenAuthentication and the endpoint selector would (the
token's user, active, a member of the endpoint's workspace: runner.selectors.
endpoint_for_token); the same service scores and logs it; DRF's renderer writes the
body. The response carries the headers Django's middleware would add;
tests/integration/test_sync_routes.py compares the two paths answer for answer.

Anything this path would have to judge differently from Django goes to Django instead,
by returning None before anything was scored or logged: a cookie (a browser: sessions
and CSRF are Django's), no token or one DRF refuses, a body that is not plain JSON with
1 to 10,000 row objects, an endpoint the token cannot see (or a pipeline version's,
which needs its graph), a host not allowed, an HTTPS redirect due. Those requests get
Django's own answer, so every refusal and its wording stays in one place.
"""

from __future__ import annotations

import functools
import io
import json
from collections.abc import MutableMapping
from typing import Any

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.handlers.asgi import ASGIRequest
from django.db import DatabaseError, close_old_connections
from django.urls import Resolver404, resolve
from rest_framework.renderers import JSONRenderer

from api.parsers import nul_path
from designer.errors import ApplicationError
from designer.graph.nesting import too_deep_at

Answer = tuple[int, list[tuple[bytes, bytes]], bytes]

# ScoreInputSerializer's limits on `rows`.
MAX_ROWS = 10_000
_renderer = JSONRenderer()

# The URL patterns never change while the process runs, and walking them for every
# request was a sixteenth of the web process's time; callers use a few endpoint paths.
# A path that matches nothing raises, and is not kept.
_resolve = functools.lru_cache(maxsize=512)(resolve)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # DRF's strict parser refuses NaN and Infinity too


def _rows(body: bytes) -> list[dict[str, Any]] | None:
    """The rows of a body DRF's parser and ScoreInputSerializer would take as they are."""
    if len(body) > settings.DATA_UPLOAD_MAX_MEMORY_SIZE:
        return None
    try:
        data = json.loads(body, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or too_deep_at(data) is not None or nul_path(data) is not None:
        return None
    rows = data.get("rows")
    if type(rows) is not list or not 1 <= len(rows) <= MAX_ROWS:
        return None
    if not all(type(row) is dict for row in rows):
        return None
    return rows


def _headers(request: ASGIRequest, content: bytes) -> list[tuple[bytes, bytes]]:
    """What the view's response carries after DRF and the middleware: the type, the
    session middleware's Vary (DRF's session authentication looked at the session), DRF's
    Allow, the security middleware's headers, the frame policy, the length."""
    headers = [
        (b"Content-Type", b"application/json"),
        (b"Vary", b"Cookie"),
        (b"Allow", b"POST, OPTIONS"),
        (b"X-Frame-Options", settings.X_FRAME_OPTIONS.encode()),
        (b"Content-Length", str(len(content)).encode()),
    ]
    if settings.SECURE_HSTS_SECONDS and request.is_secure():
        hsts = f"max-age={settings.SECURE_HSTS_SECONDS}"
        if settings.SECURE_HSTS_INCLUDE_SUBDOMAINS:
            hsts += "; includeSubDomains"
        if settings.SECURE_HSTS_PRELOAD:
            hsts += "; preload"
        headers.append((b"Strict-Transport-Security", hsts.encode()))
    if settings.SECURE_CONTENT_TYPE_NOSNIFF:
        headers.append((b"X-Content-Type-Options", b"nosniff"))
    if settings.SECURE_REFERRER_POLICY:
        policy = settings.SECURE_REFERRER_POLICY
        headers.append((b"Referrer-Policy", (policy if isinstance(policy, str) else ",".join(policy)).encode()))
    if settings.SECURE_CROSS_ORIGIN_OPENER_POLICY:
        headers.append((b"Cross-Origin-Opener-Policy", settings.SECURE_CROSS_ORIGIN_OPENER_POLICY.encode()))
    return headers


def answer(scope: MutableMapping[str, Any], body: bytes) -> Answer | None:
    """The answer to POST /api/endpoints/{name}/score/ from a token caller, or None for
    Django to answer (nothing was scored or logged then)."""
    from api.views import EndpointScoreView
    from runner import endpoints
    from runner import selectors as runs

    listed = scope.get("headers") or []
    headers = dict(listed)
    # A repeated header is joined by Django ("Token a,Token b"), not chosen: its call.
    if len(headers) != len(listed) or b"cookie" in headers:
        return None
    credentials = headers.get(b"authorization", b"").split()
    if len(credentials) != 2 or credentials[0].lower() != b"token":
        return None
    media_type = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
    if media_type != b"application/json":
        return None
    try:
        match = _resolve(scope["path"])
    except Resolver404:
        return None
    if getattr(match.func, "view_class", None) is not EndpointScoreView:
        return None
    request = ASGIRequest(scope, io.BytesIO(body))  # for the host and scheme checks
    try:
        request.get_host()
    except DisallowedHost:
        return None
    if settings.SECURE_SSL_REDIRECT and not request.is_secure():
        return None
    rows = _rows(body)
    if rows is None:
        return None
    close_old_connections()  # as Django does when a request starts: a broken connection is not reused
    try:
        endpoint = runs.endpoint_for_token(key=credentials[1].decode(), name=match.kwargs["name"])
    except (UnicodeError, DatabaseError):
        return None
    if endpoint is None:  # no such token, user or endpoint (Django says which), or a pipeline version
        return None
    data: dict[str, Any]
    try:
        with endpoints.recording(endpoint) as record:
            record.rows = len(rows)
            status, data = 200, {"rows": endpoints.endpoint_answer(endpoint=endpoint, rows=rows)}
    except ApplicationError as exc:  # logged by `recording` with its status, as the view's error is
        status, data = exc.status_code, {"message": exc.message, "extra": exc.extra}
    content = _renderer.render(data)
    return status, _headers(request, content), content
