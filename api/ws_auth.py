"""Who is on the other end of a websocket: an API token, or else the browser session.

A client that sends `Authorization: Token <key>` on the handshake is that token's user
and nothing else: a bad token is refused (the consumer closes with 4403) rather than
falling back to a session cookie that may ride along. Browsers cannot set that header
on a websocket, so a page on another site cannot use it to borrow someone's
credentials; that is why a token handshake needs no Origin check, while the session
path keeps Channels' AllowedHostsOriginValidator (cookies *are* sent cross-site).
The token is never read from the query string: see docs/decisions.md.
"""

from __future__ import annotations

from typing import Any

from channels.auth import AuthMiddlewareStack
from channels.db import database_sync_to_async
from channels.security.websocket import AllowedHostsOriginValidator
from rest_framework.authtoken.models import Token


def token_key(scope: dict[str, Any]) -> str | None:
    """The key of an `Authorization` header, "" when the header is there but is not a
    well-formed `Token <key>`, None when there is no such header."""
    for name, value in scope.get("headers", []):
        if name.lower() == b"authorization":
            parts = value.decode("latin1").split()
            if len(parts) == 2 and parts[0].lower() == "token" and parts[1]:
                return str(parts[1])
            return ""
    return None


def user_for_token(key: str) -> Any:
    """The active user owning the token, or None (as DRF's TokenAuthentication rules)."""
    if not key or len(key) > 40:
        return None
    token = Token.objects.select_related("user").filter(key=key).first()
    if token is None or not token.user.is_active:
        return None
    return token.user


class TokenOrSessionAuth:
    """ASGI middleware: the token path when an Authorization header is sent, else the
    session path behind the origin check."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.session_app = AllowedHostsOriginValidator(AuthMiddlewareStack(inner))

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> Any:
        key = token_key(scope)
        if key is None:
            return await self.session_app(scope, receive, send)
        user = await database_sync_to_async(user_for_token)(key)
        # None makes the consumer accept and close with 4403, as for a missing run.
        return await self.inner({**scope, "user": user}, receive, send)
