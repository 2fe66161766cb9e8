"""Content negotiation that never turns a `?format=` value into a 404."""

from __future__ import annotations

from collections.abc import Iterable

from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BaseRenderer


class ContentNegotiation(DefaultContentNegotiation):
    """A `?format=` value none of the view's renderers has is ignored and the Accept
    header decides. DRF answers it with a 404 that no operation documents (the API
    fuzzer found `GET /api/runs/?format=5609`); the schema view still serves
    `?format=json` and `?format=yaml`."""

    def filter_renderers(self, renderers: Iterable[BaseRenderer], format: str) -> list[BaseRenderer]:
        offered = list(renderers)
        return [renderer for renderer in offered if renderer.format == format] or offered
