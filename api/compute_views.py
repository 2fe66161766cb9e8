"""HTTP API for compute targets, the workers online and their queues; and run resume.

Kept beside views.py because it is the cluster side of the API: thin views over
designer.compute (targets) and runner.cluster (what Celery reports).
"""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers as s
from api.views import CONFLICT, _user
from designer import compute
from designer import services as design_services
from designer.context import current_workspace
from runner import cluster
from runner import selectors as runs
from runner import services as run_services

_TARGET_FIELDS = (
    "name",
    "description",
    "executor",
    "queue",
    "image",
    "requirements",
    "network",
    "cpus",
    "memory_mb",
    "timeout_seconds",
    "max_processes",
)


def _target_row(user_targets: list[dict[str, object]], target_id: int) -> dict[str, object]:
    row = next((t for t in user_targets if t["id"] == target_id), None)
    assert row is not None
    return row


class ComputeTargetListView(APIView):
    @extend_schema(
        parameters=[s.WorkspaceQuerySerializer],
        responses={200: s.ComputeTargetOutputSerializer(many=True), 400: s.ErrorSerializer, 404: s.ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        listed = compute.target_rows_for_user(user=_user(request), workspace=current_workspace(request))
        rows, _ = cluster.compute_overview(listed)
        return Response(s.ComputeTargetOutputSerializer(rows, many=True).data)

    @extend_schema(request=s.ComputeTargetInputSerializer, responses={201: s.ComputeTargetOutputSerializer, **CONFLICT})
    def post(self, request: Request) -> Response:
        data = s.ComputeTargetInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        workspace = design_services.workspace_for_write(
            user=_user(request), workspace_id=fields.pop("workspace", None), current=current_workspace(request)
        )
        target = compute.target_create(workspace=workspace, user=_user(request), fields=fields)
        rows, _ = cluster.compute_overview([_target_row(compute.target_rows_for_user(user=_user(request)), target.pk)])
        return Response(s.ComputeTargetOutputSerializer(rows[0]).data, status=status.HTTP_201_CREATED)


class ComputeTargetDetailView(APIView):
    @extend_schema(responses={200: s.ComputeTargetOutputSerializer})
    def get(self, request: Request, target_id: int) -> Response:
        user = _user(request)
        target = compute.target_get(user=user, target_id=target_id)
        rows, _ = cluster.compute_overview([_target_row(compute.target_rows_for_user(user=user), target.pk)])
        return Response(s.ComputeTargetOutputSerializer(rows[0]).data)

    @extend_schema(
        request=s.ComputeTargetInputSerializer(partial=True),
        responses={200: s.ComputeTargetOutputSerializer, **CONFLICT},
    )
    def patch(self, request: Request, target_id: int) -> Response:
        user = _user(request)
        target = compute.target_get(user=user, target_id=target_id)
        data = s.ComputeTargetInputSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        fields = {k: v for k, v in data.validated_data.items() if k in _TARGET_FIELDS}
        target = compute.target_update(target=target, user=user, fields=fields)
        rows, _ = cluster.compute_overview([_target_row(compute.target_rows_for_user(user=user), target.pk)])
        return Response(s.ComputeTargetOutputSerializer(rows[0]).data)

    @extend_schema(responses={204: None})
    def delete(self, request: Request, target_id: int) -> Response:
        user = _user(request)
        compute.target_delete(target=compute.target_get(user=user, target_id=target_id), user=user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class ClusterView(APIView):
    @extend_schema(responses={200: s.ClusterOutputSerializer, 503: s.ErrorSerializer})
    def get(self, request: Request) -> Response:
        targets = compute.target_rows_for_user(user=_user(request))
        _, state = cluster.compute_overview(targets)
        if state.broker_error:
            return Response({"message": state.broker_error, "extra": {}}, status=status.HTTP_503_SERVICE_UNAVAILABLE)
        # Workers and queues are the server's; a user sees the queues their targets use
        # and the workers serving them, not what other workspaces route where.
        mine = {str(t["queue"]) for t in targets}
        workers = [w.to_dict() for w in state.workers if mine & set(w.queues)]
        queues = [
            {"name": q, "length": state.queue_lengths.get(q), "workers": state.workers_for(q)} for q in sorted(mine)
        ]
        return Response(s.ClusterOutputSerializer({"workers": workers, "queues": queues}).data)


class RunResumeView(APIView):
    @extend_schema(
        request=s.RunResumeInputSerializer,
        responses={201: s.RunOutputSerializer, 400: s.ErrorSerializer},
        description="Start a new run that goes on from a failed or canceled one, linked to it by "
        "`resumed_from`: every step that finished in it is reused (non-deterministic ones too) "
        "where it is unchanged, the rest runs. By default the run's own snapshot is run again; "
        "with `from_draft` the pipeline's saved draft is, so a node fixed since and everything "
        "after it run.",
    )
    def post(self, request: Request, run_id: int) -> Response:
        run = runs.run_get(user=request.user, run_id=run_id)
        data = s.RunResumeInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        resume = run_services.run_resume_with_fix if data.validated_data["from_draft"] else run_services.run_resume
        resumed = resume(run=run, user=_user(request))
        return Response(runs.run_state(resumed), status=status.HTTP_201_CREATED)
