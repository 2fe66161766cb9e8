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


RUN_FINISHED = frozenset({RunStatus.COMPLETED, RunStatus.FAILED, RunStatus.CANCELED})
STEP_FINISHED = frozenset(
    {StepStatus.COMPLETED, StepStatus.FAILED, StepStatus.CANCELED, StepStatus.REUSED, StepStatus.SKIPPED}
)
# Steps whose outputs downstream steps can consume.
STEP_SUCCEEDED = frozenset({StepStatus.COMPLETED, StepStatus.REUSED})


class PipelineRun(models.Model):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="runs")
    pipeline = models.ForeignKey(Pipeline, on_delete=models.CASCADE, related_name="runs")
    number = models.PositiveIntegerField()  # 1, 2, 3... per pipeline
    status = models.CharField(max_length=16, choices=RunStatus.choices, default=RunStatus.QUEUED)
    experiment = models.CharField(max_length=200, blank=True, default="")
    parameters = models.JSONField(default=dict)
    force_rerun = models.BooleanField(default=False)
    # A failed step then fails only its own downstream steps; the rest of the run goes on.
    continue_on_failure = models.BooleanField(default=False)
    # A resumed run re-runs this run's snapshot, reusing what finished there.
    resumed_from = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
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


class Endpoint(models.Model):
    """A real-time scoring endpoint, created or updated by a deploy_model step."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="endpoints")
    name = models.SlugField(max_length=63)
    model_digest = models.CharField(max_length=64)
    transform_digest = models.CharField(max_length=64, blank=True, default="")
    task = models.CharField(max_length=32, blank=True, default="")
    feature_columns = models.JSONField(default=list)
    deployed_by_step = models.ForeignKey(StepRun, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["workspace", "name"], name="unique_endpoint_name")]

    def __str__(self) -> str:
        return self.name
