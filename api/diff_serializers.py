"""Serializers of the diff answers (designer/graph/diff.py, designer/versions.py
`version_diff`, runner/run_diffs.py); no logic here."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from api.serializers import MAX_ID, JSONField, RunMainMetricSerializer
from api.version_serializers import VersionOutputSerializer

CHANGE_HELP = "added, removed or changed"


class ValueChangeSerializer(serializers.Serializer[Any]):
    name = serializers.CharField()
    change = serializers.CharField(help_text=CHANGE_HELP)
    old = JSONField(allow_null=True, help_text="the value before (null when added)")
    new = JSONField(allow_null=True, help_text="the value after (null when removed)")
    line_diff = serializers.ListField(
        child=serializers.CharField(allow_blank=True),
        allow_null=True,
        help_text='for a script (a code or text parameter): a unified diff, hunks only ("@@ ...", " kept", '
        '"-old", "+new"); null for other values',
    )


class PointSerializer(serializers.Serializer[Any]):
    x = serializers.FloatField()
    y = serializers.FloatField()


class PositionChangeSerializer(serializers.Serializer[Any]):
    old = PointSerializer()
    new = PointSerializer()


class NodeDiffSerializer(serializers.Serializer[Any]):
    id = serializers.CharField()
    change = serializers.CharField(help_text="added, removed, changed, or moved (only its position changed)")
    module = serializers.CharField(help_text="the new node's module (the old one's when removed)")
    label = serializers.CharField(allow_blank=True)  # type: ignore[assignment]  # a field, not Field.label
    fields = ValueChangeSerializer(  # type: ignore[assignment]  # a field, not Serializer.fields
        many=True, help_text="node fields that changed: module, version, label, comment, compute, reuse, ..."
    )
    params = ValueChangeSerializer(many=True, help_text="parameters added, removed or changed")
    position = PositionChangeSerializer(allow_null=True, help_text="where it was and is, when it moved")
    node = JSONField(allow_null=True, help_text="the whole node, for an added or removed one")


class WireDiffSerializer(serializers.Serializer[Any]):
    change = serializers.CharField(help_text="added or removed")
    source = serializers.CharField()  # type: ignore[assignment]  # a field, not Field.source
    source_port = serializers.CharField()
    target = serializers.CharField()
    target_port = serializers.CharField()


class WireSourceSerializer(serializers.Serializer[Any]):
    source = serializers.CharField()  # type: ignore[assignment]  # a field, not Field.source
    source_port = serializers.CharField()


class InputOrderSerializer(serializers.Serializer[Any]):
    target = serializers.CharField()
    target_port = serializers.CharField()
    old = WireSourceSerializer(many=True, help_text="the input's wires before, in the order the module gets them")
    new = WireSourceSerializer(many=True)


class GraphDiffSummarySerializer(serializers.Serializer[Any]):
    nodes_added = serializers.IntegerField()
    nodes_removed = serializers.IntegerField()
    nodes_changed = serializers.IntegerField()
    nodes_moved = serializers.IntegerField()
    wires_added = serializers.IntegerField()
    wires_removed = serializers.IntegerField()
    inputs_reordered = serializers.IntegerField()
    parameters_changed = serializers.IntegerField()


class GraphDiffSerializer(serializers.Serializer[Any]):
    identical = serializers.BooleanField(help_text="nothing changed, not even a position")
    summary = GraphDiffSummarySerializer()
    nodes = NodeDiffSerializer(many=True, help_text="the nodes that differ, by id; nodes are matched by id")
    wires = WireDiffSerializer(many=True, help_text="wires added or removed, by target then source")
    reordered_inputs = InputOrderSerializer(
        many=True, help_text="many-wire inputs whose wires (those kept) come in another order"
    )
    parameters = ValueChangeSerializer(
        many=True, help_text="pipeline parameters added, removed or changed (old/new: {type, default})"
    )
    compute = ValueChangeSerializer(allow_null=True, help_text="the pipeline's default compute target, if changed")


# --------------------------------------------------------------------------- versions


class VersionDiffQuerySerializer(serializers.Serializer[Any]):
    # "from" is a Python keyword: the fields are named here rather than as attributes.
    def get_fields(self) -> dict[str, serializers.Field[Any, Any, Any, Any]]:
        return {
            "from": serializers.IntegerField(min_value=1, max_value=MAX_ID, help_text="the version to compare from"),
            "to": serializers.IntegerField(min_value=1, max_value=MAX_ID, help_text="the version to compare with it"),
        }


class VersionDiffSerializer(serializers.Serializer[Any]):
    pipeline = serializers.IntegerField()
    old = VersionOutputSerializer(help_text="the version compared from (?from=)")
    new = VersionOutputSerializer(help_text="the version compared with it (?to=)")
    diff = GraphDiffSerializer()


# --------------------------------------------------------------------------- runs


class RunDiffQuerySerializer(serializers.Serializer[Any]):
    a = serializers.IntegerField(min_value=1, max_value=MAX_ID, help_text="the run to compare from")
    b = serializers.IntegerField(min_value=1, max_value=MAX_ID, help_text="the run to compare with it")


class RunDiffRunSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    pipeline = serializers.IntegerField()
    pipeline_name = serializers.CharField()
    number = serializers.IntegerField()
    status = serializers.CharField()
    pipeline_revision = serializers.IntegerField()
    experiment = serializers.CharField(allow_blank=True)
    created_at = serializers.DateTimeField()
    main_metric = RunMainMetricSerializer(allow_null=True)


class RunDiffStepSerializer(serializers.Serializer[Any]):
    status = serializers.CharField()
    module = serializers.CharField()
    version = serializers.CharField()
    reused = serializers.BooleanField(help_text="the step took over an earlier step's outputs instead of running")
    reused_from_run = serializers.IntegerField(allow_null=True, help_text="the run whose step it reused")
    error = serializers.CharField(allow_blank=True)


class OutputComparisonSerializer(serializers.Serializer[Any]):
    port = serializers.CharField()
    a = serializers.CharField(allow_null=True, help_text="the artifact digest in run a")
    b = serializers.CharField(allow_null=True, help_text="the artifact digest in run b")
    equal = serializers.BooleanField(help_text="the same artifact (digests are of the content)")


class MetricDeltaSerializer(serializers.Serializer[Any]):
    name = serializers.CharField()
    a = serializers.FloatField(allow_null=True)
    b = serializers.FloatField(allow_null=True)
    delta = serializers.FloatField(allow_null=True, help_text="b - a, when both runs have it")


class RunDiffNodeSerializer(serializers.Serializer[Any]):
    node_id = serializers.CharField()
    graph_change = serializers.CharField(help_text="added, removed, changed, moved or unchanged (see graph.nodes)")
    a = RunDiffStepSerializer(allow_null=True, help_text="its step in run a; null when run a has none")
    b = RunDiffStepSerializer(allow_null=True, help_text="its step in run b; null when run b has none")
    outputs = OutputComparisonSerializer(many=True)
    outputs_equal = serializers.BooleanField(
        allow_null=True, help_text="every output the same artifact; null while either step has none to compare"
    )
    metrics = MetricDeltaSerializer(many=True, help_text="what the node's step recorded in either run")


class RunDiffSerializer(serializers.Serializer[Any]):
    a = RunDiffRunSerializer()
    b = RunDiffRunSerializer()
    graph = GraphDiffSerializer(help_text="from the graph run a froze to the one run b froze")
    parameters = ValueChangeSerializer(many=True, help_text="the run parameter values that differ")
    main_metric_delta = serializers.FloatField(
        allow_null=True, help_text="b - a of the main metric, when both runs have the same one"
    )
    nodes = RunDiffNodeSerializer(many=True, help_text="every node of either run, by id")
