"""The websocket stream through Daphne and the Redis channel layer, fed by the worker."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import pytest
from asgiref.sync import sync_to_async
from django.conf import settings
from django.db import connection
from django.test import Client
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from tests.integration.graphs import chain_graph, edge, node, script
from tests.integration.helpers import make_pipeline, wait_for_run

pytestmark = pytest.mark.integration

T = TypeVar("T")


def session_headers(user: Any, live_stack: Any) -> dict[str, str]:
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    return {"Cookie": f"{settings.SESSION_COOKIE_NAME}={cookie}", "Origin": live_stack.base_url}


def submit_as(user: Any, pipeline_id: int) -> int:
    client = Client()
    client.force_login(user)
    response = client.post(f"/api/pipelines/{pipeline_id}/runs/", {}, content_type="application/json")
    assert response.status_code == 201, response.content
    return int(response.json()["id"])


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """asyncio.run in a thread of its own, so it works whatever loop the test's thread
    may already be running (Playwright's sync API runs one)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def submit_and_close_connection(user: Any, pipeline_id: int) -> int:
    """submit_as from a helper thread, closing that thread's database connection so
    the test database can be dropped at the end of the session."""
    try:
        return submit_as(user, pipeline_id)
    finally:
        connection.close()


async def collect_until_finished(ws: Any, timeout: float = 60) -> list[dict[str, Any]]:
    messages = []
    async with asyncio.timeout(timeout):
        while True:
            message = json.loads(await ws.recv())
            messages.append(message)
            if message["type"] == "run.status" and message["status"] in ("completed", "failed", "canceled"):
                return messages


def test_a_client_gets_a_snapshot_then_numbered_deltas_until_the_run_finishes(
    live_stack: Any, alice: Any, modules: None
) -> None:
    # "pause" gives the client time to connect before "talk" starts: it must see
    # talk's every change as a delta.
    graph = {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": "a\n1\n2\n"}),
            node(
                "pause", "execute_python_script", {"script": script("import time\ntime.sleep(1)\nreturn dataframe1,")}
            ),
            node(
                "talk",
                "execute_python_script",
                {"script": script("for i in range(30):\n    print('line', i)\nreturn dataframe1,")},
            ),
        ],
        "edges": [edge("data", "dataset", "pause", "dataframe1"), edge("pause", "result1", "talk", "dataframe1")],
        "parameters": [],
    }
    pipeline = make_pipeline(alice, graph)
    run_id = submit_as(alice, pipeline.pk)
    headers = session_headers(alice, live_stack)

    async def scenario() -> list[dict[str, Any]]:
        async with connect(f"{live_stack.ws_url}/ws/runs/{run_id}/", additional_headers=headers) as ws:
            snapshot = json.loads(await ws.recv())
            assert snapshot["type"] == "snapshot"
            assert snapshot["run"]["id"] == run_id
            assert {s["node_id"] for s in snapshot["run"]["steps"]} == {"data", "pause", "talk"}
            return [snapshot, *await collect_until_finished(ws)]

    messages = run_async(scenario())
    snapshot, deltas = messages[0], messages[1:]
    seqs = [m["seq"] for m in deltas]
    assert seqs == sorted(seqs) and all(s > snapshot["seq"] for s in seqs)
    statuses = [(m["node_id"], m["status"]) for m in deltas if m["type"] == "step.status"]
    assert ("talk", "running") in statuses and ("talk", "completed") in statuses
    lines = [line for m in deltas if m["type"] == "step.log" for line in m["lines"]]
    assert [line.strip() for line in lines if line.startswith("line")] == [f"line {i}" for i in range(30)]
    log_messages = [m for m in deltas if m["type"] == "step.log"]
    assert len(log_messages) < 30, "log lines were not batched"
    assert (deltas[-1]["type"], deltas[-1]["status"]) == ("run.status", "completed")


def test_a_snapshot_can_be_requested_again(live_stack: Any, alice: Any, modules: None) -> None:
    pipeline = make_pipeline(alice, chain_graph(2))
    run_id = submit_as(alice, pipeline.pk)
    headers = session_headers(alice, live_stack)

    async def scenario() -> tuple[dict[str, Any], dict[str, Any]]:
        async with connect(f"{live_stack.ws_url}/ws/runs/{run_id}/", additional_headers=headers) as ws:
            first = json.loads(await ws.recv())
            await collect_until_finished(ws) if first["run"]["status"] not in ("completed", "failed") else None
            await ws.send(json.dumps({"type": "snapshot"}))
            async with asyncio.timeout(10):
                while True:
                    again = json.loads(await ws.recv())
                    if again["type"] == "snapshot":
                        return first, again

    first, again = run_async(scenario())
    assert again["run"]["status"] == "completed"
    assert again["seq"] >= first["seq"]


def test_events_queued_together_reach_the_client_one_by_one_in_order_numbered_without_gaps(
    live_stack: Any, alice: Any, modules: None
) -> None:
    """The sender thread sends what has queued up at once, one message per run: the
    client still gets each event as a frame of its own, in the order queued, each
    numbered one after the other, and another run's events in between change nothing."""
    from runner import events

    pipeline = make_pipeline(alice, chain_graph(1))
    run_id = submit_as(alice, pipeline.pk)
    headers = session_headers(alice, live_stack)

    async def scenario() -> tuple[dict[str, Any], list[dict[str, Any]]]:
        async with connect(f"{live_stack.ws_url}/ws/runs/{run_id}/", additional_headers=headers) as ws:
            snapshot = json.loads(await ws.recv())  # of the finished run: nothing else comes
            for i in range(40):
                events.send_now(run_id, None, {"type": "step.log", "node_id": "n0", "lines": [f"queued {i}"]})
                events.send_now(run_id + 10**6, None, {"type": "step.log", "node_id": "n0", "lines": ["other"]})
            async with asyncio.timeout(30):
                return snapshot, [json.loads(await ws.recv()) for _ in range(40)]

    assert wait_for_run(run_id).status == "completed"
    snapshot, received = run_async(scenario())
    assert [m["lines"] for m in received] == [[f"queued {i}"] for i in range(40)]
    assert [m["seq"] for m in received] == list(range(snapshot["seq"] + 1, snapshot["seq"] + 41))
    assert {m["epoch"] for m in received} == {snapshot["epoch"]}


def test_events_reach_a_client_when_numbering_begins_again_after_a_redis_restart(
    live_stack: Any, alice: Any, modules: None
) -> None:
    """A Redis restart loses the run's event counter: numbering begins again at 1 under
    a later epoch, and those events must reach a client whose snapshot had a larger
    seq (the client resyncs on the new epoch) rather than be dropped as stale."""
    import redis

    from runner import events
    from runner.models import StepRun

    chatty = script(
        "import time\nfor i in range(20):\n    print('line', i, flush=True)\ntime.sleep(3)\nreturn dataframe1,"
    )
    graph = {
        "schema": 1,
        "nodes": [
            node("data", "enter_data", {"text": "a\n1\n2\n"}),
            node("chatty", "execute_python_script", {"script": chatty}),
        ],
        "edges": [edge("data", "dataset", "chatty", "dataframe1")],
        "parameters": [],
    }
    pipeline = make_pipeline(alice, graph)
    run_id = submit_as(alice, pipeline.pk)
    headers = session_headers(alice, live_stack)

    def chatty_has_talked() -> bool:
        return "line 19" in (
            StepRun.objects.filter(run_id=run_id, node_id="chatty").values_list("log", flat=True).first() or ""
        )

    async def scenario() -> tuple[dict[str, Any], list[dict[str, Any]]]:
        async with asyncio.timeout(30):
            while not await sync_to_async(chatty_has_talked)():
                await asyncio.sleep(0.1)
        async with connect(f"{live_stack.ws_url}/ws/runs/{run_id}/", additional_headers=headers) as ws:
            snapshot = json.loads(await ws.recv())
            # What a Redis restart does to the counter (the rest of this Redis is shared).
            redis.Redis.from_url(settings.REDIS_URL).delete(events._position_key(run_id))
            return snapshot, await collect_until_finished(ws, timeout=30)

    snapshot, deltas = run_async(scenario())
    assert snapshot["seq"] > 5, snapshot["seq"]  # else the test would not show anything
    renumbered = [d for d in deltas if d["epoch"] > snapshot["epoch"]]
    assert renumbered and renumbered[0]["seq"] == 1, deltas
    assert (deltas[-1]["type"], deltas[-1]["status"]) == ("run.status", "completed")
    epoch, seq = events.current_position(run_id)
    assert (epoch, seq) == (deltas[-1]["epoch"], deltas[-1]["seq"])


def test_a_user_outside_the_workspace_cannot_subscribe(live_stack: Any, alice: Any, bob: Any, modules: None) -> None:
    pipeline = make_pipeline(alice, chain_graph(1))
    run_id = submit_as(alice, pipeline.pk)

    async def attempt(headers: dict[str, str], path: str) -> int | None:
        async with connect(f"{live_stack.ws_url}{path}", additional_headers=headers) as ws:
            with pytest.raises(ConnectionClosed) as closed:
                await ws.recv()
            return closed.value.rcvd.code if closed.value.rcvd else None

    for path in (f"/ws/runs/{run_id}/", f"/ws/pipelines/{pipeline.pk}/", f"/ws/runs/{run_id + 999}/"):
        assert run_async(attempt(session_headers(bob, live_stack), path)) == 4403
        assert run_async(attempt({"Origin": live_stack.base_url}, path)) == 4403


def test_a_foreign_origin_is_refused_at_the_handshake(live_stack: Any, alice: Any, modules: None) -> None:
    pipeline = make_pipeline(alice, chain_graph(1))
    run_id = submit_as(alice, pipeline.pk)
    headers = {**session_headers(alice, live_stack), "Origin": "http://evil.example"}

    async def attempt() -> None:
        async with connect(f"{live_stack.ws_url}/ws/runs/{run_id}/", additional_headers=headers) as ws:
            await ws.recv()

    with pytest.raises(InvalidStatus):
        run_async(attempt())


def test_the_pipeline_stream_reports_run_status_changes(live_stack: Any, alice: Any, modules: None) -> None:
    pipeline = make_pipeline(alice, chain_graph(2))
    headers = session_headers(alice, live_stack)

    async def scenario() -> list[dict[str, Any]]:
        async with connect(f"{live_stack.ws_url}/ws/pipelines/{pipeline.pk}/", additional_headers=headers) as ws:
            snapshot = json.loads(await ws.recv())
            assert snapshot == {"type": "snapshot", "runs": []}
            await sync_to_async(submit_and_close_connection)(alice, pipeline.pk)
            return await collect_until_finished(ws)

    messages = run_async(scenario())
    assert messages[-1]["status"] == "completed"
    assert all(m["type"] == "run.status" for m in messages)


def token_headers(user: Any) -> dict[str, str]:
    """What a non-browser client sends: a token, and no Origin and no cookie."""
    from rest_framework.authtoken.models import Token

    return {"Authorization": f"Token {Token.objects.get_or_create(user=user)[0].key}"}


def test_an_api_token_opens_the_run_stream_without_a_session(live_stack: Any, alice: Any, modules: None) -> None:
    pipeline = make_pipeline(alice, chain_graph(2))
    run_id = submit_as(alice, pipeline.pk)
    headers = token_headers(alice)

    async def scenario() -> tuple[dict[str, Any], list[dict[str, Any]]]:
        async with connect(f"{live_stack.ws_url}/ws/runs/{run_id}/", additional_headers=headers) as ws:
            snapshot = json.loads(await ws.recv())
            if snapshot["run"]["status"] == "completed":
                return snapshot, []
            return snapshot, await collect_until_finished(ws)

    snapshot, deltas = run_async(scenario())
    assert snapshot["type"] == "snapshot" and snapshot["run"]["id"] == run_id
    final = deltas[-1]["status"] if deltas else snapshot["run"]["status"]
    assert final == "completed"


def test_a_token_of_another_workspace_or_a_bad_token_is_refused_like_a_missing_run(
    live_stack: Any, alice: Any, bob: Any, modules: None
) -> None:
    pipeline = make_pipeline(alice, chain_graph(1))
    run_id = submit_as(alice, pipeline.pk)

    async def attempt(headers: dict[str, str], path: str) -> int | None:
        async with connect(f"{live_stack.ws_url}{path}", additional_headers=headers) as ws:
            with pytest.raises(ConnectionClosed) as closed:
                await ws.recv()
            return closed.value.rcvd.code if closed.value.rcvd else None

    bobs = token_headers(bob)
    # A bad token is refused even with alice's session riding along: a token, when
    # sent, is the only credential read.
    bad_with_session = {**session_headers(alice, live_stack), "Authorization": "Token not-a-real-key"}
    for path in (f"/ws/runs/{run_id}/", f"/ws/pipelines/{pipeline.pk}/", f"/ws/runs/{run_id + 999}/"):
        assert run_async(attempt(bobs, path)) == 4403
        assert run_async(attempt({"Authorization": "Token not-a-real-key"}, path)) == 4403
        assert run_async(attempt({"Authorization": "Bearer x"}, path)) == 4403
        assert run_async(attempt(bad_with_session, path)) == 4403
    # The token is read from the header only, never from the URL.
    key = token_headers(alice)["Authorization"].split()[1]
    assert run_async(attempt({"Origin": live_stack.base_url}, f"/ws/runs/{run_id}/?token={key}")) == 4403
