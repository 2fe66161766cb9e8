"""HTTP API for managing real-time endpoints: an endpoint with its versions and request
statistics, its versions, promote and roll back, and its request log.

Thin views over runner/endpoints.py; scoring and the endpoint's own log stay in
views.py with the endpoint list.
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers as s
from api.pagination import Pagination
from api.views import CONFLICT, _paginate, _user
from runner import endpoints
from runner import selectors as runs


class EndpointDetailView(APIView):
    @extend_schema(responses={200: s.EndpointDetailSerializer})
    def get(self, request: Request, name: str) -> Response:
        endpoint = runs.endpoint_get(user=request.user, name=name)
        return Response(s.EndpointDetailSerializer(endpoints.endpoint_detail(endpoint)).data)


class EndpointVersionListView(APIView):
    @extend_schema(responses={200: s.EndpointVersionOutputSerializer(many=True)})
    def get(self, request: Request, name: str) -> Response:
        endpoint = runs.endpoint_get(user=request.user, name=name)
        rows = [endpoints.version_row(v, endpoint.live_id) for v in endpoints.endpoint_versions(endpoint)]
        return Response(s.EndpointVersionOutputSerializer(rows, many=True).data)


class EndpointPromoteView(APIView):
    @extend_schema(
        request=s.EndpointPromoteSerializer,
        responses={200: s.EndpointDetailSerializer, **CONFLICT},
        description="Make a version live: callers get its answers from their next request. "
        "409 when it is live already.",
    )
    def post(self, request: Request, name: str) -> Response:
        endpoint = runs.endpoint_get(user=request.user, name=name)
        data = s.EndpointPromoteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        endpoint = endpoints.endpoint_promote(
            endpoint=endpoint, user=_user(request), version=data.validated_data["version"]
        )
        return Response(s.EndpointDetailSerializer(endpoints.endpoint_detail(endpoint)).data)


class EndpointRollbackView(APIView):
    @extend_schema(
        request=None,
        responses={200: s.EndpointDetailSerializer, **CONFLICT},
        description="Make the version that was live before the latest promotion live again "
        "(the detail's rollback_to). 409 when there is none.",
    )
    def post(self, request: Request, name: str) -> Response:
        endpoint = runs.endpoint_get(user=request.user, name=name)
        endpoint = endpoints.endpoint_rollback(endpoint=endpoint, user=_user(request))
        return Response(s.EndpointDetailSerializer(endpoints.endpoint_detail(endpoint)).data)


class EndpointRequestListView(APIView):
    pagination_class = Pagination

    @extend_schema(responses={200: s.EndpointRequestOutputSerializer(many=True)})
    def get(self, request: Request, name: str) -> Response:
        endpoint = runs.endpoint_get(user=request.user, name=name)
        return _paginate(request, self, endpoints.endpoint_requests(endpoint), s.EndpointRequestOutputSerializer)
