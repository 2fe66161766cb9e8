"""Hostile websocket frames through Daphne: JSON nested far too deep, text that is not
JSON, binary frames. Each gets an error message and the stream goes on; none ends the
connection with an internal error."""

from __future__ import annotations

import json
from typing import Any

import pytest
from websockets.asyncio.client import connect

from tests.integration.graphs import chain_graph
from tests.integration.helpers import make_pipeline
from tests.integration.test_realtime import run_async, session_headers, submit_as

pytestmark = pytest.mark.integration

HOSTILE_FRAMES = [
    ("[" * 100_000 + "]" * 100_000, "the message is JSON nested deeper than 64 levels"),
    ('{"type": "snapshot", "deep": ' + "[" * 65 + "]" * 65 + "}", "the message is JSON nested deeper than 64 levels"),
    ("snapshot please", "the message is not JSON: Expecting value: line 1 column 1 (char 0)"),
    (b"\x00\x01binary", "send JSON text frames; binary frames are not read"),
]


@pytest.mark.parametrize("stream", ["run", "pipeline"])
def test_a_hostile_frame_gets_an_error_message_and_the_stream_goes_on(
    live_stack: Any, alice: Any, modules: None, stream: str
) -> None:
    pipeline = make_pipeline(alice, chain_graph(1))
    run_id = submit_as(alice, pipeline.pk)
    path = f"/ws/runs/{run_id}/" if stream == "run" else f"/ws/pipelines/{pipeline.pk}/"
    headers = session_headers(alice, live_stack)

    async def scenario() -> list[dict[str, Any]]:
        answers = []
        async with connect(f"{live_stack.ws_url}{path}", additional_headers=headers) as ws:
            assert json.loads(await ws.recv())["type"] == "snapshot"
            for frame, _ in HOSTILE_FRAMES:
                await ws.send(frame)
                message = json.loads(await ws.recv())
                while message["type"] != "error":  # run events may come in between
                    message = json.loads(await ws.recv())
                answers.append(message)
            await (await ws.ping())  # still connected after the last one
        return answers

    assert run_async(scenario()) == [{"type": "error", "message": message} for _, message in HOSTILE_FRAMES]
