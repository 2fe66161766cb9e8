"""HTTP API for source snapshots: a script step's source folder, uploaded as a zip.

Thin over designer/snapshots.py, which extracts the archive safely, stores it in the
artifact store and records that the workspace owns its digest.
"""

from __future__ import annotations

import re
from typing import Any

from django.http import HttpRequest
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.parsers import MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers as s
from api import uploads
from api.views import _query, _user
from designer import selectors as design
from designer import services as design_services
from designer import snapshots
from designer.errors import NotFound
from designer.models import SourceSnapshot

DIGEST = re.compile(r"[0-9a-f]{64}")


class SnapshotListView(APIView):
    parser_classes = [MultiPartParser]

    def initialize_request(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Request:
        if request.method == "POST":
            limit = snapshots.SnapshotLimits.from_settings().max_archive_bytes
            uploads.install_upload_limit(request, limit)
        return super().initialize_request(request, *args, **kwargs)

    @extend_schema(
        request={"multipart/form-data": s.SnapshotInputSerializer},
        responses={
            200: OpenApiResponse(s.SnapshotOutputSerializer, description="the workspace had this snapshot already"),
            201: s.SnapshotOutputSerializer,
            413: OpenApiResponse(
                s.ErrorSerializer,
                description="the archive, its files once extracted or their number is over SNAPSHOT_MAX_MB or "
                "SNAPSHOT_MAX_FILES",
            ),
        },
        description="Upload a source folder as a zip archive (what the SDK does for a PythonScriptStep's "
        "source_directory). Its digest goes into a script node's source_snapshot parameter; identical "
        "content gets the same digest. Needs the editor role.",
    )
    def post(self, request: Request) -> Response:
        body = request.data  # reads the upload, through the size limit
        refused = uploads.refused_upload(request)
        if refused is not None:
            raise snapshots.snapshot_upload_too_large(name=refused)
        data = s.SnapshotInputSerializer(data=body)
        data.is_valid(raise_exception=True)
        workspace = design_services.workspace_for_write(
            user=_user(request), workspace_id=data.validated_data.get("workspace")
        )
        snapshot, created = snapshots.snapshot_upload(
            workspace=workspace, user=_user(request), upload=data.validated_data["file"]
        )
        return Response(
            s.SnapshotOutputSerializer(snapshot).data, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK
        )


class SnapshotDetailView(APIView):
    @extend_schema(
        parameters=[s.SnapshotQuerySerializer],
        responses={200: s.SnapshotOutputSerializer, 400: s.ErrorSerializer},
        description="Whether the workspace has a source snapshot of this digest (the SDK asks before it uploads).",
    )
    def get(self, request: Request, digest: str) -> Response:
        query = _query(request, s.SnapshotQuerySerializer)
        user = _user(request)
        # A workspace that is not the user's has nothing in it, as far as they can tell.
        workspaces = design.workspace_list(user=user)
        workspace = (
            workspaces.filter(pk=query["workspace"]).first()
            if "workspace" in query
            else design_services.workspace_default(user=user)
        )
        found = (
            SourceSnapshot.objects.filter(workspace=workspace, digest=digest).first()
            if workspace is not None and DIGEST.fullmatch(digest)
            else None
        )
        if found is None:
            raise NotFound(f"this workspace has no source snapshot {digest[:64]!r}")
        return Response(s.SnapshotOutputSerializer(found).data)
