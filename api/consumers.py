"""Websocket consumers: authorize, send a numbered snapshot, then forward deltas.

Synchronous consumers (Channels runs them in a thread), so selectors are called
directly; they only translate channel-layer events into client messages.
"""

from __future__ import annotations

from typing import Any

from asgiref.sync import async_to_sync
from channels.generic.websocket import JsonWebsocketConsumer

from designer import selectors as design
from runner import events
from runner import selectors as runs

# Accepted, then closed with this code: the client knows not to retry, and learns
# nothing about whether the id exists (a missing id gets the same answer).
UNAUTHORIZED = 4403


class RunConsumer(JsonWebsocketConsumer):  # type: ignore[misc]
    run_id: int
    group: str
    seq = 0

    def connect(self) -> None:
        user = self.scope.get("user")
        self.run_id = int(self.scope["url_route"]["kwargs"]["run_id"])
        if user is None or not runs.run_list(user=user).filter(pk=self.run_id).exists():
            self.accept()
            self.close(code=UNAUTHORIZED)
            return
        self.group = events.run_group(self.run_id)
        # Join before reading the snapshot so no event can fall between the two.
        async_to_sync(self.channel_layer.group_add)(self.group, self.channel_name)
        self.accept()
        self.send_snapshot()

    def disconnect(self, code: int) -> None:
        if hasattr(self, "group"):
            async_to_sync(self.channel_layer.group_discard)(self.group, self.channel_name)

    def receive_json(self, content: Any, **kwargs: Any) -> None:
        if isinstance(content, dict) and content.get("type") == "snapshot":
            self.send_snapshot()

    def send_snapshot(self) -> None:
        snapshot = runs.run_snapshot(run_id=self.run_id)
        self.seq = snapshot["seq"]
        self.send_json(snapshot)

    def run_event(self, message: dict[str, Any]) -> None:
        event = message["event"]
        if event["seq"] <= self.seq:
            return  # already part of the snapshot this client has
        self.send_json(event)


class PipelineConsumer(JsonWebsocketConsumer):  # type: ignore[misc]
    """Run status changes of one pipeline: for run history lists and badges."""

    group: str

    def connect(self) -> None:
        user = self.scope.get("user")
        pipeline_id = int(self.scope["url_route"]["kwargs"]["pipeline_id"])
        if user is None or not design.pipeline_list(user=user).filter(pk=pipeline_id).exists():
            self.accept()
            self.close(code=UNAUTHORIZED)
            return
        self.group = events.pipeline_group(pipeline_id)
        async_to_sync(self.channel_layer.group_add)(self.group, self.channel_name)
        self.accept()
        recent = runs.run_list(user=user).filter(pipeline_id=pipeline_id).order_by("-id")[:20]
        self.send_json(
            {
                "type": "snapshot",
                "runs": [{"id": r.pk, "number": r.number, "status": r.status} for r in recent],
            }
        )

    def disconnect(self, code: int) -> None:
        if hasattr(self, "group"):
            async_to_sync(self.channel_layer.group_discard)(self.group, self.channel_name)

    def pipeline_event(self, message: dict[str, Any]) -> None:
        self.send_json(message["event"])
