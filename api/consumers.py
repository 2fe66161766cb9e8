"""Websocket consumers: authorize, send a numbered snapshot, then forward deltas.

They only translate channel-layer events into client messages.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer, JsonWebsocketConsumer
from django.contrib.auth import get_user_model

from designer import presence
from designer.graph import nesting
from runner import events
from runner import selectors as runs

# Accepted, then closed with this code: the client knows not to retry, and learns
# nothing about whether the id exists (a missing id gets the same answer).
UNAUTHORIZED = 4403


def read_client_message(text_data: str | None) -> tuple[Any, dict[str, str] | None]:
    """A client's frame as JSON, or the error message to answer it with.

    Channels would raise on a binary frame or text that is not JSON, or run out of
    stack on JSON nested a thousand levels deep; any of these ended the connection
    with an internal error. The canvas drops message types it does not know.
    """
    if not text_data:
        return None, {"type": "error", "message": "send JSON text frames; binary frames are not read"}
    try:
        return nesting.loads(text_data), None
    except nesting.TooDeep as exc:
        return None, {"type": "error", "message": f"the message is {exc}"}
    except ValueError as exc:
        return None, {"type": "error", "message": f"the message is not JSON: {exc}"}


class RunConsumer(AsyncJsonWebsocketConsumer):  # type: ignore[misc]
    """Asynchronous, unlike the pipeline stream: every step change of every watched run
    passes through here, and forwarding it without a hop to a worker thread keeps
    status latency low. Database reads go through database_sync_to_async."""

    run_id: int
    group: str
    user_group: str
    seq = 0
    epoch = 0

    async def connect(self) -> None:
        user = self.scope.get("user")
        self.run_id = int(self.scope["url_route"]["kwargs"]["run_id"])
        if user is None or not await database_sync_to_async(_may_watch_run)(user, self.run_id):
            await self.accept()
            await self.close(code=UNAUTHORIZED)
            return
        self.group = events.run_group(self.run_id)
        self.user_group = presence.user_group(user.pk)
        # Join before reading the snapshot so no event can fall between the two.
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.channel_layer.group_add(self.user_group, self.channel_name)
        await self.accept()
        await self.send_snapshot()

    async def disconnect(self, code: int) -> None:
        if hasattr(self, "group"):
            await self.channel_layer.group_discard(self.group, self.channel_name)
            await self.channel_layer.group_discard(self.user_group, self.channel_name)

    async def access_changed(self, message: dict[str, Any]) -> None:
        """The user's membership changed: a member removed from the run's workspace is
        closed at once."""
        if not await database_sync_to_async(_may_watch_run)(self.scope.get("user"), self.run_id):
            await self.channel_layer.group_discard(self.group, self.channel_name)
            await self.close(code=UNAUTHORIZED)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None, **kwargs: Any) -> None:
        content, error = read_client_message(text_data)
        if error is not None:
            await self.send_json(error)
        else:
            await self.receive_json(content, **kwargs)

    async def receive_json(self, content: Any, **kwargs: Any) -> None:
        if isinstance(content, dict) and content.get("type") == "snapshot":
            await self.send_snapshot()

    async def send_snapshot(self) -> None:
        snapshot = await database_sync_to_async(runs.run_snapshot)(run_id=self.run_id)
        self.epoch, self.seq = snapshot["epoch"], snapshot["seq"]
        await self.send_json(snapshot)

    async def run_events(self, message: dict[str, Any]) -> None:
        """Events of the run, numbered, in order (runner/events.py sends what it has
        waiting as one message); each goes to the client as a frame of its own."""
        for event in message["events"]:
            if (event["epoch"], event["seq"]) <= (self.epoch, self.seq):
                continue  # already part of the snapshot this client has
            # (A later epoch: Redis restarted and numbering began again. The client asks
            # for a snapshot when it sees it.)
            await self.send_json(event)


def _may_watch_run(user: Any, run_id: int) -> bool:
    # is_active as it is now, not as it was when the socket connected (a deactivated user).
    if not get_user_model().objects.filter(pk=user.pk, is_active=True).exists():
        return False
    return runs.run_list(user=user).filter(pk=run_id).exists()


class PipelineConsumer(JsonWebsocketConsumer):  # type: ignore[misc]
    """One pipeline's channel: run status changes (for run lists and badges), saves by
    anyone (`pipeline.saved`, so open canvases merge them in), and who else has the
    pipeline open (`presence`).

    Any member may subscribe, viewers too. A client is counted present only once it
    sends `{"type": "join"}` (the canvas does; a script following runs does not), and
    stays so while it sends `{"type": "heartbeat"}` (designer/presence.py). Every
    heartbeat checks the membership again, and so does a change to the user's
    memberships (`access.changed`, sent to all of the user's sockets): a member removed
    from the workspace is closed with 4403 at once and leaves the list, and a changed
    role shows.
    """

    group: str
    user_group: str
    pipeline_id: int
    role: str
    present: presence.Present | None = None
    store: presence.PresenceStore | None = None
    last_here = 0.0

    def connect(self) -> None:
        user = self.scope.get("user")
        self.pipeline_id = int(self.scope["url_route"]["kwargs"]["pipeline_id"])
        member = presence.member_of_pipeline(user=user, pipeline_id=self.pipeline_id)
        if member is None:
            self.accept()
            self.close(code=UNAUTHORIZED)
            return
        self.role = member[1]
        self.group = presence.pipeline_group(self.pipeline_id)
        self.user_group = presence.user_group(user.pk)
        async_to_sync(self.channel_layer.group_add)(self.group, self.channel_name)
        async_to_sync(self.channel_layer.group_add)(self.user_group, self.channel_name)
        self.accept()
        recent = runs.run_list(user=user).filter(pipeline_id=self.pipeline_id).order_by("-id")[:20]
        self.send_json(
            {
                "type": "snapshot",
                "runs": [{"id": r.pk, "number": r.number, "status": r.status} for r in recent],
            }
        )

    def disconnect(self, code: int) -> None:
        self.leave()
        if hasattr(self, "group"):
            async_to_sync(self.channel_layer.group_discard)(self.group, self.channel_name)
            async_to_sync(self.channel_layer.group_discard)(self.user_group, self.channel_name)

    def receive(self, text_data: str | None = None, bytes_data: bytes | None = None, **kwargs: Any) -> None:
        content, error = read_client_message(text_data)
        if error is not None:
            self.send_json(error)
        else:
            self.receive_json(content, **kwargs)

    def receive_json(self, content: Any, **kwargs: Any) -> None:
        kind = content.get("type") if isinstance(content, dict) else None
        if kind in ("join", "heartbeat"):
            # A client beating far faster than asked would cost a query and a Redis
            # call each time; within a second of the last one a beat is ignored.
            now = time.monotonic()
            if self.present is not None and now - self.last_here < 1:
                return
            self.last_here = now
            self.here()
        elif kind == "leave":
            self.leave()

    def access_changed(self, message: dict[str, Any]) -> None:
        if self.present is not None:
            self.here()  # checks, and shows a changed role to the others
        elif presence.member_of_pipeline(user=self.scope.get("user"), pipeline_id=self.pipeline_id) is None:
            self.shut_out()

    def shut_out(self) -> None:
        """Removed from the workspace (or the pipeline deleted): nothing more is heard."""
        self.leave()
        async_to_sync(self.channel_layer.group_discard)(self.group, self.channel_name)
        self.close(code=UNAUTHORIZED)

    def here(self) -> None:
        """Join, or say we are still here, as whoever the server knows this user to be."""
        member = presence.member_of_pipeline(user=self.scope.get("user"), pipeline_id=self.pipeline_id)
        if member is None:  # removed from the workspace (or the pipeline deleted) since
            self.shut_out()
            return
        self.role = member[1]
        if self.store is None:
            self.store = presence.PresenceStore()
        connection = self.present.connection if self.present else uuid.uuid4().hex
        self.present = presence.present_as(connection=connection, user=self.scope["user"], role=self.role)
        people, changed = self.store.here(self.pipeline_id, self.present)
        if changed:
            self.broadcast(people)
        else:
            self.send_presence(people)

    def leave(self) -> None:
        if self.present is None or self.store is None:
            return
        people, changed = self.store.gone(self.pipeline_id, self.present.connection)
        self.present = None
        if changed:
            self.broadcast(people)
        self.store.close()
        self.store = None

    def broadcast(self, people: list[presence.Present]) -> None:
        async_to_sync(self.channel_layer.group_send)(
            self.group, {"type": "presence.changed", "people": [p.to_dict() for p in people]}
        )

    def send_presence(self, people: list[presence.Present] | list[dict[str, Any]]) -> None:
        listed = [p.to_dict() if isinstance(p, presence.Present) else p for p in people]
        self.send_json(
            {
                "type": "presence",
                # Which entry is this client's own, so it can leave itself out.
                "you": self.present.connection if self.present else None,
                "heartbeat_seconds": presence.HEARTBEAT_SECONDS,
                "people": listed,
            }
        )

    def presence_changed(self, message: dict[str, Any]) -> None:
        self.send_presence(message["people"])

    def pipeline_event(self, message: dict[str, Any]) -> None:
        self.send_json(message["event"])
