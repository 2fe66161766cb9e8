from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from celery.signals import worker_ready
from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save

from designer import ports
from designer.graph.spec import ModuleSpec


class RunnerConfig(AppConfig):
    name = "runner"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Every process that enqueues tasks (web, worker, management commands) must
        # use the project's Celery app, not Celery's default one.
        import designer.celery  # noqa: F401

        ports.register(
            builtin_modules=_BuiltinModules(),
            artifact_storage=_artifact_storage,
            child_process_environment=_child_process_environment,
        )
        # A restarted worker takes back the steps it held (runner.tasks). Connected here:
        # Celery's Django fix-up sets Django up, and so runs this, in every worker
        # before it is ready, whenever the task modules are imported.
        worker_ready.connect(reclaim_steps_of_previous_life, dispatch_uid="runner.reclaim_steps_of_previous_life")
        # Data triggers: a new dataset version, however it was registered (an upload, an
        # export_data step), fires the dataset schedules on it. A signal, because the
        # design domain that registers versions never imports the runner.
        from designer.models import DatasetVersion
        from runner.models import Schedule

        post_save.connect(dataset_version_saved, sender=DatasetVersion, dispatch_uid="runner.dataset_version_saved")
        post_delete.connect(schedule_deleted, sender=Schedule, dispatch_uid="runner.schedule_deleted")


def dataset_version_saved(sender: Any, instance: Any, created: bool, raw: bool = False, **kwargs: Any) -> None:
    if created and not raw:
        from runner.schedules import dataset_version_registered

        dataset_version_registered(instance)


def schedule_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    from runner.schedules import periodic_task_forget

    periodic_task_forget(instance)


def reclaim_steps_of_previous_life(sender: Any, **kwargs: Any) -> None:
    from designer.celery import PROCESS_STARTED_AT, PROCESS_STARTED_MONOTONIC
    from runner.tasks import reclaim_steps_of_previous_life

    reclaim_steps_of_previous_life(
        hostname=getattr(sender, "hostname", "") or "",
        process_started_at=PROCESS_STARTED_AT,
        waited_from=PROCESS_STARTED_MONOTONIC,
    )


# What the design domain uses of the run side (designer/ports.py). Each imports what it
# needs when first called: the module library loads pandas and scikit-learn, which a
# process need not pay for just to start.


class _BuiltinModules:
    def specs(self) -> Mapping[str, ModuleSpec]:
        from runner.modules import BUILTIN_MODULES

        return {slug: builtin.spec for slug, builtin in BUILTIN_MODULES.items()}

    def code_digest(self, slug: str) -> str:
        from runner.modules import code_digest

        return code_digest(slug)


def _artifact_storage() -> ports.ArtifactStorage:
    from runner.artifacts import default_store

    return default_store()


def _child_process_environment() -> dict[str, str]:
    from runner.executors.local import server_environment

    return server_environment()
