"""OpenAPI generation: the error responses every operation can give, documented once.

Views declare their success responses and the errors particular to them (a 409 on a
stale revision, a 400 on a bad query); the errors every operation of a kind can give
are added here, all with the one error shape {"message", "extra"}:
- 401 and 403 on every operation that needs a signed-in user (no or a bad token, a
  session request without its CSRF token, a role in the workspace below the one the
  operation needs: designer/roles.py);
- 404 on every operation with path parameters (no such object, or one in another
  workspace: they look the same);
- 400, 413 and 415 on every operation with a request body (it may not parse, nest
  deeper than 64 levels or not validate, be too large, or come in a media type the
  operation does not read).
"""

from __future__ import annotations

from typing import Any

from drf_spectacular import openapi
from drf_spectacular.utils import OpenApiResponse
from rest_framework import permissions

from api.serializers import ErrorSerializer

_DESCRIPTIONS = {
    400: "the request is malformed or invalid; extra says where (extra.errors lists graph problems)",
    401: "not signed in, or the API token is not valid",
    403: (
        "not allowed: your role in the workspace does not permit it (viewers only read; compute targets "
        "need an owner; extra.required_role names the role), or a session request lacks its CSRF token"
    ),
    404: "no such object in your workspaces",
    413: "the body is over a size limit (10 MB for JSON; UPLOAD_MAX_MB and the table reading limits for uploads)",
    415: "the body's media type is not one this operation reads",
}


class AutoSchema(openapi.AutoSchema):
    def _error_codes(self) -> list[int]:
        codes = []
        # request=None in extend_schema: the operation reads no body, so none can be bad.
        has_body = self.method in ("POST", "PUT", "PATCH") and self.get_request_serializer() is not None
        if has_body:
            codes.append(400)
        if not any(isinstance(p, permissions.AllowAny) for p in self.view.get_permissions()):
            codes += [401, 403]
        if "{" in self.path:
            codes.append(404)
        if has_body:
            codes += [413, 415]
        return codes

    def _get_response_bodies(self, direction: Any = "response") -> dict[str, Any]:
        responses: dict[str, Any] = super()._get_response_bodies(direction)
        for code in self._error_codes():
            if str(code) not in responses:
                response = OpenApiResponse(ErrorSerializer, description=_DESCRIPTIONS[code])
                # drf-spectacular leaves this helper untyped.
                responses[str(code)] = self._get_response_for_code(  # type: ignore[no-untyped-call]
                    response, str(code), direction=direction
                )
        return responses
