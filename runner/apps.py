from django.apps import AppConfig


class RunnerConfig(AppConfig):
    name = "runner"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Every process that enqueues tasks (web, worker, management commands) must
        # use the project's Celery app, not Celery's default one.
        import designer.celery  # noqa: F401
