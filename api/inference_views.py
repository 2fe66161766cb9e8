"""HTTP API for inference pipelines: making one from a completed training run, and
deploying a real-time one as a version of a real-time endpoint.

Thin views over runner.inference, kept beside views.py like compute_views.py.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers as s
from api.views import _user
from designer import selectors as design
from designer.graph.inference import KINDS, REALTIME
from runner import inference
from runner import selectors as runs


class InferencePipelineInputSerializer(serializers.Serializer[Any]):
    kind = serializers.ChoiceField(choices=list(KINDS), default=REALTIME)
    # Which trained model to score with, when the run trained more than one.
    model_node = serializers.CharField(required=False, allow_blank=True, default="", max_length=100)
    # A batch inference pipeline is also published under this pipeline endpoint name.
    endpoint = serializers.CharField(required=False, allow_blank=True, default="", max_length=63)


class InferencePipelineOutputSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=list(KINDS))
    url = serializers.CharField(help_text="The canvas of the new pipeline.")
    api_url = serializers.CharField()
    published_version = serializers.IntegerField(allow_null=True)
    endpoint = serializers.CharField(allow_blank=True)


class DeployInputSerializer(serializers.Serializer[Any]):
    endpoint = serializers.CharField(max_length=63)
    make_live = serializers.BooleanField(required=False, default=False)


class DeployOutputSerializer(serializers.Serializer[Any]):
    endpoint = serializers.CharField()
    version = serializers.IntegerField()
    kind = serializers.CharField()
    live = serializers.BooleanField()
    score_url = serializers.CharField()
    url = serializers.CharField(help_text="The endpoint's page.")


class InferencePipelineView(APIView):
    @extend_schema(
        request=InferencePipelineInputSerializer,
        responses={
            201: InferencePipelineOutputSerializer,
            400: OpenApiResponse(s.ErrorSerializer, description="the run is not completed or trained no model"),
        },
    )
    def post(self, request: Request, run_id: int) -> Response:
        run = runs.run_get(user=request.user, run_id=run_id)
        data = InferencePipelineInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        pipeline, published = inference.inference_pipeline_create(
            run=run,
            user=_user(request),
            kind=data.validated_data["kind"],
            model_node=data.validated_data["model_node"] or None,
            endpoint_name=data.validated_data["endpoint"],
        )
        body = {
            "id": pipeline.pk,
            "name": pipeline.name,
            "kind": data.validated_data["kind"],
            "url": f"/pipelines/{pipeline.pk}/",
            "api_url": f"/api/pipelines/{pipeline.pk}/",
            "published_version": published.version if published else None,
            "endpoint": published.endpoint.name if published else "",
        }
        return Response(body, status=status.HTTP_201_CREATED)


class PipelineDeployView(APIView):
    @extend_schema(
        request=DeployInputSerializer,
        responses={
            201: DeployOutputSerializer,
            400: OpenApiResponse(s.ErrorSerializer, description="not a real-time inference pipeline, or broken"),
        },
    )
    def post(self, request: Request, pipeline_id: int) -> Response:
        pipeline = design.pipeline_get(user=request.user, pipeline_id=pipeline_id)
        data = DeployInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        version = inference.pipeline_deploy(
            pipeline=pipeline,
            user=_user(request),
            endpoint_name=data.validated_data["endpoint"],
            make_live=data.validated_data["make_live"],
        )
        endpoint = version.endpoint
        endpoint.refresh_from_db(fields=["live"])
        body = {
            "endpoint": endpoint.name,
            "version": version.version,
            "kind": version.kind,
            "live": endpoint.live_id == version.pk,
            "score_url": f"/api/endpoints/{endpoint.name}/score/",
            "url": f"/endpoints/{endpoint.name}/",
        }
        return Response(body, status=status.HTTP_201_CREATED)
