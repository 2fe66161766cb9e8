"""One application error type; api/errors.py maps it to the one JSON error shape."""

from __future__ import annotations

from typing import Any

from django.core import exceptions as django_exceptions


class ApplicationError(Exception):
    """An error the user can act on: `message` says what, `extra` carries details."""

    status_code = 400

    def __init__(self, message: str, *, extra: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.extra = extra or {}


class NotFound(ApplicationError):
    status_code = 404


class Conflict(ApplicationError):
    status_code = 409


class PermissionDenied(ApplicationError, django_exceptions.PermissionDenied):
    """Also Django's own, so a page view that lets it through answers 403 (templates/403.html
    shows the message) just as the API does in the error shape."""

    status_code = 403


class PayloadTooLarge(ApplicationError):
    status_code = 413


class TooManyRequests(ApplicationError):
    """A limit on concurrent work was reached; `extra.retry_after` says when to try again
    (the API sends it as the Retry-After header)."""

    status_code = 429


class UpstreamFailed(ApplicationError):
    """A process the request depends on (an endpoint's scorer) broke."""

    status_code = 502


class Unavailable(ApplicationError):
    """A process the request depends on did not answer in time; try again."""

    status_code = 503
