"""Experiments become objects of the workspace, and runs index their scalar metrics.

A run's free-text `experiment` label becomes a foreign key: each distinct label of a
workspace (runs and schedules) becomes an Experiment of that name; a run without a
label goes to the experiment named after its pipeline (the default a submit without an
experiment uses from now on); a schedule without one keeps none (its runs get the
default when it fires). `plan_experiments` is the pure part, tested directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

NAME_LIMIT = 200


def _name(label: str, pipeline_id: int, pipeline_name: str) -> str:
    return (label.strip() or pipeline_name.strip() or f"pipeline {pipeline_id}")[:NAME_LIMIT]


def plan_experiments(
    runs: Iterable[tuple[int, int, str, int, str]], schedules: Iterable[tuple[int, int, str]]
) -> tuple[list[tuple[int, str]], dict[tuple[int, str], list[int]], dict[tuple[int, str], list[int]]]:
    """From runs as (id, workspace, label, pipeline id, pipeline name) and schedules as
    (id, workspace, label): the experiments to create as (workspace, name), sorted, and
    which run ids and schedule ids go to each."""
    run_groups: dict[tuple[int, str], list[int]] = {}
    for run_id, workspace_id, label, pipeline_id, pipeline_name in runs:
        run_groups.setdefault((workspace_id, _name(label, pipeline_id, pipeline_name)), []).append(run_id)
    schedule_groups: dict[tuple[int, str], list[int]] = {}
    for schedule_id, workspace_id, label in schedules:
        if label.strip():
            schedule_groups.setdefault((workspace_id, label.strip()[:NAME_LIMIT]), []).append(schedule_id)
    return sorted(set(run_groups) | set(schedule_groups)), run_groups, schedule_groups


def labels_to_experiments(apps: Any, schema_editor: Any) -> None:
    Experiment = apps.get_model("runner", "Experiment")
    PipelineRun = apps.get_model("runner", "PipelineRun")
    Schedule = apps.get_model("runner", "Schedule")
    names, run_groups, schedule_groups = plan_experiments(
        PipelineRun.objects.values_list("id", "workspace_id", "experiment_label", "pipeline_id", "pipeline__name"),
        Schedule.objects.values_list("id", "workspace_id", "experiment_label"),
    )
    for workspace_id, name in names:
        experiment = Experiment.objects.create(workspace_id=workspace_id, name=name)
        run_ids = run_groups.get((workspace_id, name), [])
        for start in range(0, len(run_ids), 500):
            PipelineRun.objects.filter(pk__in=run_ids[start : start + 500]).update(experiment=experiment)
        Schedule.objects.filter(pk__in=schedule_groups.get((workspace_id, name), [])).update(experiment=experiment)
    if schema_editor.connection.vendor == "postgresql":
        # The foreign keys are checked at commit; check them now, or PostgreSQL refuses
        # the column drops below ("pending trigger events").
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def experiments_to_labels(apps: Any, schema_editor: Any) -> None:
    PipelineRun = apps.get_model("runner", "PipelineRun")
    Schedule = apps.get_model("runner", "Schedule")
    for model in (PipelineRun, Schedule):
        for row in model.objects.filter(experiment__isnull=False).select_related("experiment"):
            model.objects.filter(pk=row.pk).update(experiment_label=row.experiment.name)
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


class Migration(migrations.Migration):
    dependencies = [
        ("designer", "0002_compute_targets"),
        ("runner", "0007_endpoint_versions"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="Experiment",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=200)),
                ("description", models.TextField(blank=True, default="")),
                ("archived", models.BooleanField(default=False)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                (
                    "created_by",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "workspace",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="experiments",
                        to="designer.workspace",
                    ),
                ),
            ],
            options={"ordering": ["name", "id"]},
        ),
        migrations.AddConstraint(
            model_name="experiment",
            constraint=models.UniqueConstraint(fields=("workspace", "name"), name="unique_experiment_name"),
        ),
        migrations.RenameField(model_name="pipelinerun", old_name="experiment", new_name="experiment_label"),
        migrations.RenameField(model_name="schedule", old_name="experiment", new_name="experiment_label"),
        migrations.AddField(
            model_name="pipelinerun",
            name="experiment",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="runs",
                to="runner.experiment",
            ),
        ),
        migrations.AddField(
            model_name="schedule",
            name="experiment",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="schedules",
                to="runner.experiment",
            ),
        ),
        migrations.RunPython(labels_to_experiments, experiments_to_labels),
        migrations.RemoveField(model_name="pipelinerun", name="experiment_label"),
        migrations.RemoveField(model_name="schedule", name="experiment_label"),
        migrations.CreateModel(
            name="RunMetric",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("node_id", models.CharField(max_length=100)),
                ("name", models.CharField(max_length=200)),
                ("value", models.FloatField()),
                ("position", models.PositiveIntegerField(default=0)),
                ("main_rank", models.PositiveIntegerField(blank=True, null=True)),
                (
                    "run",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="metric_rows",
                        to="runner.pipelinerun",
                    ),
                ),
            ],
            options={"ordering": ["run_id", "position", "id"]},
        ),
        migrations.AddConstraint(
            model_name="runmetric",
            constraint=models.UniqueConstraint(fields=("run", "node_id", "name"), name="unique_run_metric"),
        ),
    ]
