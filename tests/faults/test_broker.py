"""kombu's Redis transport closing a channel after its connection was released, as a
worker does while it reconnects after a Redis restart: the worker must not die of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from kombu import Connection, Exchange, Queue

import designer.celery  # noqa: F401  (the transport override lives there)
from tests.conftest import _free_port
from tests.faults.conftest import PrivateRedis

pytestmark = pytest.mark.integration


@pytest.fixture
def private_redis() -> Iterator[PrivateRedis]:
    log_dir = Path(settings.DATA_DIR) / "logs" / "faults"
    log_dir.mkdir(parents=True, exist_ok=True)
    redis = PrivateRedis(port=_free_port(), log=log_dir / "broker-redis.log")
    redis.start()
    try:
        yield redis
    finally:
        redis.stop()


def test_a_channel_left_open_by_a_collect_during_an_outage_closes_without_raising(
    private_redis: PrivateRedis,
) -> None:
    """What Celery's consumer does on a lost broker connection: `connection.collect()`
    while Redis is down. Restoring the first channel's unacknowledged message fails
    with a connection error, which leaves the other channels open on a transport that
    has been released; closing one later (Redis back) must not raise."""

    queue = Queue("steps", Exchange("steps"), "steps")
    connection = Connection(private_redis.url)
    with connection.Producer() as producer:
        for step_id in (1, 2):
            producer.publish({"step_id": step_id}, exchange=queue.exchange, routing_key="steps", declare=[queue])
    channels = [connection.channel(), connection.channel()]
    for channel in channels:  # delivered, not acknowledged: closing must restore them
        assert channel.basic_get("steps", no_ack=False) is not None
    private_redis.stop()
    connection.collect()
    left_open = [channel for channel in channels if not channel.closed]
    assert left_open, "kombu closed every channel: this test no longer shows anything"
    private_redis.start()
    for channel in left_open:
        channel.close()  # kombu 5.7.0 alone: AttributeError 'NoneType' ... 'hostname'


def test_a_released_connection_keeps_its_unacked_messages_for_the_visibility_timeout(
    private_redis: PrivateRedis,
) -> None:
    """Not restoring through a released connection loses nothing the broker still has."""
    import redis

    queue = Queue("steps", Exchange("steps"), "steps")
    connection = Connection(private_redis.url)
    with connection.Producer() as producer:
        producer.publish({"step_id": 1}, exchange=queue.exchange, routing_key="steps", declare=[queue])
    channel = connection.channel()
    assert channel.basic_get("steps", no_ack=False) is not None
    connection.transport.client = None  # released, as above, with this channel still open
    channel.close()
    assert redis.Redis.from_url(private_redis.url).hlen("unacked") == 1
