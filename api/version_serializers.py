"""Serializers of a pipeline's history (designer/versions.py); no logic here."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from api.serializers import MAX_ID
from designer.models import PipelineVersion
from designer.versions import NAME_MAX_LENGTH


class VersionOutputSerializer(serializers.ModelSerializer[PipelineVersion]):
    created_by: serializers.SlugRelatedField[Any] = serializers.SlugRelatedField(
        slug_field="username", read_only=True, allow_null=True
    )
    current = serializers.SerializerMethodField(help_text="whether this is the pipeline's draft as it is now")

    class Meta:
        model = PipelineVersion
        fields = ["number", "name", "message", "restored_from", "created_by", "created_at", "current"]

    def get_current(self, obj: PipelineVersion) -> bool:
        return bool(obj.number == self.context.get("revision"))


class VersionDetailSerializer(VersionOutputSerializer):
    graph = serializers.SerializerMethodField()

    class Meta(VersionOutputSerializer.Meta):
        fields = [*VersionOutputSerializer.Meta.fields, "graph"]

    def get_graph(self, obj: PipelineVersion) -> dict[str, Any]:
        graph: dict[str, Any] = self.context["graph"]
        return graph


class VersionNameSerializer(serializers.Serializer[Any]):
    name = serializers.CharField(
        max_length=NAME_MAX_LENGTH, allow_blank=True, help_text='"baseline", "v2"; blank removes the name'
    )


class VersionRestoreSerializer(serializers.Serializer[Any]):
    revision = serializers.IntegerField(
        min_value=0, max_value=MAX_ID, help_text="the draft's revision this restore replaces; a stale one gets 409"
    )
