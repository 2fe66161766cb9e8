"""A lean way through the web process for a few hot API routes (scoring a real-time
endpoint, triggering a pipeline endpoint), in front of Django's ASGI handler.

Django's ASGI handler runs a synchronous view by starting a thread for every request
and crossing between the event loop and that thread for each synchronous middleware;
under 20 concurrent clients that crossing, not the view, was most of a score request's
time (docs/decisions.md, "Real-time endpoint latency"). These routes are answered the
way a threaded WSGI server answers them instead: the request is built exactly as
Django's ASGI handler builds it and handed to Django's synchronous handler, with the
whole middleware stack (security headers, sessions, CSRF, authentication) and the same
URL resolver, view and exception handler, in one of a few long-lived threads. So the
answer, the authentication and the request log are the same as on any other route;
only the way to the view is shorter. Every other request, and every request these
routes do not match, goes to Django's ASGI handler as before.
"""

from __future__ import annotations

import asyncio
import re
import tempfile
import time
from collections.abc import Awaitable, Callable, MutableMapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from django.conf import settings
from django.core import signals
from django.core.exceptions import RequestDataTooBig
from django.core.handlers.asgi import ASGIRequest, get_script_prefix
from django.core.handlers.base import BaseHandler
from django.db import connections
from django.http import HttpResponse, HttpResponseBadRequest
from django.urls import set_script_prefix

from api import score_route

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
ASGIApp = Callable[..., Awaitable[None]]

# (method, path) pairs answered here. Both are views whose work is short and bounded
# (one scorer call, one run submit); a long or streaming view has no place here, it
# would hold one of the few threads.
ROUTES = (
    ("POST", re.compile(r"^/api/endpoints/[^/]+/score/$")),
    ("POST", re.compile(r"^/api/pipeline-endpoints/[^/]+/runs/$")),
)
# Threads answering these routes in one web process. A score request waits on its
# scorer, a trigger on the database, so there are a few; no more than a scorer's pipe
# holds (runner.scoring.PIPELINED_REQUESTS), because more threads only wait there and
# take turns at the interpreter with the event loop: 4 against 8 answered 10-15% more
# score requests under 20 clients with p95 22 ms against 27-29 ms (wrk, back-to-back
# pairs), and triggers no slower. Few threads also keep their database connections few.
THREADS = 4
# A thread keeps its database connection this long (CONN_MAX_AGE is 0: the rest of the
# server opens one per request). Opening one is a third of a score request's own time
# on SQLite and more on PostgreSQL; the threads live as long as the process, so their
# connections are few, and Django still closes one that errored or left autocommit.
KEEP_CONNECTION_SECONDS = 60.0


class SyncRoutes:
    """ASGI middleware: ROUTES through Django's synchronous handler in a fixed thread
    pool, everything else to `app`."""

    def __init__(self, app: ASGIApp, *, threads: int = THREADS) -> None:
        self.app = app
        self.handler = BaseHandler()
        self.handler.load_middleware(is_async=False)
        self.executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="sync-route")

    @staticmethod
    def matches(scope: Scope) -> bool:
        if scope["type"] != "http":
            return False
        method, path = scope.get("method", ""), scope.get("path", "")
        return any(method == m and pattern.match(path) for m, pattern in ROUTES)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self.matches(scope):
            await self.app(scope, receive, send)
            return
        body = await self._read_body(receive)
        if body is None:  # the client went away
            return
        loop = asyncio.get_running_loop()
        try:
            status, headers, content = await loop.run_in_executor(self.executor, self._respond, scope, body)
        finally:
            body.close()
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": content})

    @staticmethod
    async def _read_body(receive: Receive) -> Any:
        """The body as Django's ASGI handler keeps it: in memory up to
        FILE_UPLOAD_MAX_MEMORY_SIZE, in a temporary file beyond (Django enforces the
        upload limits when the view reads it)."""
        body = tempfile.SpooledTemporaryFile(max_size=settings.FILE_UPLOAD_MAX_MEMORY_SIZE, mode="w+b")  # noqa: SIM115
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                body.close()
                return None
            if "body" in message:
                body.write(message["body"])
            if not message.get("more_body", False):
                break
        body.seek(0)
        return body

    def _respond(self, scope: Scope, body: Any) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        """Django's synchronous request cycle (as a WSGI server runs it), in a pool thread;
        a token caller's score request by api.score_route where it can."""
        if scope["path"].endswith("/score/"):
            answered = score_route.answer(scope, body.read())
            if answered is not None:
                _keep_connections()
                return answered
            body.seek(0)
        set_script_prefix(get_script_prefix(scope))
        signals.request_started.send(sender=self.__class__, scope=scope)
        response: HttpResponse
        try:
            request = ASGIRequest(scope, body)
        except UnicodeDecodeError:
            response = HttpResponseBadRequest()
        except RequestDataTooBig:
            response = HttpResponse("413 Payload too large", status=413)
        else:
            response = self.handler.get_response(request)  # type: ignore[assignment]
        try:
            content = b"".join(response) if response.streaming else response.content
            headers = [
                (
                    header.encode("ascii") if isinstance(header, str) else bytes(header),
                    value.encode("latin1") if isinstance(value, str) else bytes(value),
                )
                for header, value in response.items()
            ]
            for cookie in response.cookies.values():
                headers.append((b"Set-Cookie", cookie.output(header="").encode("ascii").strip()))
        finally:
            _keep_connections()
            response.close()  # request_finished: Django closes a connection that errored or is too old
        return response.status_code, headers, content


def _keep_connections() -> None:
    """Let this thread's database connections live KEEP_CONNECTION_SECONDS from when
    they were opened rather than close at the end of the request."""
    now = time.monotonic()
    for connection in connections.all(initialized_only=True):
        if connection.connection is not None and connection.close_at is not None and connection.close_at <= now:
            connection.close_at = now + KEEP_CONNECTION_SECONDS
