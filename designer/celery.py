"""The project's Celery application: workers run `celery -A designer.celery worker`.

It finds the run engine's tasks by the package's name (runner/tasks.py), and the runner
connects its own worker signals (runner/apps.py): designer never imports runner.
"""

import logging
import os
import time
from datetime import UTC, datetime
from typing import Any

from celery import Celery
from kombu.transport import redis as kombu_redis

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "designer.settings")

app = Celery("pipewright")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["runner"])

# When this process started: steps whose last heartbeat is older were not run by it
# (a worker reclaims them as it becomes ready; runner/apps.py connects that).
PROCESS_STARTED_AT = datetime.now(UTC)
PROCESS_STARTED_MONOTONIC = time.monotonic()

# kombu's Redis transport restores a channel's unacknowledged messages when the channel
# closes (QoS.restore_unacked). When the connection the channel belongs to was released
# first, which happens while a worker reconnects after a Redis restart, the restore
# asks the released connection for its address and raises AttributeError ('NoneType'
# object has no attribute 'hostname'); the consumer does not count that as a connection
# error, so the worker exits with "Unrecoverable error" instead of reconnecting
# (kombu 5.7.0, the newest release; tests/faults/test_broker.py reproduces it). Without
# a connection there is nothing to restore through, and nothing is lost by not trying:
# the messages stay in Redis' unacked hash, which any worker restores after the
# visibility timeout, and the run engine re-sends a queued step's message and retries a
# running step from the database (the reaper) whatever the broker kept.
logger = logging.getLogger(__name__)
_restore_unacked = kombu_redis.QoS.restore_unacked


def _restore_unacked_unless_released(self: Any, client: Any = None) -> Any:
    transport = self.channel.connection
    if client is None and (transport is None or transport.client is None):
        if self._delivered:
            logger.warning(
                "not restoring %d unacknowledged message(s) of a closed broker connection; "
                "they come back after the visibility timeout",
                len(self._delivered),
            )
        self._delivered.clear()
        return None
    return _restore_unacked(self, client)


kombu_redis.QoS.restore_unacked = _restore_unacked_unless_released  # type: ignore[method-assign]
