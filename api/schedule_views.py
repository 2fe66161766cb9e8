"""HTTP API for schedules of pipeline endpoints: thin views over runner.schedules.

A schedule is found through the user's workspaces (another workspace's is a 404, and
creating one on another workspace's endpoint by name reads as if it did not exist).
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import schedule_serializers as s
from api.pagination import Pagination
from api.serializers import ErrorSerializer
from api.views import CONFLICT, _paginate, _query, _user
from designer.context import in_current_workspace
from runner import schedules


def _fields(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if key in schedules.FIELDS}


class ScheduleListView(APIView):
    pagination_class = Pagination

    @extend_schema(
        parameters=[s.ScheduleListQuerySerializer],
        responses={200: s.ScheduleOutputSerializer(many=True), 400: ErrorSerializer, 404: ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        query = _query(request, s.ScheduleListQuerySerializer)
        listed = in_current_workspace(
            request, schedules.schedule_list(user=_user(request), endpoint_name=query.get("endpoint"))
        )
        return _paginate(request, self, listed, s.ScheduleOutputSerializer)

    @extend_schema(request=s.ScheduleInputSerializer, responses={201: s.ScheduleOutputSerializer, **CONFLICT})
    def post(self, request: Request) -> Response:
        data = s.ScheduleInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user = _user(request)
        endpoint = schedules.endpoint_for_schedule(
            user=user, name=data.validated_data["endpoint"], workspace_id=data.validated_data.get("workspace")
        )
        schedule = schedules.schedule_create(endpoint=endpoint, user=user, fields=_fields(data.validated_data))
        return Response(s.ScheduleOutputSerializer(schedule).data, status=status.HTTP_201_CREATED)


class ScheduleDetailView(APIView):
    @extend_schema(responses={200: s.ScheduleOutputSerializer})
    def get(self, request: Request, schedule_id: int) -> Response:
        schedule = schedules.schedule_get(user=_user(request), schedule_id=schedule_id)
        return Response(s.ScheduleOutputSerializer(schedule).data)

    @extend_schema(
        request=s.ScheduleInputSerializer(partial=True),
        responses={200: s.ScheduleOutputSerializer, **CONFLICT},
        description="Change some fields (the endpoint and workspace stay); `enabled` turns it on and off.",
    )
    def patch(self, request: Request, schedule_id: int) -> Response:
        user = _user(request)
        schedule = schedules.schedule_get(user=user, schedule_id=schedule_id)
        data = s.ScheduleInputSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        schedule = schedules.schedule_update(schedule=schedule, user=user, fields=_fields(data.validated_data))
        return Response(s.ScheduleOutputSerializer(schedule).data)

    @extend_schema(responses={204: None})
    def delete(self, request: Request, schedule_id: int) -> Response:
        user = _user(request)
        schedules.schedule_delete(schedule=schedules.schedule_get(user=user, schedule_id=schedule_id), user=user)
        return Response(status=status.HTTP_204_NO_CONTENT)
