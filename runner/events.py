"""Run events to the channel layer: plain JSON, numbered per run, sent on commit.

Every event of a run carries `seq`, taken from a Redis counter at send time, and the
`epoch` of that counter: Redis' own clock (milliseconds) when the counter was created,
so a later epoch is a larger number. A client
that sees a gap, or reconnects, asks for a snapshot; the snapshot reads the counter
*before* reading the database, so anything numbered up to the snapshot's `seq` is
already in it and later events are safe to apply on top. When Redis restarts (or the
counter expires) the counter starts again at 1 under a new epoch, and a client that
sees a later epoch than its snapshot's asks for a snapshot rather than taking the
new, smaller numbers for stale events (and drops events of an earlier one).
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any, TypeVar

import redis
import redis.asyncio
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import transaction
from redis.commands.core import AsyncScript

from designer.presence import pipeline_group

logger = logging.getLogger(__name__)

SEQ_TTL_SECONDS = 7 * 24 * 3600
_T = TypeVar("_T")
_local = threading.local()


def run_group(run_id: int) -> str:
    return f"run.{int(run_id)}"


def _redis() -> redis.Redis:
    client: redis.Redis | None = getattr(_local, "redis", None)
    if client is None:
        client = redis.Redis.from_url(settings.REDIS_URL)
        _local.redis = client
    return client


def _position_key(run_id: int) -> str:
    """A hash per run: `seq` (the last number given) and `epoch` (see above)."""
    prefix: str = settings.CHANNEL_LAYERS["default"]["CONFIG"]["prefix"]  # type: ignore[index]
    return f"{prefix}:runevents:{int(run_id)}"


# Adds ARGV[1] to the run's counter and returns {epoch, seq}, creating the epoch from
# the server's clock when the counter is new. One script: atomic, one round trip.
_ADVANCE = """
if redis.call('HEXISTS', KEYS[1], 'epoch') == 0 then
  local now = redis.call('TIME')
  redis.call('HSET', KEYS[1], 'epoch', tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000))
end
local seq = redis.call('HINCRBY', KEYS[1], 'seq', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
return {tonumber(redis.call('HGET', KEYS[1], 'epoch')), seq}
"""


def current_position(run_id: int) -> tuple[int, int]:
    """(epoch, seq) of the run's event counter now. Creates the counter if there is
    none, so that the next event is numbered in the epoch a snapshot reports."""
    client = _redis()
    script = getattr(_local, "advance", None)
    if script is None:
        script = _local.advance = client.register_script(_ADVANCE)
    epoch, seq = script(keys=[_position_key(run_id)], args=[0, SEQ_TTL_SECONDS])
    return int(epoch), int(seq)


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
        advance = client.register_script(_ADVANCE)
        while True:
            # Whatever is waiting goes out together, one message per run: a step's end
            # and the next step's start are committed at once (execution.py), and each
            # message to Redis costs this process more than building the events.
            waiting = [await self.queue.get()]
            while not self.queue.empty():
                waiting.append(self.queue.get_nowait())
            for run_id, pipeline_id, batch in _by_run(waiting):
                try:
                    await _send(advance, run_id, pipeline_id, batch)
                except Exception:
                    kinds = ", ".join(sorted({str(event.get("type")) for event in batch}))
                    logger.warning("could not send %s events for run %s", kinds, run_id, exc_info=True)


def _by_run(
    waiting: list[tuple[int, int | None, dict[str, Any]]],
) -> list[tuple[int, int | None, list[dict[str, Any]]]]:
    """The events of each run in the order they were queued, runs in order of their first."""
    batches: dict[int, list[dict[str, Any]]] = {}
    pipelines: dict[int, int] = {}  # only run status events name the pipeline
    for run_id, pipeline_id, event in waiting:
        batches.setdefault(run_id, []).append(event)
        if pipeline_id is not None:
            pipelines[run_id] = pipeline_id
    return [(run_id, pipelines.get(run_id), batch) for run_id, batch in batches.items()]


# A send that fails on a broken connection is tried again after these pauses. After a
# Redis restart every pooled connection of a process is dead, each found out by the
# first command that uses it; a batch given up on at once could be a run's last events,
# and its clients would never learn of the gap.
_RETRY_PAUSES = (0.05, 0.5, 2.0)


async def _retried(call: Callable[[], Awaitable[_T]]) -> _T:
    for pause in (*_RETRY_PAUSES, None):
        try:
            return await call()
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError):
            if pause is None:
                raise
            await asyncio.sleep(pause)
    raise AssertionError("unreachable")


async def _send(advance: AsyncScript, run_id: int, pipeline_id: int | None, batch: list[dict[str, Any]]) -> None:
    """Number a run's events (one counter increment for all of them) and send them to the
    run's clients as one message; run status changes go to its pipeline's clients too.
    Numbering and sending are retried apart, so a retried send keeps its numbers (a
    client takes an event twice without harm: each carries the step's whole state)."""
    layer = get_channel_layer()
    if layer is None:
        return
    position = _position_key(run_id)
    epoch, last = await _retried(partial(advance, keys=[position], args=[len(batch), SEQ_TTL_SECONDS]))
    first = int(last) - len(batch) + 1
    payloads = [
        {**event, "run_id": run_id, "seq": first + offset, "epoch": int(epoch)} for offset, event in enumerate(batch)
    ]
    await _retried(partial(layer.group_send, run_group(run_id), {"type": "run.events", "events": payloads}))
    if pipeline_id is not None:
        for payload in payloads:
            if payload["type"] == "run.status":
                message = {"type": "pipeline.event", "event": payload}
                await _retried(partial(layer.group_send, pipeline_group(pipeline_id), message))


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
