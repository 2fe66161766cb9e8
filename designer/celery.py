"""The Celery application: workers run `celery -A designer worker`."""

import os
import time
from datetime import UTC, datetime
from typing import Any

from celery import Celery
from celery.signals import worker_ready

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "designer.settings")

app = Celery("pipewright")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["runner"])

# When this process started: steps whose last heartbeat is older were not run by it.
PROCESS_STARTED_AT = datetime.now(UTC)
PROCESS_STARTED_MONOTONIC = time.monotonic()


@worker_ready.connect
def reclaim_steps_of_previous_life(sender: Any, **kwargs: Any) -> None:
    """Connected here, not in runner.tasks: the task modules are imported lazily."""
    from runner.tasks import reclaim_steps_of_previous_life

    reclaim_steps_of_previous_life(
        hostname=getattr(sender, "hostname", "") or "",
        process_started_at=PROCESS_STARTED_AT,
        waited_from=PROCESS_STARTED_MONOTONIC,
    )
