"""HTTP API of published pipelines: publishing a draft as a numbered version of a named
pipeline endpoint, managing endpoints and versions, and triggering runs over HTTP.

Thin over runner/publishing.py (writes) and runner/selectors.py (reads). An endpoint is
found by name among the user's workspaces (runner.selectors.pipeline_endpoint_get), so
another workspace's endpoint is a 404 like a missing one.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.urls import reverse
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import publish_serializers as ps
from api import serializers as s
from api.pagination import Pagination
from api.views import CONFLICT, _paginate, _query, _user
from designer import selectors as design
from designer.context import in_current_workspace
from designer.errors import ApplicationError
from runner import publishing
from runner import selectors as runs
from runner.models import PipelineEndpoint

IDEMPOTENCY_KEY = OpenApiParameter(
    "Idempotency-Key",
    str,
    OpenApiParameter.HEADER,
    required=False,
    description="a retried request with the same key (and body) gets the run the first one started, with 200; "
    "the same key with another body is a 409",
)
TOO_MANY = {
    429: OpenApiResponse(
        s.ErrorSerializer,
        description="the endpoint has max_concurrent_runs unfinished runs; the Retry-After header says when to retry",
    )
}
# The ?workspace= query parameter may be invalid.
BAD_QUERY = {400: s.ErrorSerializer}
# An Idempotency-Key is stored per endpoint (runner.models.TriggerRequest.key).
MAX_KEY_LENGTH = 200


def _endpoint(request: Request, name: str) -> PipelineEndpoint:
    query = _query(request, ps.WorkspaceQuerySerializer)
    return runs.pipeline_endpoint_get(user=request.user, name=name, workspace_id=query.get("workspace"))


def _fresh_endpoint(request: Request, endpoint: PipelineEndpoint) -> PipelineEndpoint:
    """The endpoint as the list shows it (with latest_version), after a change."""
    return runs.pipeline_endpoint_list(user=request.user).get(pk=endpoint.pk)


class PipelinePublishView(APIView):
    @extend_schema(
        request=ps.PublishInputSerializer,
        responses={201: ps.PublishedVersionOutputSerializer, **CONFLICT},
        description="Freeze the pipeline's current graph, with its module versions, code digests and compute "
        "targets, as the next version of the named pipeline endpoint (created on first publish).",
    )
    def post(self, request: Request, pipeline_id: int) -> Response:
        pipeline = design.pipeline_get(user=request.user, pipeline_id=pipeline_id)
        data = ps.PublishInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        published = publishing.pipeline_publish(
            pipeline=pipeline,
            user=_user(request),
            endpoint_name=data.validated_data["endpoint"],
            description=data.validated_data["description"],
            make_default=data.validated_data["make_default"],
        )
        published.refresh_from_db()
        return Response(ps.PublishedVersionOutputSerializer(published).data, status=status.HTTP_201_CREATED)


class PipelineEndpointListView(APIView):
    pagination_class = Pagination

    @extend_schema(
        parameters=[s.WorkspaceQuerySerializer],
        responses={200: ps.PipelineEndpointOutputSerializer(many=True), 400: s.ErrorSerializer, 404: s.ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        endpoints = in_current_workspace(request, runs.pipeline_endpoint_list(user=request.user))
        return _paginate(request, self, endpoints, ps.PipelineEndpointOutputSerializer)


class PipelineEndpointDetailView(APIView):
    @extend_schema(
        parameters=[ps.WorkspaceQuerySerializer], responses={200: ps.PipelineEndpointOutputSerializer, **BAD_QUERY}
    )
    def get(self, request: Request, name: str) -> Response:
        endpoint = _fresh_endpoint(request, _endpoint(request, name))
        return Response(ps.PipelineEndpointOutputSerializer(endpoint).data)

    @extend_schema(
        parameters=[ps.WorkspaceQuerySerializer],
        request=ps.PipelineEndpointUpdateSerializer,
        responses={200: ps.PipelineEndpointOutputSerializer, **CONFLICT},
    )
    def patch(self, request: Request, name: str) -> Response:
        endpoint = _endpoint(request, name)
        data = ps.PipelineEndpointUpdateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        endpoint = publishing.endpoint_update(endpoint=endpoint, user=_user(request), fields=dict(data.validated_data))
        return Response(ps.PipelineEndpointOutputSerializer(_fresh_endpoint(request, endpoint)).data)

    @extend_schema(parameters=[ps.WorkspaceQuerySerializer], responses={204: None, **CONFLICT, **BAD_QUERY})
    def delete(self, request: Request, name: str) -> Response:
        publishing.endpoint_delete(endpoint=_endpoint(request, name), user=_user(request))
        return Response(status=status.HTTP_204_NO_CONTENT)


class PublishedVersionListView(APIView):
    pagination_class = Pagination

    @extend_schema(
        parameters=[ps.WorkspaceQuerySerializer],
        responses={200: ps.PublishedVersionOutputSerializer(many=True), **BAD_QUERY},
    )
    def get(self, request: Request, name: str) -> Response:
        endpoint = _endpoint(request, name)
        versions = runs.published_version_list(endpoint=endpoint)
        return _paginate(request, self, versions, ps.PublishedVersionOutputSerializer)


class PublishedVersionDetailView(APIView):
    @extend_schema(
        parameters=[ps.WorkspaceQuerySerializer], responses={200: ps.PublishedVersionDetailSerializer, **BAD_QUERY}
    )
    def get(self, request: Request, name: str, version: int) -> Response:
        published = runs.published_version_get(endpoint=_endpoint(request, name), version=version)
        return Response(ps.PublishedVersionDetailSerializer(published).data)

    @extend_schema(
        parameters=[ps.WorkspaceQuerySerializer],
        request=ps.PublishedVersionUpdateSerializer,
        responses={200: ps.PublishedVersionOutputSerializer},
    )
    def patch(self, request: Request, name: str, version: int) -> Response:
        published = runs.published_version_get(endpoint=_endpoint(request, name), version=version)
        data = ps.PublishedVersionUpdateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        published = publishing.version_update(
            published=published, user=_user(request), enabled=data.validated_data["enabled"]
        )
        return Response(ps.PublishedVersionOutputSerializer(published).data)


def _trigger_answer(request: Request, run: Any) -> dict[str, Any]:
    published = run.published_version
    return {
        "id": run.pk,
        "number": run.number,
        "status": run.status,
        "trigger": run.trigger,
        "url": request.build_absolute_uri(reverse("run-detail", args=[run.pk])),
        "websocket": f"/ws/runs/{run.pk}/",  # api/routing.py
        "pipeline": run.pipeline_id,
        "endpoint": published.endpoint.name,
        "version": published.version,
    }


class PipelineEndpointRunsView(APIView):
    pagination_class = Pagination

    @extend_schema(
        parameters=[ps.WorkspaceQuerySerializer], responses={200: s.RunListItemSerializer(many=True), **BAD_QUERY}
    )
    def get(self, request: Request, name: str) -> Response:
        endpoint = _endpoint(request, name)
        return _paginate(request, self, runs.pipeline_endpoint_runs(endpoint=endpoint), s.RunListItemSerializer)

    @extend_schema(
        parameters=[ps.WorkspaceQuerySerializer, IDEMPOTENCY_KEY],
        request=ps.TriggerInputSerializer,
        responses={
            201: ps.TriggerOutputSerializer,
            200: OpenApiResponse(
                ps.TriggerOutputSerializer, description="a retry: the run the first request with this key started"
            ),
            **CONFLICT,
            **TOO_MANY,
        },
        description="Start a run of the endpoint's default version (or the one named) with these parameter "
        "values. Bad parameter values are a 400 with extra.errors naming each one.",
    )
    def post(self, request: Request, name: str) -> Response:
        endpoint = _endpoint(request, name)
        data = ps.TriggerInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        body = dict(data.validated_data)
        key = request.headers.get("Idempotency-Key", "").strip()
        if len(key) > MAX_KEY_LENGTH:
            raise ApplicationError(
                f"the Idempotency-Key header is over {MAX_KEY_LENGTH} characters", extra={"header": "Idempotency-Key"}
            )
        # The digest of the request as understood (defaults filled in), so a retry that
        # spells the same request differently is still the same request.
        digest = hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()
        run, created = publishing.endpoint_trigger(
            endpoint=endpoint,
            user=_user(request),
            parameters=body["parameters"],
            version=body.get("version"),
            experiment=body["experiment"],
            idempotency_key=key,
            body_digest=digest,
        )
        return Response(
            ps.TriggerOutputSerializer(_trigger_answer(request, run)).data,
            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK,
        )
