"""Request and response shapes of the schedules API (api/schedule_views.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.serializers import WorkspaceQuerySerializer
from runner import schedules
from runner.models import RunStatus, RunTrigger, Schedule, ScheduleKind

MAX_INT = 2**31 - 1  # what the columns hold


class ScheduleInputSerializer(serializers.Serializer[Any]):
    endpoint = serializers.CharField(max_length=63, help_text="the pipeline endpoint's name (on create only)")
    workspace = serializers.IntegerField(
        required=False, min_value=1, max_value=2**63 - 1, help_text="only when several of your workspaces have it"
    )
    name = serializers.CharField(required=False, max_length=200, help_text="defaults to a description of the rhythm")
    kind = serializers.ChoiceField(choices=ScheduleKind.choices)
    cron = serializers.CharField(
        required=False, allow_blank=True, max_length=120, help_text="5 fields: minute hour day-of-month month weekday"
    )
    timezone = serializers.CharField(
        required=False, max_length=64, help_text="IANA time zone of the cron expression (default UTC)"
    )
    interval_seconds = serializers.IntegerField(required=False, allow_null=True, max_value=MAX_INT)
    dataset = serializers.CharField(
        required=False, allow_null=True, allow_blank=True, max_length=200, help_text="a dataset of the workspace"
    )
    dataset_parameter = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=100,
        help_text="the pipeline parameter that receives the new dataset version's number",
    )
    version = serializers.IntegerField(
        required=False, allow_null=True, min_value=1, max_value=MAX_INT, help_text="null: the endpoint's default"
    )
    parameters = serializers.DictField(required=False, help_text="fixed pipeline parameter values")
    experiment = serializers.CharField(
        required=False,
        allow_blank=True,
        allow_null=True,
        max_length=200,
        help_text="the experiment its runs go to (created if new); blank: the pipeline's default experiment",
    )
    allow_overlap = serializers.BooleanField(
        required=False, help_text="start a run even while the previous one of this schedule is unfinished"
    )
    enabled = serializers.BooleanField(required=False)


class ScheduleRunSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    number = serializers.IntegerField()
    status = serializers.ChoiceField(choices=RunStatus.values)
    trigger = serializers.ChoiceField(choices=RunTrigger.values)
    parameters = serializers.DictField()
    created_at = serializers.DateTimeField()
    finished_at = serializers.DateTimeField(allow_null=True)


class ScheduleOutputSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()
    workspace = serializers.IntegerField(source="workspace_id")
    endpoint = serializers.CharField(source="endpoint.name")
    kind = serializers.ChoiceField(choices=ScheduleKind.choices)
    cron = serializers.CharField()
    timezone = serializers.CharField()
    interval_seconds = serializers.IntegerField(allow_null=True)
    dataset = serializers.CharField(source="dataset.name", allow_null=True, default=None)
    dataset_parameter = serializers.CharField()
    version = serializers.IntegerField(allow_null=True, help_text="null: the endpoint's default at fire time")
    parameters = serializers.DictField()
    experiment = serializers.CharField(
        source="experiment.name", default="", help_text="blank: each run goes to its pipeline's default experiment"
    )
    enabled = serializers.BooleanField()
    allow_overlap = serializers.BooleanField()
    last_fired_at = serializers.DateTimeField(allow_null=True)
    last_error = serializers.CharField(help_text="why the last fire could not start a run; empty after a run starts")
    next_fire_times = serializers.SerializerMethodField()
    recent_runs = serializers.SerializerMethodField()
    created_by = serializers.CharField(source="created_by.username", allow_null=True, default=None)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()

    @extend_schema_field(
        serializers.ListField(
            child=serializers.DateTimeField(), help_text="the next (at most 5) times; empty for dataset or disabled"
        )
    )
    def get_next_fire_times(self, schedule: Schedule) -> list[str]:
        field = serializers.DateTimeField()
        times: list[datetime] = schedules.next_fire_times(schedule)
        return [field.to_representation(t) for t in times]

    @extend_schema_field(ScheduleRunSerializer(many=True))
    def get_recent_runs(self, schedule: Schedule) -> Any:
        return ScheduleRunSerializer(schedules.recent_runs(schedule), many=True).data


class ScheduleListQuerySerializer(WorkspaceQuerySerializer):
    endpoint = serializers.CharField(
        required=False, max_length=63, help_text="only schedules of this pipeline endpoint"
    )
