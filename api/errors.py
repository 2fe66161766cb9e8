"""Every API error has one shape: {"message": ..., "extra": {...}}."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views import defaults
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from designer.errors import ApplicationError, TooManyRequests
from designer.graph import Problem


def _flatten(detail: Any) -> str:
    if isinstance(detail, list):
        return "; ".join(_flatten(d) for d in detail)
    if isinstance(detail, dict):
        return "; ".join(f"{key}: {_flatten(value)}" for key, value in detail.items())
    return str(detail)


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, ApplicationError):
        answer = Response({"message": exc.message, "extra": exc.extra}, status=exc.status_code)
        if isinstance(exc, TooManyRequests) and "retry_after" in exc.extra:
            answer["Retry-After"] = str(int(exc.extra["retry_after"]))
        return answer
    # Django refuses these bodies while DRF reads them; without this they would become
    # Django's HTML 400 page.
    if isinstance(exc, RequestDataTooBig):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        return Response(
            {
                "message": f"the request body is over the {limit // (1024 * 1024)} MB limit for JSON and form bodies",
                "extra": {"limit_bytes": limit},
            },
            status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE,
        )
    if isinstance(exc, TooManyFieldsSent | TooManyFilesSent):
        return Response({"message": str(exc), "extra": {}}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        response.data = {"message": "invalid request: " + _flatten(exc.detail), "extra": {"fields": exc.detail}}
    elif isinstance(exc, exceptions.ParseError):
        # A body that does not parse is a problem of the whole document, listed the way
        # graph problems are so the canvas shows it like any other.
        message = _flatten(exc.detail)
        response.data = {"message": message, "extra": {"errors": [Problem(message=message).to_dict()]}}
    elif isinstance(exc, exceptions.APIException):
        response.data = {"message": _flatten(exc.detail), "extra": {}}
    if response.status_code == status.HTTP_403_FORBIDDEN and "CSRF" in str(response.data.get("message", "")):
        response.data["extra"] = {"hint": "send the csrftoken cookie's value in the X-CSRFToken header"}
    return response


# Requests under /api/ that no API view handles (a path that matches no route, such as
# /api/runs/abc/, or a crash outside DRF) still get the one error shape, not an HTML page.


def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    if _is_api(request):
        return JsonResponse({"message": "not found", "extra": {"path": request.path}}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    if _is_api(request):
        return JsonResponse({"message": "internal server error; it has been logged", "extra": {}}, status=500)
    return defaults.server_error(request)
