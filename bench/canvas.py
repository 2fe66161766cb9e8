"""Canvas benchmark: the designer with a 1,000-node, 1,000-edge pipeline in headless
Chromium (Debian's, driven by Playwright).

    .venv/bin/python bench/canvas.py      # alone; `make bench` runs it from bench/run.py

Measures (a) time from navigation to every node rendered and measured, (b) frames per
second while the canvas is panned by mouse drag for a few seconds (requestAnimationFrame
count), (c) how many node components re-render when one node's parameter is edited
(ModuleNode counts its renders into window.__pipewrightRenderCounts when it exists).
"""

from __future__ import annotations

import json
import math
import shutil
import time
import urllib.request
from typing import Any

NODES = 1000
PAN_SECONDS = 3.0
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
COLUMNS = 40


def canvas_graph(n: int = NODES) -> dict[str, Any]:
    """A sample dataset, then a chain of split_data nodes in a grid; the last node joins
    two branches (add_columns), which makes n nodes and n edges."""

    def at(i: int) -> dict[str, int]:
        return {"x": (i % COLUMNS) * 260, "y": (i // COLUMNS) * 170}

    nodes: list[dict[str, Any]] = [
        {"id": "n0", "module": "sample_dataset", "version": None, "params": {"name": "iris"}, "position": at(0)}
    ]
    edges: list[dict[str, str]] = []
    for i in range(1, n - 1):
        nodes.append(
            {"id": f"n{i}", "module": "split_data", "version": None, "params": {"fraction": 0.9}, "position": at(i)}
        )
        port = "dataset" if i == 1 else "train"
        edges.append({"source": f"n{i - 1}", "source_port": port, "target": f"n{i}", "target_port": "dataset"})
    last = n - 1
    nodes.append({"id": f"n{last}", "module": "add_columns", "version": None, "params": {}, "position": at(last)})
    edges.append({"source": f"n{last - 1}", "source_port": "train", "target": f"n{last}", "target_port": "left"})
    edges.append({"source": f"n{last - 2}", "source_port": "test", "target": f"n{last}", "target_port": "right"})
    return {"schema": 1, "nodes": nodes, "edges": edges, "parameters": []}


def create_pipeline(base_url: str, token: str, graph: dict[str, Any]) -> int:
    """Through the HTTP API, as a client would."""
    body = json.dumps({"name": f"canvas bench ({len(graph['nodes'])} nodes)", "graph": graph}).encode()
    request = urllib.request.Request(
        f"{base_url}/api/pipelines/",
        data=body,
        headers={"Content-Type": "application/json", "Authorization": f"Token {token}"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return int(json.load(response)["id"])


# The canvas renders only the nodes in view (onlyRenderVisibleElements), so "rendered"
# means: nodes in the DOM, every one measured (React Flow hides a node until it knows
# its size), and nothing changing for STABLE_FRAMES frames; the time is when that
# settled state began. Returns [ms, nodes in the DOM].
STABLE_FRAMES = 10
SETTLED = """(stable) => {
  const w = window.__settle ??= {count: -1, since: 0, frames: 0};
  const nodes = document.querySelectorAll('.react-flow__node');
  let ready = nodes.length > 0;
  for (const node of nodes) if (node.style.visibility === 'hidden') { ready = false; break; }
  const view = document.querySelector('.react-flow__viewport')?.style.transform ?? '';
  const key = ready ? nodes.length + view : -1;
  if (key !== w.count) { w.count = key; w.since = performance.now(); w.frames = 0; return false; }
  w.frames += 1;
  return ready && w.frames >= stable ? [w.since, nodes.length] : false;
}"""

START_FRAMES = """() => {
  window.__bench = {frames: 0, start: performance.now(), on: true};
  const tick = () => { if (!window.__bench.on) return; window.__bench.frames++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
}"""

STOP_FRAMES = """() => {
  window.__bench.on = false;
  return {frames: window.__bench.frames, ms: performance.now() - window.__bench.start};
}"""


def measure(base_url: str, session_cookie: tuple[str, str], token: str, n: int = NODES) -> list[tuple[str, str, str]]:
    from playwright.sync_api import sync_playwright

    graph = canvas_graph(n)
    pipeline_id = create_pipeline(base_url, token, graph)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1440, "height": 900})
        context.add_cookies([{"name": session_cookie[0], "value": session_cookie[1], "url": base_url}])
        page = context.new_page()

        # (a) render: a warm-up load (bundle in the HTTP cache, like a returning user), then timed.
        url = f"{base_url}/pipelines/{pipeline_id}/"
        page.goto(url)
        page.wait_for_function(SETTLED, arg=STABLE_FRAMES, polling="raf", timeout=120_000)
        page.goto(url, wait_until="commit")
        settled = page.wait_for_function(SETTLED, arg=STABLE_FRAMES, polling="raf", timeout=120_000).json_value()
        rendered_at, in_dom = float(settled[0]), int(settled[1])
        data_at = float(
            page.evaluate(
                "() => Math.max(...performance.getEntriesByType('resource')"
                ".filter(e => /\\/api\\/(pipelines|modules)\\//.test(e.name)).map(e => e.responseEnd))"
            )
        )

        # (b) pan by dragging an empty corner of the pane back and forth.
        box = page.locator(".react-flow__pane").bounding_box()
        assert box is not None
        x0, y0 = box["x"] + 30, box["y"] + 30
        page.mouse.move(x0, y0)
        page.mouse.down()
        page.evaluate(START_FRAMES)
        started = time.perf_counter()
        step = 0
        while time.perf_counter() - started < PAN_SECONDS:
            step += 1
            page.mouse.move(x0 + 150 * math.sin(step / 15), y0 + 80 * math.sin(step / 23))
        frames = page.evaluate(STOP_FRAMES)
        page.mouse.up()
        fps = frames["frames"] / (frames["ms"] / 1000)

        # (c) edit one node's parameter and count node renders.
        target = f"n{n // 2}"
        page.click(f'[data-testid="node-{target}"]')
        page.wait_for_selector('[data-testid="param-fraction"]')
        page.wait_for_timeout(300)
        page.evaluate("() => { window.__pipewrightRenderCounts = {}; }")
        page.fill('[data-testid="param-fraction"]', "0.55")
        page.wait_for_timeout(500)
        counts: dict[str, int] = page.evaluate("() => window.__pipewrightRenderCounts")
        browser.close()

    rendered_nodes = sorted(counts, key=lambda k: -counts[k])
    return [
        (
            f"(f) canvas: open a {n}-node, {len(graph['edges'])}-edge pipeline until every node in view is drawn",
            f"{rendered_at / 1000:.2f} s from navigation ({(rendered_at - data_at) / 1000:.2f} s after the "
            f"pipeline and module JSON arrived); {in_dom} nodes in view, the rest drawn as they scroll in",
            "<= 1.5 s",
        ),
        (
            "(g) canvas: panning frame rate",
            f"{fps:.0f} fps ({frames['frames']} frames in {frames['ms'] / 1000:.1f} s of mouse-drag panning)",
            ">= 50 fps",
        ),
        (
            "(h) canvas: node re-renders after editing one parameter",
            f"{len(counts)} node(s) re-rendered ({', '.join(f'{k} x{counts[k]}' for k in rendered_nodes[:5])})",
            "1-2, not every node",
        ),
    ]


def main() -> None:
    import os

    from bench import run as engine

    print(f"canvas benchmark in {engine.DATA_DIR}")  # importing bench.run set up Django there
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from rest_framework.authtoken.models import Token

    from designer import services

    call_command("migrate", verbosity=0)
    services.modules_sync_builtin()
    user = services.user_create(username="bench", password="bench-password")
    supervisor, port = engine.start_stack()
    try:
        client = Client()
        client.force_login(user)
        cookie = (settings.SESSION_COOKIE_NAME, client.cookies[settings.SESSION_COOKIE_NAME].value)
        token = Token.objects.get_or_create(user=user)[0].key
        rows = measure(f"http://127.0.0.1:{port}", cookie, token)
    finally:
        supervisor.stop_all()
    print(f"{os.cpu_count()} cores")
    print("\n".join(["| measure | result | target |", "|---|---|---|"] + [f"| {a} | {b} | {c} |" for a, b, c in rows]))


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main()
