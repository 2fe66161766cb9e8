"""Who has a pipeline open, over the pipeline channel (/ws/pipelines/{id}/), through the
real ASGI application, authentication and the Redis channel layer: joining and leaving,
a silent connection going stale, roles, and the announcement of every save."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from asgiref.sync import sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client

from designer import members, presence, services
from designer.errors import Conflict
from designer.models import Pipeline
from tests.integration.graphs import chain_graph
from tests.integration.test_realtime import run_async

pytestmark = pytest.mark.integration

ORIGIN = "http://localhost"


def session_cookie(user: User) -> str:
    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def channel(path: str, headers: dict[str, str]) -> WebsocketCommunicator:
    from designer.asgi import application

    return WebsocketCommunicator(
        application, path, headers=[(k.lower().encode(), v.encode()) for k, v in headers.items()]
    )


def as_member(user: User) -> dict[str, str]:
    """What the canvas's browser sends: its session cookie and the site's Origin."""
    return {"Cookie": session_cookie(user), "Origin": ORIGIN}


async def opened(path: str, headers: dict[str, str]) -> WebsocketCommunicator:
    """Connected and past the run snapshot every subscriber gets first."""
    communicator = channel(path, headers)
    connected, _ = await communicator.connect(timeout=10)
    assert connected
    first = await communicator.receive_json_from(timeout=10)
    assert first["type"] == "snapshot", first
    return communicator


async def next_of(communicator: WebsocketCommunicator, kind: str, timeout: float = 10) -> dict[str, Any]:
    async with asyncio.timeout(timeout):
        while True:
            message = json.loads(await communicator.receive_from(timeout=timeout))
            if message["type"] == kind:
                return message


async def presence_where(
    communicator: WebsocketCommunicator, wanted: Callable[[list[str]], bool], timeout: float = 10
) -> dict[str, Any]:
    """The first presence message whose usernames (sorted) satisfy `wanted`."""
    async with asyncio.timeout(timeout):
        while True:
            message = await next_of(communicator, "presence", timeout)
            if wanted(sorted(p["username"] for p in message["people"])):
                return message


async def closed_with(communicator: WebsocketCommunicator, timeout: float = 10) -> int:
    async with asyncio.timeout(timeout):
        while True:
            output = await communicator.receive_output(timeout=timeout)
            if output["type"] == "websocket.close":
                return int(output.get("code", 1000))


def threadsafe(function: Callable[[], Any]) -> Callable[[], Awaitable[Any]]:
    """Database work from the scenario's event loop, closing that thread's connection
    so the test database can be dropped at the end."""

    def call() -> Any:
        try:
            return function()
        finally:
            connection.close()

    return sync_to_async(call, thread_sensitive=False)


@pytest.fixture
def team(alice: User, transactional_db: None, redis_service: str) -> dict[str, Any]:
    """alice's workspace with carol (editor) and vic (viewer) in it, and a pipeline."""
    workspace = services.workspace_default(user=alice)
    for username, role in (("carol", "editor"), ("vic", "viewer")):
        services.user_create(username=username, password=f"{username}-password")
        members.member_invite(workspace=workspace, user=alice, username=username, role=role)
    pipeline = services.pipeline_create(workspace=workspace, user=alice, name="shared", graph=chain_graph(2))
    users = {u.username: u for u in User.objects.filter(username__in=["alice", "carol", "vic"])}
    headers = {name: as_member(user) for name, user in users.items()}
    return {"workspace": workspace, "pipeline": pipeline, "users": users, "headers": headers}


def test_members_see_each_other_join_and_leave_with_their_roles(team: dict[str, Any]) -> None:
    path = f"/ws/pipelines/{team['pipeline'].pk}/"

    async def scenario() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        alice = await opened(path, team["headers"]["alice"])
        await alice.send_json_to({"type": "join"})
        only_alice = await presence_where(alice, lambda names: names == ["alice"])
        carol = await opened(path, team["headers"]["carol"])
        vic = await opened(path, team["headers"]["vic"])
        await carol.send_json_to({"type": "join"})
        await vic.send_json_to({"type": "join"})
        everyone = await presence_where(alice, lambda names: names == ["alice", "carol", "vic"])
        carols_view = await presence_where(carol, lambda names: names == ["alice", "carol", "vic"])
        assert carols_view["you"] != everyone["you"]
        await carol.disconnect()
        after = await presence_where(alice, lambda names: names == ["alice", "vic"])
        await vic.disconnect()
        await alice.disconnect()
        return only_alice, everyone, after

    only_alice, everyone, after = run_async(scenario())
    assert only_alice["you"] == only_alice["people"][0]["connection"]
    assert only_alice["heartbeat_seconds"] == presence.HEARTBEAT_SECONDS
    roles = {p["username"]: p["role"] for p in everyone["people"]}
    assert roles == {"alice": "owner", "carol": "editor", "vic": "viewer"}
    assert {p["name"] for p in everyone["people"]} == {"alice", "carol", "vic"}
    assert everyone["you"] == next(p["connection"] for p in everyone["people"] if p["username"] == "alice")
    assert [p["username"] for p in after["people"]] == ["alice", "vic"]
    assert presence.PresenceStore().people(team["pipeline"].pk) == []


def test_a_subscriber_that_does_not_join_is_not_listed(team: dict[str, Any]) -> None:
    """A script following the pipeline's runs is not someone with the canvas open."""
    path = f"/ws/pipelines/{team['pipeline'].pk}/"

    async def scenario() -> dict[str, Any]:
        script = await opened(path, team["headers"]["carol"])
        alice = await opened(path, team["headers"]["alice"])
        await alice.send_json_to({"type": "join"})
        heard = await next_of(script, "presence")
        await script.disconnect()
        await alice.disconnect()
        return heard

    heard = run_async(scenario())
    assert heard["you"] is None
    assert [p["username"] for p in heard["people"]] == ["alice"]


def test_a_connection_that_falls_silent_is_dropped_at_the_next_heartbeat(
    team: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A browser that vanished without closing (a dead machine, a lost network, a web
    process that died with it) leaves an entry nobody refreshes; it goes once stale."""
    monkeypatch.setattr(presence, "STALE_AFTER_SECONDS", 1)
    pipeline = team["pipeline"]
    path = f"/ws/pipelines/{pipeline.pk}/"
    users = team["users"]
    # carol's canvas, listed by a web process that has since died.
    ghost = presence.present_as(connection="ghost", user=users["carol"], role="editor")
    presence.PresenceStore().here(pipeline.pk, ghost)

    async def scenario() -> tuple[dict[str, Any], dict[str, Any]]:
        alice = await opened(path, team["headers"]["alice"])
        await alice.send_json_to({"type": "join"})
        with_ghost = await presence_where(alice, lambda names: "alice" in names)
        await asyncio.sleep(1.3)
        await alice.send_json_to({"type": "heartbeat"})
        without = await presence_where(alice, lambda names: names == ["alice"])
        await alice.disconnect()
        return with_ghost, without

    with_ghost, without = run_async(scenario())
    assert sorted(p["username"] for p in with_ghost["people"]) == ["alice", "carol"]
    assert [p["connection"] for p in without["people"]] == [without["you"]]


def test_a_member_removed_while_connected_is_closed_at_once_and_leaves_the_list(team: dict[str, Any]) -> None:
    path = f"/ws/pipelines/{team['pipeline'].pk}/"
    users = team["users"]

    async def scenario() -> tuple[int, dict[str, Any]]:
        alice = await opened(path, team["headers"]["alice"])
        carol = await opened(path, team["headers"]["carol"])
        await alice.send_json_to({"type": "join"})
        await carol.send_json_to({"type": "join"})
        await presence_where(alice, lambda names: names == ["alice", "carol"])
        await threadsafe(
            lambda: members.member_remove(workspace=team["workspace"], user=users["alice"], username="carol")
        )()
        code = await closed_with(carol, timeout=5)  # no heartbeat needed
        after = await presence_where(alice, lambda names: names == ["alice"])
        await alice.disconnect()
        return code, after

    code, after = run_async(scenario())
    assert code == 4403
    assert [p["username"] for p in after["people"]] == ["alice"]


def test_every_save_is_announced_with_its_revision_and_author(team: dict[str, Any]) -> None:
    """The canvas learns of another person's save from this message and merges it in;
    the message carries no graph (that is fetched over HTTP, as the user)."""
    pipeline: Pipeline = team["pipeline"]
    path = f"/ws/pipelines/{pipeline.pk}/"
    users = team["users"]
    carol_client = Client()
    carol_client.force_login(users["carol"])

    def carol_saves() -> int:
        graph = chain_graph(3)
        response = carol_client.patch(
            f"/api/pipelines/{pipeline.pk}/", {"revision": 1, "graph": graph}, content_type="application/json"
        )
        assert response.status_code == 200, response.content
        return int(response.json()["revision"])

    def alice_saves_stale() -> int:
        return services.pipeline_update(
            pipeline=Pipeline.objects.get(pk=pipeline.pk), user=users["alice"], revision=1, fields={"name": "x"}
        ).revision

    async def scenario() -> tuple[int, dict[str, Any], bool]:
        alice = await opened(path, team["headers"]["alice"])
        revision = await threadsafe(carol_saves)()
        saved = await next_of(alice, "pipeline.saved")
        with contextlib.suppress(Conflict):
            await threadsafe(alice_saves_stale)()
        # A refused save is not announced.
        quiet = await alice.receive_nothing(timeout=1)
        await alice.disconnect()
        return revision, saved, quiet

    revision, saved, quiet = run_async(scenario())
    assert revision == 2
    assert saved == {
        "type": "pipeline.saved",
        "pipeline_id": pipeline.pk,
        "revision": 2,
        "saved_by": {"user_id": users["carol"].pk, "username": "carol", "name": "carol"},
    }
    assert quiet
