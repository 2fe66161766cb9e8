"""Small input and output serializers; no business logic lives here."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from designer.graph import nesting
from designer.models import Dataset, DatasetVersion, Membership, Module, ModuleVersion, Pipeline, SourceSnapshot
from runner.models import EndpointKind, RunStatus, RunTrigger
from runner.selectors import pipeline_published_as, run_origin

# Ids are 64-bit database keys; a larger number is a bad request, not a query that
# crashes the database driver.
MAX_ID = 2**63 - 1


class JSONField(serializers.JSONField):
    """DRF's JSONField, holding JSON that a form or multipart body carries as text (which
    the JSON parser never sees) to the same depth limit as a JSON body."""

    default_error_messages = {"too_deep": nesting.too_deep_message()}

    def to_internal_value(self, data: Any) -> Any:
        if self.binary or getattr(data, "is_json_string", False):
            try:
                return nesting.loads(data.decode() if isinstance(data, bytes) else data)
            except nesting.TooDeep:
                self.fail("too_deep")
            except ValueError:
                self.fail("invalid")
        if nesting.too_deep_at(data) is not None:
            self.fail("too_deep")
        return super().to_internal_value(data)


class ErrorSerializer(serializers.Serializer[Any]):
    message = serializers.CharField()
    extra = serializers.DictField()


class ProblemSerializer(serializers.Serializer[Any]):
    node_id = serializers.CharField(allow_null=True)
    port = serializers.CharField(allow_null=True)
    param = serializers.CharField(allow_null=True)
    message = serializers.CharField()
    severity = serializers.ChoiceField(choices=["error", "warning"])


class ValidationInputSerializer(serializers.Serializer[Any]):
    graph = JSONField(
        required=False,
        help_text="a graph to check instead of the stored one (the canvas's unsaved edits); nothing is saved",
    )


class ValidationOutputSerializer(serializers.Serializer[Any]):
    ok = serializers.BooleanField()
    problems = ProblemSerializer(many=True)


# --------------------------------------------------------------------------- modules


class ModuleVersionOutputSerializer(serializers.ModelSerializer[ModuleVersion]):
    class Meta:
        model = ModuleVersion
        fields = ["version", "status", "code_digest", "environment_digest", "created_at"]


class ModuleOutputSerializer(serializers.Serializer[Any]):
    """A module as the palette sees it: its default version's spec, flattened."""

    slug = serializers.CharField()
    version = serializers.CharField()
    name = serializers.CharField()
    category = serializers.CharField()
    description = serializers.CharField()
    keywords = serializers.ListField(
        child=serializers.CharField(), help_text="Other words the palette's search finds the module by."
    )
    status = serializers.CharField()
    builtin = serializers.BooleanField()
    deterministic = serializers.BooleanField()
    inputs = serializers.ListField(child=serializers.DictField())
    outputs = serializers.ListField(child=serializers.DictField())
    params = serializers.ListField(child=serializers.DictField())
    versions = ModuleVersionOutputSerializer(many=True)

    @staticmethod
    def from_module(module: Module) -> dict[str, Any]:
        versions = list(module.versions.all())
        default = next((v for v in versions if v.version == module.default_version), versions[-1])
        spec = default.spec
        return {
            "slug": module.slug,
            "version": default.version,
            "name": spec["name"],
            "category": spec["category"],
            "description": spec.get("description", ""),
            "keywords": spec.get("keywords", []),
            "status": default.status,
            "builtin": module.builtin,
            "deterministic": spec.get("deterministic", True),
            "inputs": spec.get("inputs", []),
            "outputs": spec.get("outputs", []),
            "params": spec.get("params", []),
            "versions": versions,
        }


# --------------------------------------------------------------------------- pipelines


class PipelineInputSerializer(serializers.Serializer[Any]):
    name = serializers.CharField(max_length=200)
    description = serializers.CharField(required=False, allow_blank=True, default="")
    graph = JSONField(required=False)
    workspace = serializers.IntegerField(required=False)


class SchemaInputSerializer(serializers.Serializer[Any]):
    graph = JSONField(help_text="a graph document (the canvas's, saved or not)")


class ColumnSerializer(serializers.Serializer[Any]):
    name = serializers.CharField()
    type = serializers.CharField(help_text="the pandas dtype a step would see; empty when not known")
    values = serializers.ListField(
        child=serializers.CharField(), required=False, help_text="every value, when known without running"
    )


class PortSchemaSerializer(serializers.Serializer[Any]):
    source = serializers.ChoiceField(choices=["declared", "propagated", "last_known", "unknown"])  # type: ignore[assignment]  # a field, not Field.source
    columns = ColumnSerializer(many=True, allow_null=True, help_text="null when unknown")
    label = serializers.CharField(allow_null=True, help_text="the column marked as the label")  # type: ignore[assignment]  # a field, not Field.label
    suggested_label = serializers.CharField(allow_null=True, help_text="the label its data source declares")
    incomplete = serializers.CharField(
        allow_blank=True, help_text="non-empty: more columns follow, which the data decides"
    )
    reason = serializers.CharField(allow_blank=True, help_text="why it is unknown (or only last known)")
    run = serializers.IntegerField(allow_null=True, help_text="last_known: the number of the run it comes from")


class NodeSchemaSerializer(serializers.Serializer[Any]):
    inputs = serializers.DictField(child=PortSchemaSerializer())
    outputs = serializers.DictField(child=PortSchemaSerializer())


class PipelineSchemaSerializer(serializers.Serializer[Any]):
    nodes = serializers.DictField(child=NodeSchemaSerializer())


class SourcePreviewQuerySerializer(serializers.Serializer[Any]):
    rows = serializers.IntegerField(required=False, default=100, min_value=1, max_value=1000, help_text="preview rows")


class SourcePreviewSerializer(serializers.Serializer[Any]):
    type = serializers.CharField()
    preview = serializers.DictField(help_text="as an output's preview: shape, column statistics, first rows")
    sampled = serializers.BooleanField(help_text="only the first rows of a large file were read")


class PipelineExportQuerySerializer(serializers.Serializer[Any]):
    format = serializers.ChoiceField(
        choices=["python", "yaml"],
        help_text="python: SDK code that saves the pipeline again when run; yaml: a pipeline file to import",
    )


class PipelineImportSerializer(serializers.Serializer[Any]):
    """A pipeline file as a multipart upload. The file may also be the whole body
    (YAML or JSON), with name and workspace as query parameters."""

    file = serializers.FileField(help_text="a pipeline file (YAML, or the same schema as JSON) or a graph document")
    name = serializers.CharField(
        max_length=200, required=False, help_text="the new pipeline's name instead of the file's"
    )
    workspace = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="the workspace to create it in"
    )


class PipelineImportQuerySerializer(serializers.Serializer[Any]):
    name = serializers.CharField(
        max_length=200, required=False, help_text="the new pipeline's name instead of the file's"
    )
    workspace = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="the workspace to create it in"
    )


class PipelineUpdateSerializer(serializers.Serializer[Any]):
    revision = serializers.IntegerField(help_text="the revision this edit is based on; a stale one gets 409")
    name = serializers.CharField(max_length=200, required=False)
    description = serializers.CharField(required=False, allow_blank=True)
    graph = JSONField(required=False)
    message = serializers.CharField(
        required=False, allow_blank=True, max_length=300, help_text="kept with the version this save makes"
    )


class NodePatchSerializer(serializers.Serializer[Any]):
    """A JSON Merge Patch (RFC 7396) of one node, plus the revision it is based on:
    `params` and `position` merge key by key, null removes a key (a parameter goes back
    to the module's default), any other field given replaces the node's."""

    revision = serializers.IntegerField(
        min_value=0, max_value=MAX_ID, help_text="the revision this edit is based on; a stale one gets 409"
    )
    params = JSONField(required=False, allow_null=True, help_text="merged into the node's params; null removes one")
    position = JSONField(required=False, allow_null=True, help_text="{x, y}, merged")
    label = serializers.CharField(required=False, allow_blank=True, allow_null=True)  # type: ignore[assignment]  # a field, not Field.label
    comment = serializers.CharField(required=False, allow_blank=True, allow_null=True)
    compute = serializers.CharField(required=False, allow_null=True, help_text="a compute target's name")
    version = serializers.CharField(required=False, allow_null=True, help_text="null: the module's default")
    reuse = serializers.BooleanField(required=False, allow_null=True)
    timeout_seconds = serializers.FloatField(required=False, allow_null=True)
    max_retries = serializers.IntegerField(required=False, allow_null=True)
    retry_on = serializers.ListField(child=serializers.CharField(), required=False, allow_null=True)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        # DRF drops unknown keys silently; a misspelt field would be a no-op save.
        given = self.initial_data if isinstance(self.initial_data, dict) else {}
        unknown = sorted(set(given) - set(self.fields))
        if unknown:
            raise serializers.ValidationError(f"unknown field(s): {', '.join(unknown)}")
        return attrs


class RunBriefSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    number = serializers.IntegerField()
    status = serializers.CharField()


class PipelineOutputSerializer(serializers.ModelSerializer[Pipeline]):
    last_run = serializers.SerializerMethodField()

    class Meta:
        model = Pipeline
        fields = ["id", "workspace", "name", "description", "graph", "revision", "created_at", "updated_at", "last_run"]

    def get_last_run(self, obj: Pipeline) -> dict[str, Any] | None:
        run = obj.runs.order_by("-id").values("id", "number", "status").first()
        return dict(run) if run else None


class PublishedAsSerializer(serializers.Serializer[Any]):
    endpoint = serializers.CharField(help_text="the pipeline endpoint's name")
    version = serializers.IntegerField(help_text="the newest version published from this pipeline")


class PipelineDetailSerializer(PipelineOutputSerializer):
    """One pipeline, with where it is published (the canvas links each endpoint's page)
    and your role in its workspace (the canvas opens read-only for a viewer rather than
    let edits fail on save)."""

    published_as = serializers.SerializerMethodField()
    role = serializers.SerializerMethodField(
        help_text="your role in the pipeline's workspace: a viewer may look but change nothing (every change is a 403)"
    )

    class Meta(PipelineOutputSerializer.Meta):
        fields = [*PipelineOutputSerializer.Meta.fields, "published_as", "role"]

    @extend_schema_field(serializers.ChoiceField(choices=Membership.ROLES))
    def get_role(self, obj: Pipeline) -> str:
        # The view looks the role up for the requesting user (the pipeline cannot know who asks).
        return str(self.context["role"])

    @extend_schema_field(PublishedAsSerializer(many=True))
    def get_published_as(self, obj: Pipeline) -> list[dict[str, Any]]:
        return pipeline_published_as(pipeline=obj)


class RunInputSerializer(serializers.Serializer[Any]):
    parameters = serializers.DictField(required=False, default=dict)
    force_rerun = serializers.BooleanField(required=False, default=False)
    experiment = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=200,
        help_text="the experiment the run goes to, by name (created if new); blank: the one named after the pipeline",
    )
    continue_on_failure = serializers.BooleanField(
        required=False, default=False, help_text="a failed step skips only its own downstream steps"
    )


class RunResumeInputSerializer(serializers.Serializer[Any]):
    from_draft = serializers.BooleanField(
        required=False,
        default=False,
        help_text="resume with the pipeline's saved draft (the failed node fixed) instead of the run's own snapshot; "
        "either way the steps that finished in the run are reused where they are unchanged",
    )


# --------------------------------------------------------------------------- runs


class StepOutputSerializer(serializers.Serializer[Any]):
    node_id = serializers.CharField()
    module = serializers.CharField()
    version = serializers.CharField()
    status = serializers.CharField()
    error = serializers.CharField()
    reason = serializers.CharField()
    reasons = serializers.ListField(child=serializers.CharField())
    progress = serializers.FloatField(allow_null=True)
    progress_message = serializers.CharField()
    attempts = serializers.IntegerField()
    compute = serializers.CharField(help_text="the compute target the step ran on")
    worker = serializers.CharField(help_text="the Celery worker that ran it")
    outputs = serializers.DictField(child=serializers.CharField())
    metrics = serializers.DictField()
    images = serializers.ListField(child=serializers.CharField())
    reused_from_run = serializers.IntegerField(allow_null=True)
    queued_at = serializers.DateTimeField(allow_null=True)
    started_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)


class StepDetailSerializer(StepOutputSerializer):
    traceback = serializers.CharField()
    cache_key = serializers.CharField()
    cache_components = serializers.DictField(allow_null=True)


class PublishedVersionRefSerializer(serializers.Serializer[Any]):
    endpoint = serializers.CharField()
    version = serializers.IntegerField()


class ScheduleRefSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()


class RunOriginSerializer(serializers.Serializer[Any]):
    """What started a run (runner.selectors.run_origin)."""

    trigger = serializers.ChoiceField(
        choices=RunTrigger.values,
        help_text="manual (the canvas or the API), endpoint (a published pipeline's trigger), schedule, dataset",
    )
    published_version = PublishedVersionRefSerializer(
        allow_null=True, help_text="the published version the run ran, if any"
    )
    schedule = ScheduleRefSerializer(allow_null=True, help_text="the schedule that started the run, if one did")


class RunNumberSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    number = serializers.IntegerField(help_text="the run's number within its pipeline")


class RunOutputSerializer(RunOriginSerializer):
    id = serializers.IntegerField()
    pipeline = serializers.IntegerField()
    number = serializers.IntegerField()
    status = serializers.CharField()
    experiment = serializers.CharField(help_text="the name of the experiment the run belongs to")
    experiment_id = serializers.IntegerField(allow_null=True)
    parameters = serializers.DictField()
    force_rerun = serializers.BooleanField()
    continue_on_failure = serializers.BooleanField()
    resumed_from = serializers.IntegerField(allow_null=True, help_text="id of the run this one resumed")
    resumed_from_number = serializers.IntegerField(
        allow_null=True, help_text="the number of the run this one resumed, within the pipeline"
    )
    resumed_by = RunNumberSerializer(many=True, help_text="the runs that resumed this one, oldest first")
    pipeline_revision = serializers.IntegerField()
    error = serializers.CharField()
    created_by = serializers.CharField(allow_null=True)
    created_at = serializers.DateTimeField()
    started_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)
    steps = StepOutputSerializer(many=True)


class RunDetailSerializer(RunOutputSerializer):
    graph = JSONField(help_text="the graph document frozen when the run was submitted")


class RunStatusSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    pipeline = serializers.IntegerField()
    number = serializers.IntegerField()
    status = serializers.ChoiceField(choices=RunStatus.values)
    error = serializers.CharField()
    steps_total = serializers.IntegerField()
    steps = serializers.DictField(
        child=serializers.IntegerField(), help_text="how many steps are in each step status (every status listed)"
    )
    created_at = serializers.DateTimeField()
    started_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)


class WorkspaceQuerySerializer(serializers.Serializer[Any]):
    """The workspace a list is of (designer/context.py): without it, the one the session
    switched to, else all of the user's."""

    workspace = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_ID,
        help_text="only this workspace's (one of yours; another is a 404); default: the workspace you "
        "switched to in the browser, else all of yours",
    )


class RunListQuerySerializer(WorkspaceQuerySerializer):
    pipeline = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="only runs of this pipeline"
    )
    status = serializers.ChoiceField(choices=RunStatus.values, required=False, help_text="only runs in this state")


class StepOutputQuerySerializer(serializers.Serializer[Any]):
    rows = serializers.IntegerField(
        required=False, default=100, min_value=1, max_value=1000, help_text="preview rows (DataFrame)"
    )
    download = serializers.BooleanField(
        required=False, default=False, help_text="return the raw file instead of a preview"
    )


class RunMainMetricSerializer(serializers.Serializer[Any]):
    name = serializers.CharField()
    value = serializers.FloatField()
    node_id = serializers.CharField(help_text="the node whose step recorded it")


class RunListItemSerializer(RunOriginSerializer):
    id = serializers.IntegerField()
    pipeline = serializers.IntegerField(source="pipeline_id")
    pipeline_name = serializers.CharField(source="pipeline.name")
    number = serializers.IntegerField()
    status = serializers.CharField()
    experiment = serializers.CharField(source="experiment.name", default="", help_text="its experiment's name")
    experiment_id = serializers.IntegerField(allow_null=True)
    main_metric = serializers.SerializerMethodField(help_text="the run's main metric, if it recorded one")
    resumed_from = serializers.IntegerField(
        source="resumed_from_id", allow_null=True, help_text="id of the run this one resumed"
    )
    resumed_from_number = serializers.IntegerField(
        source="resumed_from.number", allow_null=True, default=None, help_text="the number of the run this one resumed"
    )
    created_by = serializers.CharField(source="created_by.username", allow_null=True)
    created_at = serializers.DateTimeField()
    started_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)

    def to_representation(self, instance: Any) -> dict[str, Any]:
        data: dict[str, Any] = super().to_representation(instance)
        if not isinstance(instance, dict):
            data.update(run_origin(instance))
        return data

    @extend_schema_field(RunMainMetricSerializer(allow_null=True))
    def get_main_metric(self, obj: Any) -> dict[str, Any] | None:
        # The list view works these out for its page in one query (runner.experiments.main_metrics).
        mains: dict[int, dict[str, Any]] = self.context.get("main_metrics", {})
        return mains.get(obj.pk)


class LogSourceSerializer(serializers.Serializer[Any]):
    run = serializers.IntegerField(help_text="the run whose step made the output this step reused")
    number = serializers.IntegerField(help_text="that run's number in its pipeline")
    node_id = serializers.CharField(help_text="the node of that run whose log this is")


class LogOutputSerializer(serializers.Serializer[Any]):
    text = serializers.CharField()
    made_by = LogSourceSerializer(
        allow_null=True,
        help_text="for a reused step, the run that made its output: the text is that run's log",
    )


# --------------------------------------------------------------------------- datasets


class DatasetVersionOutputSerializer(serializers.ModelSerializer[DatasetVersion]):
    class Meta:
        model = DatasetVersion
        fields = ["version", "digest", "row_count", "column_count", "source_name", "created_at"]


class DatasetOutputSerializer(serializers.ModelSerializer[Dataset]):
    versions = DatasetVersionOutputSerializer(many=True, read_only=True)

    class Meta:
        model = Dataset
        fields = ["id", "workspace", "name", "description", "created_at", "versions"]


class DatasetInputSerializer(serializers.Serializer[Any]):
    name = serializers.CharField(max_length=200)
    description = serializers.CharField(required=False, allow_blank=True, default="")
    file = serializers.FileField(help_text="CSV, TSV, Parquet or JSON lines")
    workspace = serializers.IntegerField(required=False)


class ModulePublishSerializer(serializers.Serializer[Any]):
    spec = JSONField(help_text="the module spec: an object, or JSON/YAML text")
    code = serializers.CharField(trim_whitespace=False, help_text="Python source defining the entrypoint function")
    workspace = serializers.IntegerField(required=False)


class ModuleVersionUpdateSerializer(serializers.Serializer[Any]):
    status = serializers.ChoiceField(choices=["active", "deprecated", "disabled"], required=False)
    default = serializers.BooleanField(required=False, default=False)


class EndpointOutputSerializer(serializers.Serializer[Any]):
    name = serializers.CharField()
    live_version = serializers.IntegerField(
        source="live.version", allow_null=True, help_text="the version callers get; null before the first deploy"
    )
    task = serializers.CharField()
    feature_columns = serializers.ListField(child=serializers.CharField())
    model_digest = serializers.CharField()
    transform_digest = serializers.CharField()
    updated_at = serializers.DateTimeField()


class ScoreInputSerializer(serializers.Serializer[Any]):
    rows = serializers.ListField(child=serializers.DictField(), min_length=1, max_length=10_000)


class ScoreOutputSerializer(serializers.Serializer[Any]):
    rows = serializers.ListField(child=serializers.DictField())


class EndpointLogOutputSerializer(serializers.Serializer[Any]):
    log = serializers.CharField(
        help_text="the end of what the endpoint's model printed, and the scorer's starts and stops"
    )


class EndpointVersionOutputSerializer(serializers.Serializer[Any]):
    version = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=EndpointKind.choices)
    live = serializers.BooleanField(help_text="whether callers get this version now")
    task = serializers.CharField()
    feature_columns = serializers.ListField(child=serializers.CharField())
    model_digest = serializers.CharField()
    transform_digest = serializers.CharField()
    run = serializers.IntegerField(allow_null=True, help_text="the run whose deploy step made this version")
    created_by = serializers.CharField(allow_null=True)
    created_at = serializers.DateTimeField()


class EndpointStatsSerializer(serializers.Serializer[Any]):
    window_seconds = serializers.IntegerField(help_text="the statistics cover this many seconds back")
    requests = serializers.IntegerField(help_text="requests in the window (at most its newest 1000)")
    error_count = serializers.IntegerField(help_text="of those, answered with a 4xx or 5xx")
    server_error_count = serializers.IntegerField(help_text="of those, answered with a 5xx")
    p50_ms = serializers.FloatField(allow_null=True, help_text="median time to answer, in milliseconds")
    p95_ms = serializers.FloatField(allow_null=True)


class EndpointLiveChangeSerializer(serializers.Serializer[Any]):
    version = serializers.IntegerField()
    action = serializers.ChoiceField(choices=["deploy", "promote", "rollback"])
    changed_by = serializers.CharField(allow_null=True)
    changed_at = serializers.DateTimeField()


class EndpointDetailSerializer(serializers.Serializer[Any]):
    name = serializers.CharField()
    live_version = serializers.IntegerField(allow_null=True)
    rollback_to = serializers.IntegerField(
        allow_null=True, help_text="the version POST .../rollback/ would make live; null when there is none"
    )
    task = serializers.CharField()
    feature_columns = serializers.ListField(child=serializers.CharField())
    score_url = serializers.CharField()
    versions = EndpointVersionOutputSerializer(many=True)
    stats = EndpointStatsSerializer()
    history = EndpointLiveChangeSerializer(many=True, help_text="every change of the live version, oldest first")
    updated_at = serializers.DateTimeField()


class EndpointPromoteSerializer(serializers.Serializer[Any]):
    version = serializers.IntegerField(min_value=1, max_value=2_147_483_647)


class EndpointRequestOutputSerializer(serializers.Serializer[Any]):
    version = serializers.IntegerField(allow_null=True, help_text="the version that was live")
    status_code = serializers.IntegerField()
    duration_ms = serializers.FloatField()
    rows = serializers.IntegerField()
    error = serializers.CharField()
    created_at = serializers.DateTimeField()


# --------------------------------------------------------------------------- compute


class ComputeTargetInputSerializer(serializers.Serializer[Any]):
    name = serializers.CharField(max_length=63)
    description = serializers.CharField(required=False, allow_blank=True, max_length=300)
    executor = serializers.ChoiceField(choices=["local", "docker"], required=False)
    queue = serializers.CharField(required=False, max_length=100, help_text="the Celery queue its workers serve")
    image = serializers.CharField(required=False, allow_blank=True, max_length=300)
    requirements = serializers.ListField(child=serializers.CharField(max_length=200), required=False, max_length=200)
    network = serializers.BooleanField(required=False)
    cpus = serializers.FloatField(required=False, allow_null=True, min_value=0.01)
    memory_mb = serializers.IntegerField(required=False, allow_null=True, min_value=1)
    timeout_seconds = serializers.IntegerField(required=False, allow_null=True, min_value=1)
    max_processes = serializers.IntegerField(required=False, allow_null=True, min_value=1)
    workspace = serializers.IntegerField(required=False, help_text="defaults to your own workspace")


class ComputeTargetOutputSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField(allow_null=True, help_text="null for the built-in default target")
    name = serializers.CharField()
    description = serializers.CharField()
    scope = serializers.ChoiceField(choices=["builtin", "server", "workspace"])
    workspace = serializers.IntegerField(allow_null=True)
    executor = serializers.CharField()
    queue = serializers.CharField()
    image = serializers.CharField()
    requirements = serializers.ListField(child=serializers.CharField())
    network = serializers.BooleanField()
    cpus = serializers.FloatField(allow_null=True)
    memory_mb = serializers.IntegerField(allow_null=True)
    timeout_seconds = serializers.IntegerField(allow_null=True)
    max_processes = serializers.IntegerField(allow_null=True)
    workers = serializers.ListField(child=serializers.CharField(), help_text="workers online serving its queue")
    queue_length = serializers.IntegerField(allow_null=True, help_text="step messages waiting in its queue")


class WorkerOutputSerializer(serializers.Serializer[Any]):
    name = serializers.CharField()
    queues = serializers.ListField(child=serializers.CharField())
    active_tasks = serializers.IntegerField()
    concurrency = serializers.IntegerField(allow_null=True)
    pid = serializers.IntegerField(allow_null=True)


class QueueOutputSerializer(serializers.Serializer[Any]):
    name = serializers.CharField()
    length = serializers.IntegerField(allow_null=True)
    workers = serializers.ListField(child=serializers.CharField())


class ClusterOutputSerializer(serializers.Serializer[Any]):
    workers = WorkerOutputSerializer(many=True)
    queues = QueueOutputSerializer(many=True)


class SnapshotInputSerializer(serializers.Serializer[Any]):
    file = serializers.FileField(
        help_text="a zip archive of the source folder: plain files and folders with relative names only"
    )
    workspace = serializers.IntegerField(required=False, help_text="defaults to your own workspace")


class SnapshotQuerySerializer(serializers.Serializer[Any]):
    workspace = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="defaults to your own workspace"
    )


class SnapshotOutputSerializer(serializers.ModelSerializer[SourceSnapshot]):
    class Meta:
        model = SourceSnapshot
        fields = ["digest", "workspace", "size_bytes", "file_count", "created_at"]
