"""Every API error has one shape: {"message": ..., "extra": {...}}."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views import defaults
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from designer.errors import ApplicationError


def _flatten(detail: Any) -> str:
    if isinstance(detail, list):
        return "; ".join(_flatten(d) for d in detail)
    if isinstance(detail, dict):
        return "; ".join(f"{key}: {_flatten(value)}" for key, value in detail.items())
    return str(detail)


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, ApplicationError):
        return Response({"message": exc.message, "extra": exc.extra}, status=exc.status_code)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        response.data = {"message": "invalid request: " + _flatten(exc.detail), "extra": {"fields": exc.detail}}
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
