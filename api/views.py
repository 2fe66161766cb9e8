"""HTTP API: one view per resource, thin over designer/runner services and selectors.

Every object is looked up through a selector scoped to the user's workspaces, so an
object in another workspace is indistinguishable from one that does not exist (404).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpRequest, HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers as s
from api import uploads
from api.pagination import Pagination
from api.parsers import JSONParser, RawFileParser
from designer import registry
from designer import selectors as design
from designer import services as design_services
from designer.context import current_workspace, in_current_workspace
from designer.errors import ApplicationError, NotFound
from designer.graph.pipeline_file import MAX_FILE_BYTES
from runner import selectors as runs
from runner import services as run_services
from runner.artifacts import default_store
from runner.experiments import main_metrics

# The errors every operation of a kind can give (400, 401, 403, 404, 413, 415) are
# documented by api.schema.AutoSchema; views add the ones particular to them.
CONFLICT = {409: s.ErrorSerializer}


def _paginate(request: Request, view: APIView, queryset: Any, serializer: type[Any]) -> Response:
    # The list views name their pagination_class so the schema documents the page shape
    # ({count, next, previous, results}) and the limit/offset parameters.
    paginator: Pagination = getattr(view, "pagination_class", Pagination)()
    page: Any = paginator.paginate_queryset(queryset, request, view=view)
    return paginator.get_paginated_response(serializer(page, many=True).data)


def _user(request: Request) -> User:
    """The signed-in user (IsAuthenticated has already refused anyone else)."""
    user = request.user
    if not isinstance(user, User):
        raise PermissionDenied()
    return user


def _query(request: Request, serializer: type[Any]) -> dict[str, Any]:
    """Validated query parameters; a blank one (?status=) counts as not given."""
    given = {key: value for key, value in request.query_params.items() if value != ""}
    data = serializer(data=given)
    data.is_valid(raise_exception=True)
    return dict(data.validated_data)


# --------------------------------------------------------------------------- modules


class ModuleListView(APIView):
    @extend_schema(responses={200: s.ModuleOutputSerializer(many=True)})
    def get(self, request: Request) -> Response:
        modules = [s.ModuleOutputSerializer.from_module(m) for m in design.module_list(user=request.user)]
        modules.sort(key=lambda m: (m["category"], m["name"]))
        return Response(s.ModuleOutputSerializer(modules, many=True).data)

    @extend_schema(request=s.ModulePublishSerializer, responses={201: s.ModuleOutputSerializer, **CONFLICT})
    def post(self, request: Request) -> Response:
        data = s.ModulePublishSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        spec = data.validated_data["spec"]
        if isinstance(spec, str):
            spec = registry.parse_spec_text(spec)
        elif not isinstance(spec, dict):
            raise ApplicationError("the spec must be an object or JSON/YAML text", extra={"field": "spec"})
        workspace = design_services.workspace_for_write(
            user=_user(request), workspace_id=data.validated_data.get("workspace"), current=current_workspace(request)
        )
        version = registry.module_publish(
            workspace=workspace, user=_user(request), spec=spec, source=data.validated_data["code"]
        )
        module = design.module_list(user=request.user).get(pk=version.module_id)
        output = s.ModuleOutputSerializer(s.ModuleOutputSerializer.from_module(module)).data
        return Response(output, status=status.HTTP_201_CREATED)


class ModuleVersionView(APIView):
    @extend_schema(request=s.ModuleVersionUpdateSerializer, responses={200: s.ModuleOutputSerializer})
    def patch(self, request: Request, slug: str, version: str) -> Response:
        module = design.module_list(user=request.user).filter(slug=slug, workspace__isnull=False).first()
        if module is None:
            raise NotFound(f"custom module {slug!r} not found")
        data = s.ModuleVersionUpdateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        registry.module_version_update(
            module=module,
            user=_user(request),
            version=version,
            status=data.validated_data.get("status"),
            make_default=data.validated_data["default"],
        )
        module.refresh_from_db()
        return Response(s.ModuleOutputSerializer(s.ModuleOutputSerializer.from_module(module)).data)


class ModuleDetailView(APIView):
    @extend_schema(responses={200: s.ModuleOutputSerializer})
    def get(self, request: Request, slug: str) -> Response:
        module = design.module_list(user=request.user).filter(slug=slug).first()
        if module is None:
            raise NotFound(f"module {slug!r} not found")
        return Response(s.ModuleOutputSerializer(s.ModuleOutputSerializer.from_module(module)).data)


# --------------------------------------------------------------------------- pipelines


class PipelineListView(APIView):
    pagination_class = Pagination

    @extend_schema(
        parameters=[s.WorkspaceQuerySerializer],
        responses={200: s.PipelineOutputSerializer(many=True), 400: s.ErrorSerializer, 404: s.ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        pipelines = in_current_workspace(request, design.pipeline_list(user=request.user))
        return _paginate(request, self, pipelines, s.PipelineOutputSerializer)

    @extend_schema(request=s.PipelineInputSerializer, responses={201: s.PipelineOutputSerializer})
    def post(self, request: Request) -> Response:
        data = s.PipelineInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        workspace = design_services.workspace_for_write(
            user=_user(request), workspace_id=data.validated_data.get("workspace"), current=current_workspace(request)
        )
        pipeline = design_services.pipeline_create(
            workspace=workspace,
            user=_user(request),
            name=data.validated_data["name"],
            description=data.validated_data["description"],
            graph=data.validated_data.get("graph"),
        )
        return Response(s.PipelineOutputSerializer(pipeline).data, status=status.HTTP_201_CREATED)


class PipelineDetailView(APIView):
    @extend_schema(responses={200: s.PipelineDetailSerializer})
    def get(self, request: Request, pipeline_id: int) -> Response:
        pipeline, role = design.pipeline_get_with_role(user=request.user, pipeline_id=pipeline_id)
        return Response(s.PipelineDetailSerializer(pipeline, context={"role": role}).data)

    def _update(self, request: Request, pipeline_id: int) -> Response:
        pipeline = design.pipeline_get(user=request.user, pipeline_id=pipeline_id)
        data = s.PipelineUpdateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        revision = fields.pop("revision")
        message = fields.pop("message", "")
        pipeline = design_services.pipeline_update(
            pipeline=pipeline, user=_user(request), revision=revision, fields=fields, message=message
        )
        return Response(s.PipelineOutputSerializer(pipeline).data)

    @extend_schema(request=s.PipelineUpdateSerializer, responses={200: s.PipelineOutputSerializer, **CONFLICT})
    def put(self, request: Request, pipeline_id: int) -> Response:
        return self._update(request, pipeline_id)

    @extend_schema(request=s.PipelineUpdateSerializer, responses={200: s.PipelineOutputSerializer, **CONFLICT})
    def patch(self, request: Request, pipeline_id: int) -> Response:
        return self._update(request, pipeline_id)

    @extend_schema(responses={204: None})
    def delete(self, request: Request, pipeline_id: int) -> Response:
        pipeline = design.pipeline_get(user=request.user, pipeline_id=pipeline_id)
        design_services.pipeline_delete(pipeline=pipeline, user=_user(request))
        return Response(status=status.HTTP_204_NO_CONTENT)


class PipelineExportView(APIView):
    """The pipeline as SDK code or a pipeline file, as a download (reading is enough)."""

    @extend_schema(
        parameters=[s.PipelineExportQuerySerializer],
        responses={
            (200, "text/x-python"): OpenApiResponse(
                OpenApiTypes.STR, description="Python code that saves the pipeline as a new draft when run"
            ),
            # A YAML document is described by what it holds (a mapping), as clients parse it.
            (200, "application/yaml"): OpenApiResponse(
                OpenApiTypes.OBJECT, description="a pipeline file (POST /api/pipelines/import/ reads it)"
            ),
            400: s.ErrorSerializer,
        },
    )
    def get(self, request: Request, pipeline_id: int) -> HttpResponse:
        pipeline = design.pipeline_get(user=request.user, pipeline_id=pipeline_id)
        query = _query(request, s.PipelineExportQuerySerializer)
        exported = design_services.pipeline_export(pipeline=pipeline, format=query["format"])
        response = HttpResponse(exported.text, content_type=exported.content_type)
        response["Content-Disposition"] = f'attachment; filename="{exported.filename}"'
        return response


class PipelineImportView(APIView):
    """A new pipeline from a pipeline file: a multipart upload (file, name, workspace)
    or the file as the whole body (name and workspace in the query)."""

    parser_classes = [MultiPartParser, RawFileParser]

    def initialize_request(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Request:
        if request.method == "POST":
            uploads.install_upload_limit(request, MAX_FILE_BYTES)
        return super().initialize_request(request, *args, **kwargs)

    @extend_schema(
        parameters=[s.PipelineImportQuerySerializer],
        request={
            "multipart/form-data": s.PipelineImportSerializer,
            "application/yaml": OpenApiTypes.OBJECT,
            "application/json": OpenApiTypes.OBJECT,
        },
        responses={
            201: s.PipelineOutputSerializer,
            413: OpenApiResponse(s.ErrorSerializer, description="the file is over 2 MB"),
        },
    )
    def post(self, request: Request) -> Response:
        body = request.data  # reads the upload, through the size limit
        refused = uploads.refused_upload(request)
        if refused is not None:
            raise design_services.pipeline_file_too_large()
        if isinstance(body, bytes):
            fields = _query(request, s.PipelineImportQuerySerializer)
            content = body
        else:
            data = s.PipelineImportSerializer(data=body)
            data.is_valid(raise_exception=True)
            fields = dict(data.validated_data)
            content = fields.pop("file").read()
        workspace = design_services.workspace_for_write(user=_user(request), workspace_id=fields.get("workspace"))
        pipeline = design_services.pipeline_import(
            workspace=workspace, user=_user(request), content=content, name=fields.get("name")
        )
        return Response(s.PipelineOutputSerializer(pipeline).data, status=status.HTTP_201_CREATED)


class PipelineNodeView(APIView):
    """One node changed without sending the whole graph (a node resource rather than
    JSON Patch on the document: docs/decisions.md)."""

    @extend_schema(
        request=s.NodePatchSerializer, responses={200: s.PipelineOutputSerializer, 404: s.ErrorSerializer, **CONFLICT}
    )
    def patch(self, request: Request, pipeline_id: int, node_id: str) -> Response:
        pipeline = design.pipeline_get(user=request.user, pipeline_id=pipeline_id)
        data = s.NodePatchSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        changes = dict(data.validated_data)
        revision = changes.pop("revision")
        pipeline = design_services.pipeline_node_update(
            pipeline=pipeline, user=_user(request), revision=revision, node_id=node_id, changes=changes
        )
        return Response(s.PipelineOutputSerializer(pipeline).data)


class PipelineValidateView(APIView):
    @extend_schema(
        request=s.ValidationInputSerializer, responses={200: s.ValidationOutputSerializer, 400: s.ErrorSerializer}
    )
    def post(self, request: Request, pipeline_id: int) -> Response:
        pipeline = design.pipeline_get(user=request.user, pipeline_id=pipeline_id)
        data = s.ValidationInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        result = design_services.pipeline_validate(pipeline=pipeline, graph=data.validated_data.get("graph"))
        problems = [p.to_dict() for p in result.problems]
        if result.errors:
            raise ApplicationError(f"the pipeline has {len(result.errors)} problem(s)", extra={"errors": problems})
        return Response({"ok": True, "problems": problems})


class PipelineSchemaView(APIView):
    """Design-time schemas: the columns of every DataFrame port, before any run."""

    @extend_schema(responses={200: s.PipelineSchemaSerializer, 400: s.ErrorSerializer})
    def get(self, request: Request, pipeline_id: int) -> Response:
        from runner.design_schemas import pipeline_schema

        pipeline = design.pipeline_get(user=request.user, pipeline_id=pipeline_id)
        return Response(pipeline_schema(pipeline=pipeline).to_dict())

    @extend_schema(request=s.SchemaInputSerializer, responses={200: s.PipelineSchemaSerializer, 400: s.ErrorSerializer})
    def post(self, request: Request, pipeline_id: int) -> Response:
        """Of a graph the canvas has not saved yet (reading: it stores nothing)."""
        from runner.design_schemas import pipeline_schema

        pipeline = design.pipeline_get(user=request.user, pipeline_id=pipeline_id)
        data = s.SchemaInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        return Response(pipeline_schema(pipeline=pipeline, graph=data.validated_data["graph"]).to_dict())


class SourcePreviewView(APIView):
    """A data source node's first rows and column statistics, without a run."""

    @extend_schema(
        parameters=[s.SourcePreviewQuerySerializer],
        responses={200: s.SourcePreviewSerializer, 400: s.ErrorSerializer},
    )
    def get(self, request: Request, pipeline_id: int, node_id: str) -> Response:
        from runner.design_schemas import source_preview

        pipeline = design.pipeline_get(user=request.user, pipeline_id=pipeline_id)
        query = _query(request, s.SourcePreviewQuerySerializer)
        return Response(source_preview(pipeline=pipeline, node_id=node_id, rows=query["rows"]))


class PipelineRunsView(APIView):
    @extend_schema(request=s.RunInputSerializer, responses={201: s.RunOutputSerializer})
    def post(self, request: Request, pipeline_id: int) -> Response:
        pipeline = design.pipeline_get(user=request.user, pipeline_id=pipeline_id)
        data = s.RunInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        run = run_services.run_submit(pipeline=pipeline, user=_user(request), **data.validated_data)
        return Response(runs.run_state(run), status=status.HTTP_201_CREATED)


# --------------------------------------------------------------------------- runs


class RunListView(APIView):
    pagination_class = Pagination

    @extend_schema(
        parameters=[s.RunListQuerySerializer],
        responses={200: s.RunListItemSerializer(many=True), 400: s.ErrorSerializer, 404: s.ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        query = _query(request, s.RunListQuerySerializer)
        queryset = runs.run_list(user=request.user)
        # A pipeline names its workspace: its run history shows on its canvas whichever
        # workspace the browser switched to (an explicit ?workspace= still narrows).
        if "pipeline" not in query or "workspace" in query:
            queryset = in_current_workspace(request, queryset)
        if "pipeline" in query:
            queryset = queryset.filter(pipeline_id=query["pipeline"])
        if "status" in query:
            queryset = queryset.filter(status=query["status"])
        paginator = Pagination()
        page: Any = paginator.paginate_queryset(queryset, request, view=self)
        mains = main_metrics(run.pk for run in page)
        return paginator.get_paginated_response(
            s.RunListItemSerializer(page, many=True, context={"main_metrics": mains}).data
        )


class RunDetailView(APIView):
    @extend_schema(responses={200: s.RunDetailSerializer})
    def get(self, request: Request, run_id: int) -> Response:
        return Response(runs.run_detail(runs.run_get(user=request.user, run_id=run_id)))


IF_NONE_MATCH = OpenApiParameter(
    "If-None-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=False,
    description="the ETag of a previous answer: 304 with no body while nothing in it has changed",
)


def _etag_matches(header: str, etag: str) -> bool:
    """RFC 9110 weak comparison against a list of entity tags (or *)."""
    tags = [t.strip().removeprefix("W/") for t in header.split(",")]
    return "*" in tags or etag in tags


class RunStatusView(APIView):
    """For polling: a few hundred bytes, and nothing at all while nothing changed.

    The ETag is a digest of the answer itself, so it changes exactly when something in
    the answer does (no counter to keep in step with every writer)."""

    @extend_schema(
        parameters=[IF_NONE_MATCH],
        responses={200: s.RunStatusSerializer, 304: OpenApiResponse(description="not modified since that ETag")},
    )
    def get(self, request: Request, run_id: int) -> Response:
        body = runs.run_status(runs.run_get(user=request.user, run_id=run_id))
        digest = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:32]
        etag = f'"{digest}"'
        headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
        if _etag_matches(request.headers.get("If-None-Match", ""), etag):
            return Response(status=status.HTTP_304_NOT_MODIFIED, headers=headers)
        return Response(body, headers=headers)


class RunCloneView(APIView):
    @extend_schema(request=None, responses={201: s.PipelineOutputSerializer})
    def post(self, request: Request, run_id: int) -> Response:
        run = runs.run_get(user=request.user, run_id=run_id)
        pipeline = run_services.run_clone(run=run, user=_user(request))
        return Response(s.PipelineOutputSerializer(pipeline).data, status=status.HTTP_201_CREATED)


class RunCancelView(APIView):
    @extend_schema(request=None, responses={200: s.RunOutputSerializer})
    def post(self, request: Request, run_id: int) -> Response:
        run = run_services.run_cancel(run=runs.run_get(user=request.user, run_id=run_id), user=_user(request))
        return Response(runs.run_state(run))


class StepDetailView(APIView):
    @extend_schema(responses={200: s.StepDetailSerializer})
    def get(self, request: Request, run_id: int, node_id: str) -> Response:
        step = runs.step_get(run=runs.run_get(user=request.user, run_id=run_id), node_id=node_id)
        return Response(
            {
                **runs.step_state(step),
                "traceback": step.traceback,
                "cache_key": step.cache_key,
                "cache_components": step.cache_components,
            }
        )


class StepLogView(APIView):
    @extend_schema(responses={200: s.LogOutputSerializer})
    def get(self, request: Request, run_id: int, node_id: str) -> Response:
        step = runs.step_get(run=runs.run_get(user=request.user, run_id=run_id), node_id=node_id)
        return Response(runs.step_log(step))


class StepOutputView(APIView):
    @extend_schema(
        parameters=[s.StepOutputQuerySerializer],
        responses={
            (200, "application/json"): OpenApiTypes.OBJECT,
            (200, "application/octet-stream"): OpenApiTypes.BINARY,
            400: s.ErrorSerializer,
        },
    )
    def get(self, request: Request, run_id: int, node_id: str, port: str) -> Response | FileResponse:
        from runner.previews import preview_artifact

        query = _query(request, s.StepOutputQuerySerializer)
        step = runs.step_get(run=runs.run_get(user=request.user, run_id=run_id), node_id=node_id)
        digest = step.outputs.get(port)
        if not digest:
            raise NotFound(f"step {node_id!r} has no output {port!r}; available: {', '.join(step.outputs) or 'none'}")
        store = default_store()
        manifest = store.manifest(digest)
        directory = store.path(digest)
        if query["download"]:
            name = next(iter(sorted(manifest["files"])), None)
            if name is None:
                raise NotFound("this output has no files")
            return FileResponse(
                (directory / name).open("rb"),
                as_attachment=True,
                filename=Path(name).name,
                content_type="application/octet-stream",
            )
        preview = preview_artifact(directory, manifest["type"], rows=query["rows"])
        return Response({"digest": digest, "type": manifest["type"], "preview": preview})


class StepImageView(APIView):
    @extend_schema(responses={(200, "image/png"): OpenApiTypes.BINARY})
    def get(self, request: Request, run_id: int, node_id: str, name: str) -> FileResponse:
        step = runs.step_get(run=runs.run_get(user=request.user, run_id=run_id), node_id=node_id)
        if name not in step.images:
            raise NotFound(f"step {node_id!r} logged no image {name!r}; it logged: {', '.join(step.images) or 'none'}")
        path = default_store().path(step.images_digest) / name
        return FileResponse(path.open("rb"), content_type="image/png")


# --------------------------------------------------------------------------- datasets


class DatasetListView(APIView):
    pagination_class = Pagination

    parser_classes = [MultiPartParser, FormParser, JSONParser]

    def initialize_request(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Request:
        if request.method == "POST":
            uploads.install_upload_limit(request, settings.UPLOAD_MAX_BYTES)
        return super().initialize_request(request, *args, **kwargs)

    @extend_schema(
        parameters=[s.WorkspaceQuerySerializer],
        responses={200: s.DatasetOutputSerializer(many=True), 400: s.ErrorSerializer, 404: s.ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        datasets = in_current_workspace(request, design.dataset_list(user=request.user))
        return _paginate(request, self, datasets, s.DatasetOutputSerializer)

    @extend_schema(
        request=s.DatasetInputSerializer,
        responses={
            201: s.DatasetOutputSerializer,
            413: OpenApiResponse(
                s.ErrorSerializer,
                description="the file is over UPLOAD_MAX_MB, or reading it goes over UPLOAD_MAX_ROWS, "
                "UPLOAD_MAX_UNCOMPRESSED_MB, UPLOAD_READ_MEMORY_MB or UPLOAD_READ_CPU_SECONDS",
            ),
        },
    )
    def post(self, request: Request) -> Response:
        body = request.data  # reads the upload, through the size limit
        refused = uploads.refused_upload(request)
        if refused is not None:
            raise design_services.dataset_upload_too_large(name=refused)
        data = s.DatasetInputSerializer(data=body)
        data.is_valid(raise_exception=True)
        workspace = design_services.workspace_for_write(
            user=_user(request), workspace_id=data.validated_data.get("workspace"), current=current_workspace(request)
        )
        dataset = design_services.dataset_upload(
            workspace=workspace,
            user=_user(request),
            name=data.validated_data["name"],
            description=data.validated_data["description"],
            upload=data.validated_data["file"],
        )
        return Response(s.DatasetOutputSerializer(dataset).data, status=status.HTTP_201_CREATED)


class DatasetVersionDownloadView(APIView):
    @extend_schema(
        responses={(200, "application/octet-stream"): OpenApiTypes.BINARY},
        description="The stored table of one dataset version (Parquet, or an Arrow IPC file for a version "
        "written by Export Data), as the SDK's Dataset.to_pandas_dataframe() reads it.",
    )
    def get(self, request: Request, dataset_id: int, version: int) -> FileResponse:
        from runner.tables import table_file

        dataset = design.dataset_list(user=request.user).filter(pk=dataset_id).first()
        found = dataset.versions.filter(version=version).first() if dataset is not None else None
        if dataset is None or found is None:
            raise NotFound(f"dataset {dataset_id} has no version {version}")
        file = table_file(default_store().path(found.digest))
        if file is None:
            raise NotFound(f"dataset {dataset.name!r} version {version} has no table file")
        return FileResponse(
            file.open("rb"),
            as_attachment=True,
            filename=f"{dataset.name}-v{version}{file.suffix}",
            content_type="application/octet-stream",
        )


# --------------------------------------------------------------------------- endpoints


class EndpointListView(APIView):
    pagination_class = Pagination

    @extend_schema(
        parameters=[s.WorkspaceQuerySerializer],
        responses={200: s.EndpointOutputSerializer(many=True), 400: s.ErrorSerializer, 404: s.ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        endpoints = in_current_workspace(request, runs.endpoint_list(user=request.user))
        return _paginate(request, self, endpoints, s.EndpointOutputSerializer)


class EndpointScoreView(APIView):
    @extend_schema(
        request=s.ScoreInputSerializer,
        responses={
            200: s.ScoreOutputSerializer,
            502: OpenApiResponse(s.ErrorSerializer, description="the endpoint's scorer broke (see its log)"),
            503: OpenApiResponse(s.ErrorSerializer, description="the endpoint's scorer did not answer in time"),
        },
    )
    def post(self, request: Request, name: str) -> Response:
        from runner import endpoints

        endpoint = runs.endpoint_get(user=request.user, name=name)
        # Every answer from here on, an error too, goes into the endpoint's request log.
        with endpoints.recording(endpoint) as record:
            data = s.ScoreInputSerializer(data=request.data)
            data.is_valid(raise_exception=True)
            record.rows = len(data.validated_data["rows"])
            rows = endpoints.endpoint_answer(endpoint=endpoint, rows=data.validated_data["rows"])
        return Response({"rows": rows})


class EndpointLogView(APIView):
    @extend_schema(responses={200: s.EndpointLogOutputSerializer})
    def get(self, request: Request, name: str) -> Response:
        from runner.scoring import read_endpoint_log

        endpoint = runs.endpoint_get(user=request.user, name=name)
        return Response({"log": read_endpoint_log(endpoint.pk)})
