"""Pages of list results: ?limit=&offset=, as DRF does them, within bounds."""

from __future__ import annotations

from rest_framework.pagination import LimitOffsetPagination
from rest_framework.request import Request

# The database takes LIMIT and OFFSET as 64-bit integers; SQLite's driver raises on
# anything larger (a 500), so both are capped here.
_MAX_OFFSET = 2**63 - 1


class Pagination(LimitOffsetPagination):
    max_limit = 1000

    def get_offset(self, request: Request) -> int:
        return min(super().get_offset(request), _MAX_OFFSET)
