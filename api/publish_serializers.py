"""Serializers of published pipelines: publishing a draft, pipeline endpoints and their
versions, and triggering a run over HTTP. Shapes only; the rules are in runner/publishing.py."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.serializers import MAX_ID
from runner.models import PipelineEndpoint, PublishedPipeline
from runner.publishing import version_parameters

# The most unfinished runs an endpoint may be allowed; more is a typo, not a plan.
MAX_CONCURRENT_RUNS = 1000


def endpoint_urls(name: str) -> dict[str, str]:
    return {
        "api": reverse("pipeline-endpoint-detail", args=[name]),
        "versions": reverse("pipeline-endpoint-versions", args=[name]),
        "runs": reverse("pipeline-endpoint-runs", args=[name]),
        # The endpoint's page in the app (the Endpoints pages).
        "page": f"/pipeline-endpoints/{name}/",
    }


class WorkspaceQuerySerializer(serializers.Serializer[Any]):
    workspace = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_ID,
        help_text="the workspace whose endpoint of this name is meant; without it, the one in the workspace "
        "where you create things by default (your highest role, then the oldest)",
    )


class PublishInputSerializer(serializers.Serializer[Any]):
    endpoint = serializers.CharField(
        max_length=63, help_text="the pipeline endpoint's name (created on first publish): a-z, 0-9 and '-'"
    )
    description = serializers.CharField(required=False, allow_blank=True, default="", max_length=2000)
    make_default = serializers.BooleanField(
        required=False, default=True, help_text="make the new version the one a trigger without a version runs"
    )


class ParameterSerializer(serializers.Serializer[Any]):
    name = serializers.CharField()
    type = serializers.CharField()
    default = serializers.JSONField(allow_null=True)
    # The serializer's own `required` attribute is not a field; this key is (DRF pops it).
    required = serializers.BooleanField(  # type: ignore[assignment]
        help_text="true when the parameter has no default: a run must send it"
    )


class PublishedVersionUrlsSerializer(serializers.Serializer[Any]):
    api = serializers.CharField()
    endpoint = serializers.CharField()
    runs = serializers.CharField()
    page = serializers.CharField()


class PublishedVersionOutputSerializer(serializers.ModelSerializer[PublishedPipeline]):
    endpoint = serializers.CharField(source="endpoint.name")
    is_default = serializers.SerializerMethodField()
    pipeline = serializers.IntegerField(source="pipeline_id")
    created_by = serializers.CharField(source="created_by.username", allow_null=True, default=None)
    parameters = serializers.SerializerMethodField()
    urls = serializers.SerializerMethodField()

    class Meta:
        model = PublishedPipeline
        fields = [
            "endpoint",
            "version",
            "is_default",
            "enabled",
            "description",
            "pipeline",
            "pipeline_revision",
            "parameters",
            "created_at",
            "created_by",
            "urls",
        ]

    def get_is_default(self, obj: PublishedPipeline) -> bool:
        return obj.endpoint.default_version == obj.version

    @extend_schema_field(ParameterSerializer(many=True))
    def get_parameters(self, obj: PublishedPipeline) -> list[dict[str, Any]]:
        return version_parameters(obj)

    @extend_schema_field(PublishedVersionUrlsSerializer)
    def get_urls(self, obj: PublishedPipeline) -> dict[str, str]:
        name = obj.endpoint.name
        urls = endpoint_urls(name)
        return {
            "api": reverse("pipeline-endpoint-version", args=[name, obj.version]),
            "endpoint": urls["api"],
            "runs": urls["runs"],
            "page": urls["page"],
        }


class PublishedVersionDetailSerializer(PublishedVersionOutputSerializer):
    graph = serializers.SerializerMethodField()

    class Meta(PublishedVersionOutputSerializer.Meta):
        fields = [*PublishedVersionOutputSerializer.Meta.fields, "graph"]

    @extend_schema_field(OpenApiTypes.OBJECT)
    def get_graph(self, obj: PublishedPipeline) -> dict[str, Any]:
        graph: dict[str, Any] = obj.snapshot["graph"]
        return graph


class EndpointUrlsSerializer(serializers.Serializer[Any]):
    api = serializers.CharField()
    versions = serializers.CharField()
    runs = serializers.CharField()
    page = serializers.CharField()


class PipelineEndpointOutputSerializer(serializers.ModelSerializer[PipelineEndpoint]):
    latest_version = serializers.IntegerField(allow_null=True, read_only=True)
    created_by = serializers.CharField(source="created_by.username", allow_null=True, default=None)
    urls = serializers.SerializerMethodField()

    class Meta:
        model = PipelineEndpoint
        fields = [
            "name",
            "workspace",
            "description",
            "default_version",
            "latest_version",
            "max_concurrent_runs",
            "created_at",
            "updated_at",
            "created_by",
            "urls",
        ]

    @extend_schema_field(EndpointUrlsSerializer)
    def get_urls(self, obj: PipelineEndpoint) -> dict[str, str]:
        return endpoint_urls(obj.name)


class PipelineEndpointUpdateSerializer(serializers.Serializer[Any]):
    description = serializers.CharField(required=False, allow_blank=True, max_length=2000)
    default_version = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="an existing, enabled version"
    )
    max_concurrent_runs = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_CONCURRENT_RUNS,
        help_text="triggers beyond this many unfinished runs of the endpoint are answered 429",
    )


class PublishedVersionUpdateSerializer(serializers.Serializer[Any]):
    enabled = serializers.BooleanField(
        help_text="a disabled version never runs; disabling the default makes triggers without a version a 409"
    )


class TriggerInputSerializer(serializers.Serializer[Any]):
    parameters = serializers.DictField(
        required=False, default=dict, help_text="pipeline parameter values, in their JSON types (see the version)"
    )
    version = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="the version to run; the default one without it"
    )
    experiment = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=200,
        help_text="the experiment the run goes to (created if new); blank: the pipeline's default experiment",
    )


class TriggerOutputSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    number = serializers.IntegerField()
    status = serializers.CharField()
    trigger = serializers.CharField()
    url = serializers.CharField(help_text="the run in the API (GET it for its state)")
    websocket = serializers.CharField(help_text="the path of the run's websocket (status, logs, progress)")
    pipeline = serializers.IntegerField(help_text="the draft pipeline whose history the run belongs to")
    endpoint = serializers.CharField()
    version = serializers.IntegerField(help_text="the published version that runs")
