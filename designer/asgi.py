"""ASGI entry point: HTTP through Django, websockets through Channels."""

import gc
import os
import sys
from pathlib import Path

from django.core.asgi import get_asgi_application

from designer import accept_balance


def _daphne_leaves_bodies_to_the_application() -> None:
    """Twisted reads the Content-Type of every POST through the email package, and a
    multipart or form body into `request.args` in memory, before Daphne hands the raw
    body to the application, which parses it again. Daphne never reads `request.args`,
    so that work is skipped: it was a sixth of the web process's time on a one-row score
    request, and a whole second copy of every multipart upload."""
    try:
        from daphne import http_protocol
    except ImportError:  # served by another ASGI server
        return
    if getattr(http_protocol.WebRequest, "leaves_bodies_to_the_application", False):
        return  # imported twice

    class WebRequest(http_protocol.WebRequest):  # type: ignore[misc]
        leaves_bodies_to_the_application = True

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs, parsePOSTFormSubmission=False)

    # HTTPFactory.buildProtocol looks the name up each time it makes a connection's channel.
    http_protocol.WebRequest = WebRequest


_daphne_leaves_bodies_to_the_application()
accept_balance.install_from_environment()

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "designer.settings")
django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402

from api.routing import websocket_urlpatterns  # noqa: E402
from api.sync_routes import SyncRoutes  # noqa: E402
from api.ws_auth import TokenOrSessionAuth  # noqa: E402

application = ProtocolTypeRouter(
    {
        # A few hot routes (scoring, triggers) skip the per-request thread; see api/sync_routes.py.
        "http": SyncRoutes(django_asgi_app),
        # An API token (Authorization header) or the session cookie behind the origin check.
        "websocket": TokenOrSessionAuth(URLRouter(websocket_urlpatterns)),
    }
)


def _freeze_what_a_server_keeps() -> None:
    """A full garbage collection in a web process walked every object Django, DRF and
    the views had loaded, 150-340 ms with the whole process stalled, several times a
    minute under load: that was the slowest twentieth of score requests. Everything
    loaded before serving (the URLconf and with it every view, imported here rather
    than by the first requests) lives as long as the process, so it is moved out of the
    collector's sight once; collections then walk what requests create (10-25 ms)."""
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 (imports the URLconf and every view)
    gc.collect()
    gc.freeze()


if Path(sys.argv[0]).name == "daphne" or Path(sys.argv[0]).parent.name == "daphne":  # serving, not imported by a test
    _freeze_what_a_server_keeps()
