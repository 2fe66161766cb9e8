"""Run events to the channel layer: plain JSON, numbered per run, sent on commit.

Every event of a run carries `seq`, taken from a Redis counter at send time. A client
that sees a gap, or reconnects, asks for a snapshot; the snapshot reads the counter
*before* reading the database, so anything numbered up to the snapshot's `seq` is
already in it and later events are safe to apply on top.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import redis
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)

SEQ_TTL_SECONDS = 7 * 24 * 3600
_local = threading.local()


def run_group(run_id: int) -> str:
    return f"run.{int(run_id)}"


def pipeline_group(pipeline_id: int) -> str:
    return f"pipeline.{int(pipeline_id)}"


def _redis() -> redis.Redis:
    client: redis.Redis | None = getattr(_local, "redis", None)
    if client is None:
        client = redis.Redis.from_url(settings.REDIS_URL)
        _local.redis = client
    return client


def _seq_key(run_id: int) -> str:
    prefix: str = settings.CHANNEL_LAYERS["default"]["CONFIG"]["prefix"]  # type: ignore[index]
    return f"{prefix}:runseq:{int(run_id)}"


def current_seq(run_id: int) -> int:
    value = _redis().get(_seq_key(run_id))
    return int(value) if value else 0


def _next_seq(run_id: int) -> int:
    pipe = _redis().pipeline()
    pipe.incr(_seq_key(run_id))
    pipe.expire(_seq_key(run_id), SEQ_TTL_SECONDS)
    return int(pipe.execute()[0])


def send_now(run_id: int, pipeline_id: int | None, event: dict[str, Any]) -> None:
    """Number the event and hand it to the channel layer. Never raises: a lost event
    costs a client a snapshot, while an exception here would fail a step."""
    try:
        payload = {**event, "run_id": run_id, "seq": _next_seq(run_id)}
        layer = get_channel_layer()
        if layer is None:
            return
        send = async_to_sync(layer.group_send)
        send(run_group(run_id), {"type": "run.event", "event": payload})
        if pipeline_id is not None and event["type"] == "run.status":
            send(pipeline_group(pipeline_id), {"type": "pipeline.event", "event": payload})
    except Exception:
        logger.warning("could not send %s event for run %s", event.get("type"), run_id, exc_info=True)


def send_on_commit(run_id: int, pipeline_id: int | None, event: dict[str, Any]) -> None:
    transaction.on_commit(lambda: send_now(run_id, pipeline_id, event))
