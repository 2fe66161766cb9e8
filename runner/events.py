"""Run events to the channel layer: plain JSON, numbered per run, sent on commit.

Every event of a run carries `seq`, taken from a Redis counter at send time. A client
that sees a gap, or reconnects, asks for a snapshot; the snapshot reads the counter
*before* reading the database, so anything numbered up to the snapshot's `seq` is
already in it and later events are safe to apply on top.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from typing import Any

import redis
import redis.asyncio
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


class _EventPump:
    """Sends events from a thread with its own long-lived event loop.

    Callers (a step's worker thread, run_advance, a web request) only enqueue, so
    sending never sits on the engine's hot path, and the channel layer and Redis keep
    one connection per process instead of one per event. A single consumer keeps the
    events of a process in the order they were queued, and numbers them as it sends.
    """

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.loop = asyncio.new_event_loop()
        self.queue: asyncio.Queue[tuple[int, int | None, dict[str, Any]]] | None = None
        ready = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(ready,), name="pipewright-events", daemon=True)
        self.thread.start()
        ready.wait()

    def _run(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        self.queue = asyncio.Queue()
        self.loop.create_task(self._consume())
        ready.set()
        self.loop.run_forever()

    def put(self, item: tuple[int, int | None, dict[str, Any]]) -> None:
        assert self.queue is not None
        self.loop.call_soon_threadsafe(self.queue.put_nowait, item)

    async def _consume(self) -> None:
        assert self.queue is not None
        client = redis.asyncio.Redis.from_url(settings.REDIS_URL)
        while True:
            run_id, pipeline_id, event = await self.queue.get()
            try:
                await _send(client, run_id, pipeline_id, event)
            except Exception:
                logger.warning("could not send %s event for run %s", event.get("type"), run_id, exc_info=True)


async def _send(client: redis.asyncio.Redis, run_id: int, pipeline_id: int | None, event: dict[str, Any]) -> None:
    layer = get_channel_layer()
    if layer is None:
        return
    async with client.pipeline(transaction=False) as pipe:
        pipe.incr(_seq_key(run_id))
        pipe.expire(_seq_key(run_id), SEQ_TTL_SECONDS)
        seq = int((await pipe.execute())[0])
    payload = {**event, "run_id": run_id, "seq": seq}
    await layer.group_send(run_group(run_id), {"type": "run.event", "event": payload})
    if pipeline_id is not None and event["type"] == "run.status":
        await layer.group_send(pipeline_group(pipeline_id), {"type": "pipeline.event", "event": payload})


_pump: _EventPump | None = None
_pump_lock = threading.Lock()


def _event_pump() -> _EventPump:
    global _pump
    with _pump_lock:
        if _pump is None or _pump.pid != os.getpid():  # a forked child needs its own thread
            _pump = _EventPump()
        return _pump


def send_now(run_id: int, pipeline_id: int | None, event: dict[str, Any]) -> None:
    """Queue the event for the channel layer. Never raises: a lost event costs a client
    a snapshot, while an exception here would fail a step."""
    try:
        _event_pump().put((run_id, pipeline_id, event))
    except Exception:
        logger.warning("could not queue %s event for run %s", event.get("type"), run_id, exc_info=True)


def send_on_commit(run_id: int, pipeline_id: int | None, event: dict[str, Any]) -> None:
    transaction.on_commit(lambda: send_now(run_id, pipeline_id, event))
