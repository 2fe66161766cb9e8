"""The pipeline channel and live saving, played by someone who should not get in, or by
a save that should not win: bob never joins alice's pipeline channel (by session, by
token, by guessing ids), never hears her saves or who has her pipeline open, cannot
pass as someone else in the presence list; a member removed from the workspace stops
hearing it and its runs at once; a stale or refused save never overwrites and is never
announced."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from rest_framework.authtoken.models import Token

from designer import members, presence, services
from designer.models import Pipeline, PipelineVersion
from runner import services as run_services
from tests.integration.graphs import chain_graph
from tests.integration.test_presence import ORIGIN, as_member, channel, closed_with, next_of, opened, threadsafe
from tests.integration.test_realtime import run_async

pytestmark = pytest.mark.integration


@pytest.fixture
def two_teams(alice: User, bob: User, transactional_db: None, redis_service: str) -> dict[str, Any]:
    workspace = services.workspace_default(user=alice)
    services.user_create(username="vic", password="vic-password")
    members.member_invite(workspace=workspace, user=alice, username="vic", role="viewer")
    vic = User.objects.get(username="vic")
    alices = services.pipeline_create(workspace=workspace, user=alice, name="alice's", graph=chain_graph(2))
    bobs = services.pipeline_create(
        workspace=services.workspace_default(user=bob), user=bob, name="bob's", graph=chain_graph(2)
    )
    return {
        "alice": alice,
        "bob": bob,
        "vic": vic,
        "alices": alices,
        "bobs": bobs,
        "headers": {"alice": as_member(alice), "bob": as_member(bob), "vic": as_member(vic)},
        "bob_token": {"Authorization": f"Token {Token.objects.get_or_create(user=bob)[0].key}"},
    }


def test_bob_never_joins_alices_pipeline_channel_however_he_asks(two_teams: dict[str, Any]) -> None:
    alices: Pipeline = two_teams["alices"]
    missing = alices.pk + 10_000
    attempts = [
        (f"/ws/pipelines/{alices.pk}/", two_teams["headers"]["bob"]),
        (f"/ws/pipelines/{alices.pk}/", two_teams["bob_token"]),
        (f"/ws/pipelines/{alices.pk}/", {"Origin": ORIGIN}),  # signed out
        (f"/ws/pipelines/{alices.pk}/", {"Authorization": "Token not-a-key"}),
        (f"/ws/pipelines/{missing}/", two_teams["headers"]["bob"]),  # a guessed id: the same answer
        (f"/ws/pipelines/{missing}/", two_teams["headers"]["alice"]),
    ]

    async def attempt(path: str, headers: dict[str, str]) -> int:
        communicator = channel(path, headers)
        connected, _ = await communicator.connect(timeout=10)
        assert connected  # accepted, then closed: nothing said about whether it exists
        await communicator.send_json_to({"type": "join"})
        return await closed_with(communicator)

    async def scenario() -> tuple[list[int], dict[str, Any]]:
        alice = await opened(f"/ws/pipelines/{alices.pk}/", two_teams["headers"]["alice"])
        await alice.send_json_to({"type": "join"})
        await next_of(alice, "presence")
        codes = [await attempt(path, headers) for path, headers in attempts]
        # Her list never had bob in it.
        await asyncio.sleep(1.1)  # past the heartbeat throttle
        await alice.send_json_to({"type": "heartbeat"})
        listed = await next_of(alice, "presence")
        await alice.disconnect()
        return codes, listed

    codes, listed = run_async(scenario())
    assert codes == [4403] * len(attempts)
    assert [p["username"] for p in listed["people"]] == ["alice"]


def test_bob_on_his_own_pipeline_hears_nothing_of_alices(two_teams: dict[str, Any]) -> None:
    alices: Pipeline = two_teams["alices"]
    bobs: Pipeline = two_teams["bobs"]
    alice_client = Client()
    alice_client.force_login(two_teams["alice"])

    def alice_saves() -> None:
        response = alice_client.patch(
            f"/api/pipelines/{alices.pk}/", {"revision": 1, "name": "secret plans"}, content_type="application/json"
        )
        assert response.status_code == 200

    async def scenario() -> tuple[bool, dict[str, Any]]:
        bob = await opened(f"/ws/pipelines/{bobs.pk}/", two_teams["headers"]["bob"])
        alice = await opened(f"/ws/pipelines/{alices.pk}/", two_teams["headers"]["alice"])
        await alice.send_json_to({"type": "join"})
        await next_of(alice, "presence")
        await threadsafe(alice_saves)()
        alice_heard = await next_of(alice, "pipeline.saved")
        bob_heard_nothing = await bob.receive_nothing(timeout=1)
        await alice.disconnect()
        await bob.disconnect()
        return bob_heard_nothing, alice_heard

    bob_heard_nothing, alice_heard = run_async(scenario())
    assert bob_heard_nothing
    assert alice_heard["revision"] == 2


def test_a_client_cannot_pass_as_someone_else_or_claim_a_role(two_teams: dict[str, Any]) -> None:
    """Who is listed comes from the session, never from the message."""
    alices: Pipeline = two_teams["alices"]
    forged = {
        "type": "join",
        "connection": "x",
        "user_id": two_teams["alice"].pk,
        "username": "alice",
        "name": "alice",
        "role": "owner",
        "people": [{"username": "mallory"}],
    }

    async def scenario() -> dict[str, Any]:
        vic = await opened(f"/ws/pipelines/{alices.pk}/", two_teams["headers"]["vic"])
        await vic.send_json_to(forged)
        listed = await next_of(vic, "presence")
        await vic.disconnect()
        return listed

    listed = run_async(scenario())
    assert [(p["username"], p["role"], p["user_id"]) for p in listed["people"]] == [
        ("vic", "viewer", two_teams["vic"].pk)
    ]
    assert listed["you"] == listed["people"][0]["connection"] != "x"
    assert presence.PresenceStore().people(alices.pk) == []


def test_a_viewer_is_present_but_their_save_is_refused_and_never_announced(two_teams: dict[str, Any]) -> None:
    alices: Pipeline = two_teams["alices"]
    vic_client = Client()
    vic_client.force_login(two_teams["vic"])

    def vic_saves() -> int:
        return vic_client.patch(
            f"/api/pipelines/{alices.pk}/",
            {"revision": 1, "graph": chain_graph(5)},
            content_type="application/json",
        ).status_code

    async def scenario() -> tuple[int, bool]:
        alice = await opened(f"/ws/pipelines/{alices.pk}/", two_teams["headers"]["alice"])
        status = await threadsafe(vic_saves)()
        quiet = await alice.receive_nothing(timeout=1)
        await alice.disconnect()
        return status, quiet

    status, quiet = run_async(scenario())
    assert (status, quiet) == (403, True)
    alices.refresh_from_db()
    assert alices.revision == 1 and len(alices.graph["nodes"]) == 2


def test_a_stale_revision_never_overwrites_even_when_saves_race(two_teams: dict[str, Any]) -> None:
    """Two editors save over the same revision at the same moment: one wins, the other
    gets 409 and its graph is stored nowhere; a save naming no revision is refused."""
    alices: Pipeline = two_teams["alices"]
    services.user_create(username="carol", password="carol-password")
    members.member_invite(workspace=alices.workspace, user=two_teams["alice"], username="carol", role="editor")
    url = f"/api/pipelines/{alices.pk}/"
    start = threading.Barrier(2)
    answers: dict[str, int] = {}

    def save(username: str, nodes: int) -> None:
        from django.db import connection

        client = Client()
        client.force_login(User.objects.get(username=username))
        start.wait()
        try:
            answers[username] = client.patch(
                url, {"revision": 1, "graph": chain_graph(nodes)}, content_type="application/json"
            ).status_code
        finally:
            connection.close()

    threads = [threading.Thread(target=save, args=args) for args in (("alice", 3), ("carol", 4))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(answers.values()) == [200, 409]
    winner = next(name for name, code in answers.items() if code == 200)
    alices.refresh_from_db()
    assert alices.revision == 2
    assert len(alices.graph["nodes"]) == (3 if winner == "alice" else 4)
    assert PipelineVersion.objects.filter(pipeline=alices).count() == 2

    client = Client()
    client.force_login(two_teams["alice"])
    no_revision = client.patch(url, {"graph": chain_graph(6)}, content_type="application/json")
    stale_node = client.patch(
        f"{url}nodes/n1/", {"revision": 1, "label": "from an old tab"}, content_type="application/json"
    )
    assert (no_revision.status_code, stale_node.status_code) == (400, 409)
    alices.refresh_from_db()
    assert alices.revision == 2 and len(alices.graph["nodes"]) == (3 if winner == "alice" else 4)


def test_a_removed_member_is_cut_off_at_once_from_the_pipeline_and_its_runs(
    two_teams: dict[str, Any], modules: None
) -> None:
    """vic follows alice's pipeline and one of its runs as a script would: connected,
    never beating. A role change keeps both sockets (and shows the new role); removal
    closes both straight away (before, the pipeline's kept sending run events and saves to a socket
    that sent no heartbeat, and a run's socket was never checked again)."""
    alices: Pipeline = two_teams["alices"]
    alice, vic = two_teams["alice"], two_teams["vic"]
    run = run_services.run_submit(pipeline=alices, user=alice)
    workspace = alices.workspace

    def vic_becomes_editor() -> None:
        members.member_set_role(workspace=workspace, user=alice, username="vic", role="editor")

    def vic_is_removed() -> None:
        members.member_remove(workspace=workspace, user=alice, username="vic")

    async def scenario() -> tuple[list[dict[str, Any]], list[int]]:
        follower = await opened(f"/ws/pipelines/{alices.pk}/", two_teams["headers"]["vic"])
        watcher = await opened(f"/ws/runs/{run.pk}/", two_teams["headers"]["vic"])
        await threadsafe(vic_becomes_editor)()
        # Both sockets still answer (the run may be moving meanwhile: its events are skipped).
        await asyncio.sleep(0.5)
        await follower.send_json_to({"type": "join"})
        listed = (await next_of(follower, "presence"))["people"]
        await watcher.send_json_to({"type": "snapshot"})
        await next_of(watcher, "snapshot")
        await threadsafe(vic_is_removed)()
        codes = [await closed_with(follower, timeout=5), await closed_with(watcher, timeout=5)]
        return listed, codes

    listed, codes = run_async(scenario())
    assert [(p["username"], p["role"]) for p in listed] == [("vic", "editor")]
    assert codes == [4403, 4403]
    assert not vic.memberships.filter(workspace=workspace).exists()


@pytest.mark.parametrize("how", ["deleted", "deactivated"])
def test_a_deleted_or_deactivated_user_is_cut_off_at_once_from_the_pipeline_and_its_runs(
    two_teams: dict[str, Any], modules: None, how: str
) -> None:
    """vic follows alice's pipeline and one of its runs, never beating, and is then
    deleted outright or made inactive (the admin, a shell): both sockets close at once.
    Before, they stayed open: no membership change was announced, and a deactivated
    user's memberships still counted on every later check."""
    alices: Pipeline = two_teams["alices"]
    alice, vic = two_teams["alice"], two_teams["vic"]
    run = run_services.run_submit(pipeline=alices, user=alice)

    def vic_loses_his_account() -> None:
        if how == "deleted":
            User.objects.get(pk=vic.pk).delete()
        else:
            account = User.objects.get(pk=vic.pk)
            account.is_active = False
            account.save()  # as the admin's form does

    async def scenario() -> list[int]:
        follower = await opened(f"/ws/pipelines/{alices.pk}/", two_teams["headers"]["vic"])
        watcher = await opened(f"/ws/runs/{run.pk}/", two_teams["headers"]["vic"])
        await watcher.send_json_to({"type": "snapshot"})
        await next_of(watcher, "snapshot")  # both sockets are in
        await threadsafe(vic_loses_his_account)()
        return [await closed_with(follower, timeout=5), await closed_with(watcher, timeout=5)]

    assert run_async(scenario()) == [4403, 4403]
