"""Who has a pipeline open on the canvas, and telling them when someone saves it.

Presence is per connection, kept in Redis so every web process sees the same list: a
hash of who each connection is (`...:who`) and a sorted set of when each last said it
was there (`...:seen`, Redis' own clock in milliseconds, so web processes with
different clocks agree). A connection is listed from its `join` until it leaves or
closes; a browser that vanishes without closing (a killed machine, a dropped network,
a web process that died) stops sending heartbeats and is dropped once it has been
silent for STALE_AFTER_SECONDS, by the next heartbeat of anyone else on the pipeline.
With the canvas beating every HEARTBEAT_SECONDS, a vanished browser is gone from the
others' headers within STALE_AFTER_SECONDS + HEARTBEAT_SECONDS.

Who a connection is comes from the server only (the authenticated user and their
membership), never from anything the client sends. Messages go to the channel group
of the pipeline (`pipeline_group`), which the run engine also sends run status to.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from typing import Any

import redis
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import transaction

from designer.models import Membership, Pipeline

logger = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 10
STALE_AFTER_SECONDS = 20
# The keys of a pipeline nobody has open any more go away on their own.
KEY_TTL_SECONDS = 3600


def pipeline_group(pipeline_id: int) -> str:
    return f"pipeline.{int(pipeline_id)}"


def user_group(user_id: int) -> str:
    """Every open websocket of one user: told when their access may have changed."""
    return f"user.{int(user_id)}"


@dataclass(frozen=True)
class Present:
    """One open canvas: which connection, whose, and their role in the workspace."""

    connection: str
    user_id: int
    username: str
    name: str
    role: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def member_of_pipeline(*, user: Any, pipeline_id: int) -> tuple[Pipeline, str] | None:
    """The pipeline and the user's role in its workspace, or None when the user is not
    signed in or not a member (the same answer whether or not the pipeline exists)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    pipeline = Pipeline.objects.filter(pk=pipeline_id).select_related("workspace").first()
    if pipeline is None:
        return None
    # is_active as it is now, not as it was when the socket connected (a deactivated user).
    role = (
        Membership.objects.filter(user=user, user__is_active=True, workspace=pipeline.workspace)
        .values_list("role", flat=True)
        .first()
    )
    return None if role is None else (pipeline, role)


def present_as(*, connection: str, user: Any, role: str) -> Present:
    return Present(
        connection=connection,
        user_id=int(user.pk),
        username=user.get_username(),
        name=user.get_full_name().strip() or user.get_username(),
        role=role,
    )


def _keys(pipeline_id: int) -> list[str]:
    prefix: str = settings.CHANNEL_LAYERS["default"]["CONFIG"]["prefix"]  # type: ignore[index]
    base = f"{prefix}:presence:{int(pipeline_id)}"
    return [f"{base}:who", f"{base}:seen"]


# KEYS: who (hash), seen (sorted set). ARGV: connection ("" for none), who-JSON ("" to
# remove the connection), stale after ms, key ttl s. Drops the stale connections,
# records or removes this one, and returns {changed, who-JSON...}: changed is 1 when
# the list is not what it was before (someone came, went, went stale, or changed role).
_UPDATE = """
local now = redis.call('TIME')
local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local changed = 0
local stale = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ms - tonumber(ARGV[3]))
for _, connection in ipairs(stale) do
  if connection ~= ARGV[1] or ARGV[2] == '' then
    redis.call('HDEL', KEYS[1], connection)
    redis.call('ZREM', KEYS[2], connection)
    changed = 1
  end
end
if ARGV[1] ~= '' then
  if ARGV[2] == '' then
    changed = math.max(changed, redis.call('HDEL', KEYS[1], ARGV[1]))
    redis.call('ZREM', KEYS[2], ARGV[1])
  else
    if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then
      redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
      changed = 1
    end
    redis.call('ZADD', KEYS[2], ms, ARGV[1])
  end
end
redis.call('EXPIRE', KEYS[1], ARGV[4])
redis.call('EXPIRE', KEYS[2], ARGV[4])
local result = {changed}
for _, who in ipairs(redis.call('HVALS', KEYS[1])) do
  table.insert(result, who)
end
return result
"""


class PresenceStore:
    """The Redis side of presence. One per consumer: it keeps its connection."""

    def __init__(self, url: str | None = None) -> None:
        self.client = redis.Redis.from_url(url or settings.REDIS_URL)
        self.script = self.client.register_script(_UPDATE)

    def _update(self, pipeline_id: int, connection: str, who: str) -> tuple[list[Present], bool]:
        stale_ms = STALE_AFTER_SECONDS * 1000
        answer = self.script(keys=_keys(pipeline_id), args=[connection, who, stale_ms, KEY_TTL_SECONDS])
        changed, entries = bool(int(answer[0])), answer[1:]
        people = [Present(**json.loads(entry)) for entry in entries]
        # Oldest user first would need the join time; by name is stable and readable.
        people.sort(key=lambda p: (p.name.lower(), p.username, p.connection))
        return people, changed

    def here(self, pipeline_id: int, present: Present) -> tuple[list[Present], bool]:
        """Records (or refreshes) the connection; the list and whether it changed."""
        return self._update(pipeline_id, present.connection, json.dumps(present.to_dict(), sort_keys=True))

    def gone(self, pipeline_id: int, connection: str) -> tuple[list[Present], bool]:
        return self._update(pipeline_id, connection, "")

    def people(self, pipeline_id: int) -> list[Present]:
        return self._update(pipeline_id, "", "")[0]

    def close(self) -> None:
        self.client.close()


def _group_send(group: str, message: dict[str, Any], what: str) -> None:
    """Send on the channel layer; a failure is logged, never raised (what it tells is
    also learnt another way)."""
    layer = get_channel_layer()
    if layer is None:
        return
    try:
        async_to_sync(layer.group_send)(group, message)
    except Exception:
        logger.warning("could not send %s", what, exc_info=True)


def _send(pipeline_id: int, event: dict[str, Any]) -> None:
    # On failure the others learn of the save on their next save (a 409).
    _group_send(
        pipeline_group(pipeline_id),
        {"type": "pipeline.event", "event": event},
        f"{event.get('type')} of pipeline {pipeline_id}",
    )


def announce_access_changed(*, user_id: int) -> None:
    """Once the change has committed, have every open websocket of the user check
    again what they may see: a member removed from a workspace stops hearing its runs
    and saves at once, not at their next heartbeat (or never, for a client that sends
    none)."""

    def send() -> None:
        # On failure their sockets still check at every heartbeat; a run's at its next reconnect.
        _group_send(user_group(user_id), {"type": "access.changed"}, f"user {user_id}'s access change")

    transaction.on_commit(send)


def announce_user_deleted(*, instance: Any, **kwargs: Any) -> None:
    """A `post_delete` receiver for the user model (apps.py): their open websockets
    check again, find no membership, and close."""
    announce_access_changed(user_id=int(instance.pk))


def announce_user_deactivated(*, instance: Any, **kwargs: Any) -> None:
    """A `post_save` receiver for the user model (apps.py): a user made inactive is
    closed out of their open websockets as a removed member is."""
    if not instance.is_active:
        announce_access_changed(user_id=int(instance.pk))


def announce_save(*, pipeline: Pipeline, user: Any) -> None:
    """Tell everyone on the pipeline's channel that `user` saved it, once the save has
    committed: they fetch the new revision over HTTP (the message carries no graph)."""
    event = {
        "type": "pipeline.saved",
        "pipeline_id": pipeline.pk,
        "revision": pipeline.revision,
        "saved_by": {
            "user_id": int(user.pk),
            "username": user.get_username(),
            "name": user.get_full_name().strip() or user.get_username(),
        },
    }
    transaction.on_commit(lambda: _send(pipeline.pk, event))
