"""Run-time domain: a run of a pipeline and the steps it is made of."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from designer.models import Pipeline, Workspace


class RunStatus(models.TextChoices):
    QUEUED = "queued"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELED = "canceled"


class StepStatus(models.TextChoices):
    PENDING = "pending"
    QUEUED = "queued"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELED = "canceled"
    REUSED = "reused"
    SKIPPED = "skipped"


class RunTrigger(models.TextChoices):
    """What started a run: a person (the canvas, the API, the SDK), a call to a
    published pipeline's endpoint, a schedule, or a new version of a dataset."""

    MANUAL = "manual"
    ENDPOINT = "endpoint"
    SCHEDULE = "schedule"
    DATASET = "dataset"


RUN_FINISHED = frozenset({RunStatus.COMPLETED, RunStatus.FAILED, RunStatus.CANCELED})
STEP_FINISHED = frozenset(
    {StepStatus.COMPLETED, StepStatus.FAILED, StepStatus.CANCELED, StepStatus.REUSED, StepStatus.SKIPPED}
)
# Steps whose outputs downstream steps can consume.
STEP_SUCCEEDED = frozenset({StepStatus.COMPLETED, StepStatus.REUSED})


class Experiment(models.Model):
    """A named group of runs in a workspace, the unit the experiment page lists and
    compares. Every run belongs to one: the one its submitter named (created on first
    use), else the one named after its pipeline (runner/experiments.py)."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="experiments")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, default="")
    # Archived experiments leave the default list; a new run in one brings it back.
    archived = models.BooleanField(default=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(fields=["workspace", "name"], name="unique_experiment_name")]

    def __str__(self) -> str:
        return self.name


class PipelineRun(models.Model):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="runs")
    pipeline = models.ForeignKey(Pipeline, on_delete=models.CASCADE, related_name="runs")
    number = models.PositiveIntegerField()  # 1, 2, 3... per pipeline
    status = models.CharField(max_length=16, choices=RunStatus.choices, default=RunStatus.QUEUED)
    # Null only for a run whose experiment was deleted with nothing else (not possible
    # through the API, which archives experiments and never deletes them).
    experiment = models.ForeignKey(Experiment, null=True, blank=True, on_delete=models.SET_NULL, related_name="runs")
    parameters = models.JSONField(default=dict)
    force_rerun = models.BooleanField(default=False)
    # A failed step then fails only its own downstream steps; the rest of the run goes on.
    continue_on_failure = models.BooleanField(default=False)
    # A resumed run goes on from this one (with its snapshot, or the pipeline's fixed
    # draft), reusing what finished here.
    resumed_from = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    trigger = models.CharField(max_length=16, choices=RunTrigger.choices, default=RunTrigger.MANUAL)
    # A run of a published pipeline names the version it ran, and the schedule that
    # started it if one did; both outlive neither the endpoint nor the schedule.
    published_version = models.ForeignKey(
        "PublishedPipeline", null=True, blank=True, on_delete=models.SET_NULL, related_name="runs"
    )
    schedule = models.ForeignKey("Schedule", null=True, blank=True, on_delete=models.SET_NULL, related_name="runs")
    # The frozen graph, resolved module versions, code digests and parameter values.
    snapshot = models.JSONField()
    pipeline_revision = models.PositiveIntegerField()
    error = models.TextField(blank=True, default="")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        constraints = [models.UniqueConstraint(fields=["pipeline", "number"], name="unique_run_number")]
        indexes = [models.Index(fields=["status"])]

    def __str__(self) -> str:
        return f"run {self.pk} of {self.pipeline_id}"


class StepRun(models.Model):
    run = models.ForeignKey(PipelineRun, on_delete=models.CASCADE, related_name="steps")
    node_id = models.CharField(max_length=100)
    module = models.CharField(max_length=100)
    version = models.CharField(max_length=40)
    status = models.CharField(max_length=16, choices=StepStatus.choices, default=StepStatus.PENDING)
    compute = models.CharField(max_length=63, blank=True, default="")  # the compute target's name
    queue = models.CharField(max_length=100, blank=True, default="")

    # Cache: the key, its components (so we can say why a step re-ran), and the reason.
    cache_key = models.CharField(max_length=64, blank=True, default="", db_index=True)
    cache_components = models.JSONField(null=True, blank=True)
    reasons = models.JSONField(default=list)
    reused_from = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    outputs = models.JSONField(default=dict)  # port -> artifact digest
    metrics = models.JSONField(default=dict)
    # Images the step logged (log_image): the artifact holding them and their file names.
    images_digest = models.CharField(max_length=64, blank=True, default="")
    images = models.JSONField(default=list)
    progress = models.FloatField(null=True, blank=True)
    progress_message = models.CharField(max_length=300, blank=True, default="")
    error = models.TextField(blank=True, default="")
    traceback = models.TextField(blank=True, default="")
    log = models.TextField(blank=True, default="")

    attempts = models.PositiveIntegerField(default=0)
    worker = models.CharField(max_length=200, blank=True, default="")
    queued_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["run", "node_id"], name="unique_step_node")]
        indexes = [models.Index(fields=["status", "heartbeat_at"])]

    def __str__(self) -> str:
        return f"step {self.node_id} of run {self.run_id}"


class RunMetric(models.Model):
    """One scalar metric a step of a run recorded (log_metric, which Evaluate Model
    calls for each number of its Metrics document), written in the same transaction as
    the step's outcome, so an experiment's runs table reads metrics without opening
    artifacts. `position` is the step's place in the run's plan; `main_rank` is set on
    the rows that may be the run's main metric, lower first (runner/experiments.py)."""

    run = models.ForeignKey(PipelineRun, on_delete=models.CASCADE, related_name="metric_rows")
    node_id = models.CharField(max_length=100)
    name = models.CharField(max_length=200)
    value = models.FloatField()
    position = models.PositiveIntegerField(default=0)
    main_rank = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["run_id", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["run", "node_id", "name"], name="unique_run_metric")]

    def __str__(self) -> str:
        return f"{self.name}={self.value} (run {self.run_id}, {self.node_id})"


class PipelineEndpoint(models.Model):
    """A named, published pipeline of a workspace: numbered immutable versions, one of
    them the default that a trigger without a version runs."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="pipeline_endpoints")
    name = models.SlugField(max_length=63)
    description = models.TextField(blank=True, default="")
    default_version = models.PositiveIntegerField(null=True, blank=True)
    # Triggers beyond this many unfinished runs of the endpoint are answered 429.
    max_concurrent_runs = models.PositiveIntegerField(default=4)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["workspace", "name"], name="unique_pipeline_endpoint_name")]

    def __str__(self) -> str:
        return self.name


class PublishedPipeline(models.Model):
    """One immutable version of a pipeline endpoint: the draft's graph as it was when
    published, with its module versions resolved and their specs and code digests, and
    the compute targets it uses, frozen (`snapshot`). Editing the draft never changes it."""

    endpoint = models.ForeignKey(PipelineEndpoint, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    # Runs of a published version are runs of its draft pipeline (they show in its
    # history), so a draft with published versions cannot be deleted.
    pipeline = models.ForeignKey(Pipeline, on_delete=models.PROTECT, related_name="published_versions")
    pipeline_revision = models.PositiveIntegerField()
    description = models.TextField(blank=True, default="")
    snapshot = models.JSONField()
    enabled = models.BooleanField(default=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-version"]
        constraints = [models.UniqueConstraint(fields=["endpoint", "version"], name="unique_published_version")]

    def __str__(self) -> str:
        # Names the endpoint: it is what a refused pipeline delete tells the user.
        return f"pipeline endpoint {self.endpoint.name!r} version {self.version}"


class TriggerRequest(models.Model):
    """An `Idempotency-Key` a trigger of a pipeline endpoint carried: a retried request
    with the same key gets the run the first one started."""

    endpoint = models.ForeignKey(PipelineEndpoint, on_delete=models.CASCADE, related_name="trigger_requests")
    key = models.CharField(max_length=200)
    # The request body's digest: the same key with another body is refused.
    body_digest = models.CharField(max_length=64)
    run = models.ForeignKey(PipelineRun, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["endpoint", "key"], name="unique_trigger_key")]

    def __str__(self) -> str:
        return f"{self.key} -> run {self.run_id}"


class ScheduleKind(models.TextChoices):
    CRON = "cron"
    INTERVAL = "interval"
    DATASET = "dataset"


class Schedule(models.Model):
    """Runs a pipeline endpoint's default (or a pinned) version with fixed parameter
    values: on a cron expression in a time zone, every N seconds, or when a new version
    of a dataset is registered (its number goes into `dataset_parameter`). Time-based
    schedules are kept by Celery beat's database scheduler through `periodic_task`."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="schedules")
    endpoint = models.ForeignKey(PipelineEndpoint, on_delete=models.CASCADE, related_name="schedules")
    name = models.CharField(max_length=200)
    version = models.PositiveIntegerField(null=True, blank=True)  # None: the endpoint's default
    parameters = models.JSONField(default=dict, blank=True)
    # None: each run goes to the default experiment, named after the pipeline.
    experiment = models.ForeignKey(
        Experiment, null=True, blank=True, on_delete=models.SET_NULL, related_name="schedules"
    )
    kind = models.CharField(max_length=16, choices=ScheduleKind.choices)
    cron = models.CharField(max_length=120, blank=True, default="")
    timezone = models.CharField(max_length=64, blank=True, default="UTC")
    interval_seconds = models.PositiveIntegerField(null=True, blank=True)
    dataset = models.ForeignKey(
        "designer.Dataset", null=True, blank=True, on_delete=models.CASCADE, related_name="schedules"
    )
    dataset_parameter = models.CharField(max_length=100, blank=True, default="")
    # Start a run even while the previous run of this schedule is unfinished.
    allow_overlap = models.BooleanField(default=False)
    enabled = models.BooleanField(default=True)
    periodic_task = models.OneToOneField(
        "django_celery_beat.PeriodicTask", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_fired_at = models.DateTimeField(null=True, blank=True)
    # Why the last fire could not start a run (bad parameters after a re-publish, the
    # owner lost the editor role); cleared by the next run it starts.
    last_error = models.TextField(blank=True, default="")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(fields=["workspace", "name"], name="unique_schedule_name")]

    def __str__(self) -> str:
        return self.name


class Endpoint(models.Model):
    """A real-time scoring endpoint, created by a deploy_model step or by deploying a
    real-time inference pipeline. Every deployment adds an `EndpointVersion`; which one
    callers get (`live`) changes only when someone promotes or rolls back, or when the
    deploying step was told to make its version live.

    The fields from model_digest to deployed_by_step mirror the live version, so the
    scorer keeps reading one row."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="endpoints")
    name = models.SlugField(max_length=63)
    model_digest = models.CharField(max_length=64)
    transform_digest = models.CharField(max_length=64, blank=True, default="")
    task = models.CharField(max_length=32, blank=True, default="")
    feature_columns = models.JSONField(default=list)
    deployed_by_step = models.ForeignKey(StepRun, null=True, on_delete=models.SET_NULL, related_name="+")
    live = models.ForeignKey("EndpointVersion", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["workspace", "name"], name="unique_endpoint_name")]

    def __str__(self) -> str:
        return self.name


class EndpointKind(models.TextChoices):
    MODEL = "model"  # a model and an optional transform, scored by score_model's code
    PIPELINE = "pipeline"  # a real-time inference pipeline: a graph run per request


class EndpointVersion(models.Model):
    """One deployment of an endpoint, immutable: what a request is answered with while
    this version is live."""

    endpoint = models.ForeignKey(Endpoint, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    kind = models.CharField(max_length=16, choices=EndpointKind.choices, default=EndpointKind.MODEL)
    model_digest = models.CharField(max_length=64, blank=True, default="")
    transform_digest = models.CharField(max_length=64, blank=True, default="")
    task = models.CharField(max_length=32, blank=True, default="")
    feature_columns = models.JSONField(default=list)
    # A real-time inference pipeline: the frozen scoring graph with the artifacts the
    # training run produced for its trained nodes.
    graph = models.JSONField(null=True, blank=True)
    deployed_by_step = models.ForeignKey(StepRun, null=True, on_delete=models.SET_NULL, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-version"]
        constraints = [models.UniqueConstraint(fields=["endpoint", "version"], name="unique_endpoint_version")]

    def __str__(self) -> str:
        return f"{self.endpoint_id} v{self.version}"


class LiveChange(models.TextChoices):
    DEPLOY = "deploy"  # a deploy made its version live (the first one, or make_live)
    PROMOTE = "promote"
    ROLLBACK = "rollback"


class EndpointLiveChange(models.Model):
    """One change of an endpoint's live version, oldest first: the history the endpoint
    page shows and a rollback reads (runner/endpoints.py, `live_history`)."""

    endpoint = models.ForeignKey(Endpoint, on_delete=models.CASCADE, related_name="live_changes")
    version = models.ForeignKey(EndpointVersion, on_delete=models.CASCADE, related_name="+")
    action = models.CharField(max_length=16, choices=LiveChange.choices)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.endpoint_id}: {self.action} to {self.version_id}"


class EndpointRequest(models.Model):
    """One scoring request, for the endpoint page's counts, latencies and recent log."""

    endpoint = models.ForeignKey(Endpoint, on_delete=models.CASCADE, related_name="requests")
    version = models.PositiveIntegerField(null=True, blank=True)
    status_code = models.PositiveSmallIntegerField()
    duration_ms = models.FloatField()
    rows = models.PositiveIntegerField(default=0)
    error = models.CharField(max_length=500, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["endpoint", "-id"])]

    def __str__(self) -> str:
        return f"{self.endpoint_id}: {self.status_code} in {self.duration_ms:.1f} ms"
