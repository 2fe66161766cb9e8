"""ASGI entry point: HTTP through Django, websockets through Channels."""

import os

from django.core.asgi import get_asgi_application

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
