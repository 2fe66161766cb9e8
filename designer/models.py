"""Design-time domain: workspaces, pipelines, the module registry and datasets."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models


class Workspace(models.Model):
    """Everything a user can see belongs to a workspace they are a member of."""

    name = models.CharField(max_length=200)
    members: models.ManyToManyField[Any, Any] = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="workspaces"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    ROLES = [("owner", "Owner"), ("editor", "Editor"), ("viewer", "Viewer")]

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=ROLES, default="owner")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["workspace", "user"], name="unique_membership")]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.workspace_id} as {self.role}"


class Pipeline(models.Model):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="pipelines")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, default="")
    graph = models.JSONField(default=dict)
    # Optimistic concurrency: every save bumps it; a save that carries an older one is refused.
    revision = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-id"]

    def __str__(self) -> str:
        return self.name


class PipelineVersion(models.Model):
    """One save of a pipeline: `number` is the revision the save produced, so a client's
    revision names the graph it was editing (what a diff or a merge starts from).

    The graph is stored compactly (designer/graph/compaction.py): a snapshot, or a delta
    against the version before it, in a chain that starts at the snapshot numbered
    `snapshot_number`. Read it with designer.versions.version_graph."""

    pipeline = models.ForeignKey(Pipeline, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    kind = models.CharField(max_length=8)  # compaction.SNAPSHOT or compaction.DELTA
    snapshot_number = models.PositiveIntegerField(null=True, blank=True)
    data = models.BinaryField()
    digest = models.CharField(max_length=64)  # sha256 of the graph's canonical text
    name = models.CharField(max_length=100, blank=True, default="")
    message = models.CharField(max_length=300, blank=True, default="")
    restored_from = models.PositiveIntegerField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["pipeline", "number"], name="unique_pipeline_version"),
            models.UniqueConstraint(
                fields=["pipeline", "name"], condition=~models.Q(name=""), name="unique_pipeline_version_name"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.pipeline_id} v{self.number}"


class Module(models.Model):
    """A module slug. Built-ins have no workspace; custom modules belong to one."""

    workspace = models.ForeignKey(Workspace, null=True, blank=True, on_delete=models.CASCADE, related_name="modules")
    slug = models.SlugField(max_length=100)
    builtin = models.BooleanField(default=False)
    default_version = models.CharField(max_length=40, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["slug"], condition=models.Q(workspace=None), name="unique_builtin_slug"),
            models.UniqueConstraint(fields=["workspace", "slug"], name="unique_workspace_slug"),
        ]

    def __str__(self) -> str:
        return self.slug


class ModuleVersion(models.Model):
    """An immutable spec plus code. New versions are published over old ones."""

    STATUSES = [("active", "Active"), ("deprecated", "Deprecated"), ("disabled", "Disabled")]

    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="versions")
    version = models.CharField(max_length=40)
    spec = models.JSONField()
    source = models.TextField(blank=True, default="")
    code_digest = models.CharField(max_length=64)
    environment_digest = models.CharField(max_length=64)
    status = models.CharField(max_length=16, choices=STATUSES, default="active")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["module", "version"], name="unique_module_version")]

    def __str__(self) -> str:
        return f"{self.module.slug}@{self.version}"


class Dataset(models.Model):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="datasets")
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True, default="")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["workspace", "name"], name="unique_dataset_name")]
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class DatasetVersion(models.Model):
    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    digest = models.CharField(max_length=64)  # the DataFrame artifact in the store
    row_count = models.PositiveIntegerField(default=0)
    column_count = models.PositiveIntegerField(default=0)
    source_name = models.CharField(max_length=300, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["dataset", "version"], name="unique_dataset_version")]
        ordering = ["-version"]

    def __str__(self) -> str:
        return f"{self.dataset_id} v{self.version}"


class SourceSnapshot(models.Model):
    """A source folder uploaded to a workspace (POST /api/snapshots/): its content is an
    AnyDirectory artifact in the store, shared by every workspace that uploaded the same
    bytes; this row is what lets this workspace's pipelines name it."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="source_snapshots")
    digest = models.CharField(max_length=64)
    size_bytes = models.PositiveBigIntegerField(default=0)
    file_count = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["workspace", "digest"], name="unique_workspace_snapshot")]
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.workspace_id}:{self.digest[:12]}"


class ComputeTarget(models.Model):
    """Where and how a step runs: its executor, the Celery queue its workers serve, the
    step image or Python requirements, and resource limits. Chosen per node (`compute`)
    or per pipeline (the document's `compute`); the server's default target is "local".

    Targets without a workspace are the server's, set up by an administrator, and
    every workspace may use them; a workspace's own target of the same name wins.
    """

    EXECUTORS = [("local", "Local process"), ("docker", "Docker container")]

    workspace = models.ForeignKey(
        Workspace, null=True, blank=True, on_delete=models.CASCADE, related_name="compute_targets"
    )
    name = models.SlugField(max_length=63)
    description = models.CharField(max_length=300, blank=True, default="")
    executor = models.CharField(max_length=16, choices=EXECUTORS, default="local")
    queue = models.CharField(max_length=100)
    image = models.CharField(max_length=300, blank=True, default="")  # docker only
    requirements = models.JSONField(default=list, blank=True)  # extra pip requirements for every step
    network = models.BooleanField(default=False)
    cpus = models.FloatField(null=True, blank=True)
    memory_mb = models.PositiveIntegerField(null=True, blank=True)
    timeout_seconds = models.PositiveIntegerField(null=True, blank=True)
    max_processes = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name"], condition=models.Q(workspace=None), name="unique_server_target"),
            models.UniqueConstraint(fields=["workspace", "name"], name="unique_workspace_target"),
        ]

    def __str__(self) -> str:
        return self.name
