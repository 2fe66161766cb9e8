"""HTTP API for a pipeline's history: thin views over designer/versions.py and the
restore save in designer/services.py.

The pipeline is found through the user's workspaces first, so another workspace's
pipeline, and every version of it, is a 404 like a missing one.
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import version_serializers as s
from api.pagination import Pagination
from api.serializers import PipelineOutputSerializer
from api.views import CONFLICT, _user
from designer import selectors as design
from designer import services as design_services
from designer import versions


class PipelineVersionListView(APIView):
    pagination_class = Pagination

    @extend_schema(responses={200: s.VersionOutputSerializer(many=True)})
    def get(self, request: Request, pipeline_id: int) -> Response:
        """Every save of the pipeline, newest first."""
        pipeline = design.pipeline_get(user=request.user, pipeline_id=pipeline_id)
        paginator = Pagination()
        page = paginator.paginate_queryset(versions.version_list(pipeline=pipeline), request, view=self)
        context = {"revision": pipeline.revision}
        return paginator.get_paginated_response(s.VersionOutputSerializer(page, many=True, context=context).data)


class PipelineVersionDetailView(APIView):
    @extend_schema(responses={200: s.VersionDetailSerializer})
    def get(self, request: Request, pipeline_id: int, number: int) -> Response:
        """One version with its graph, as it was saved."""
        pipeline = design.pipeline_get(user=request.user, pipeline_id=pipeline_id)
        version = versions.version_get(pipeline=pipeline, number=number)
        context = {"revision": pipeline.revision, "graph": versions.version_graph(version)}
        return Response(s.VersionDetailSerializer(version, context=context).data)

    @extend_schema(request=s.VersionNameSerializer, responses={200: s.VersionOutputSerializer, **CONFLICT})
    def patch(self, request: Request, pipeline_id: int, number: int) -> Response:
        """Name, rename or unname a version (names are unique per pipeline: 409)."""
        pipeline = design.pipeline_get(user=request.user, pipeline_id=pipeline_id)
        data = s.VersionNameSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        version = versions.version_get(pipeline=pipeline, number=number)
        version = versions.version_name(version=version, user=_user(request), name=data.validated_data["name"])
        return Response(s.VersionOutputSerializer(version, context={"revision": pipeline.revision}).data)


class PipelineVersionRestoreView(APIView):
    @extend_schema(request=s.VersionRestoreSerializer, responses={200: PipelineOutputSerializer, **CONFLICT})
    def post(self, request: Request, pipeline_id: int, number: int) -> Response:
        """Make this version's graph the draft: a save over `revision`, kept as a new
        version that says "restored from version N"."""
        pipeline = design.pipeline_get(user=request.user, pipeline_id=pipeline_id)
        data = s.VersionRestoreSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        pipeline = design_services.pipeline_version_restore(
            pipeline=pipeline, user=_user(request), number=number, revision=data.validated_data["revision"]
        )
        return Response(PipelineOutputSerializer(pipeline).data)
