"""Two installs sharing one Redis server through different databases never hear each
other on the channel layer. Redis pub/sub ignores the database number, so without the
database in the prefix an open canvas would take another install's saves (and run
events) for pipelines that happen to share its id."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from channels_redis.pubsub import RedisPubSubChannelLayer

from designer.settings import _channels_prefix
from tests.integration.test_realtime import run_async

pytestmark = pytest.mark.integration


def with_database(url: str, number: int) -> str:
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return urlunsplit(parts._replace(query=f"db={number}"))
    return urlunsplit(parts._replace(path=f"/{number}"))


def layer(url: str) -> RedisPubSubChannelLayer:
    return RedisPubSubChannelLayer(hosts=[url], prefix=_channels_prefix(url))


async def heard(listener: Any, speaker: Any, group: str) -> bool:
    channel = await listener.new_channel()
    await listener.group_add(group, channel)
    try:
        await asyncio.sleep(0.2)  # the subscription is in place before anyone speaks
        await speaker.group_send(group, {"type": "pipeline.event", "event": {"revision": 7}})
        try:
            await asyncio.wait_for(listener.receive(channel), timeout=1.5)
            return True
        except TimeoutError:
            return False
    finally:
        await listener.group_discard(group, channel)
        await listener.flush()
        await speaker.flush()


def test_installs_on_other_redis_databases_do_not_hear_each_other(redis_service: str) -> None:
    here, elsewhere = with_database(redis_service, 11), with_database(redis_service, 12)
    assert _channels_prefix(here) != _channels_prefix(elsewhere)
    assert run_async(heard(layer(here), layer(elsewhere), "pipeline-1")) is False
    # The same database does hear it: the silence above is the prefix, not a broken layer.
    assert run_async(heard(layer(here), layer(here), "pipeline-1")) is True
