import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Run } from "../api/types";
import { useGraphStore, initialGraphState } from "../store/graphStore";
import { initialRunStoreState, useRunStore } from "../store/runStore";
import { FakeSocket } from "../test/fakeSocket";
import { MODULES, pipeline, run, step } from "../test/fixtures";
import { followRun, loadStepLogs, startRun } from "./controller";
import { logSourceLabel } from "./logs";

type Route = { status: number; body: unknown };

function stubServer(routes: Record<string, Route>) {
  const fetch = vi.fn((url: string, init: RequestInit) => {
    const route = routes[`${init.method ?? "GET"} ${url}`];
    if (!route) return Promise.resolve(new Response("{}", { status: 404, statusText: "Not Found" }));
    return Promise.resolve(new Response(JSON.stringify(route.body), { status: route.status }));
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

beforeEach(() => {
  FakeSocket.reset();
  vi.stubGlobal("document", { cookie: "csrftoken=t" });
  vi.stubGlobal("window", { location: { protocol: "http:", host: "pw.test" } });
  vi.stubGlobal("WebSocket", FakeSocket);
  useRunStore.setState(initialRunStoreState, true);
  useGraphStore.setState(initialGraphState);
  useGraphStore.getState().load(pipeline(), MODULES);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const queued: Run = run();

describe("run controller", () => {
  it("submits a run, then follows it over the websocket", async () => {
    stubServer({
      "POST /api/pipelines/7/runs/": { status: 201, body: queued },
      "GET /api/runs/5/": { status: 200, body: queued },
    });
    await startRun(7);
    expect(useRunStore.getState().runId).toBe("5");
    expect(useRunStore.getState().run?.status).toBe("queued");

    const stop = followRun("5");
    const ws = FakeSocket.last();
    expect(ws.url).toBe("ws://pw.test/ws/runs/5/");
    ws.open();
    ws.receive({ type: "snapshot", seq: 1, run: run({ status: "running" }) });
    ws.receive({ type: "step.status", seq: 2, run_id: 5, node_id: "n0", status: "running" });
    ws.receive({ type: "step.log", seq: 3, run_id: 5, node_id: "n0", lines: ["reading iris.csv"] });
    let s = useRunStore.getState();
    expect(s.connection).toBe("open");
    expect(s.run?.status).toBe("running");
    expect(s.steps.n0?.status).toBe("running");
    expect(s.logs.n0?.lines).toEqual(["reading iris.csv"]);

    // A gap: the client asks for a snapshot and waits for it.
    ws.receive({ type: "step.status", seq: 6, run_id: 5, node_id: "n1", status: "failed", error: "boom" });
    expect(ws.sent).toEqual([{ type: "snapshot" }]);
    ws.receive({
      type: "snapshot",
      seq: 6,
      run: run({ status: "failed", steps: [step("n0", { status: "completed" }), step("n1", { status: "failed", error: "boom" })] }),
    });
    s = useRunStore.getState();
    expect(s.steps.n1).toMatchObject({ status: "failed", error: "boom" });

    // The run has finished: a dropped connection is not retried.
    ws.drop();
    expect(useRunStore.getState().connection).toBe("closed");
    stop();
  });

  it("shows the reconnecting state when the connection drops mid-run", () => {
    stubServer({ "GET /api/runs/5/": { status: 200, body: queued } });
    useRunStore.setState({ runId: "5", syncing: true });
    const stop = followRun("5");
    FakeSocket.last().open();
    FakeSocket.last().receive({ type: "snapshot", seq: 1, run: run({ status: "running" }) });
    FakeSocket.last().drop();
    expect(useRunStore.getState().connection).toBe("reconnecting");
    stop();
  });

  it("puts a refused submission's problems on the nodes", async () => {
    stubServer({
      "POST /api/pipelines/7/runs/": {
        status: 400,
        body: {
          message: "The pipeline is not valid",
          extra: { errors: [{ node_id: "n1", port: "dataset", param: null, message: "required input", severity: "error" }] },
        },
      },
    });
    await startRun(7);
    expect(useRunStore.getState().actionError).toBe("The pipeline is not valid");
    expect(useRunStore.getState().runId).toBeNull();
    expect(useGraphStore.getState().issues.n1?.[0]?.message).toBe("required input");
    expect(useRunStore.getState().submitting).toBe(false);
  });

  it("loads a step's log history", async () => {
    stubServer({ "GET /api/runs/5/steps/n0/logs/": { status: 200, body: { text: "one\ntwo\n" } } });
    useRunStore.setState({ runId: "5" });
    await loadStepLogs("5", "n0");
    expect(useRunStore.getState().logs.n0).toMatchObject({ lines: ["one", "two"], fetch: "done", source: null });
  });

  it("keeps which run a reused step's log comes from, for its label", async () => {
    const source = { run: 3, number: 1, node_id: "n0" };
    stubServer({ "GET /api/runs/5/steps/n0/logs/": { status: 200, body: { text: "made it\n", made_by: source } } });
    useRunStore.setState({ runId: "5" });
    await loadStepLogs("5", "n0");
    const buffer = useRunStore.getState().logs.n0 ?? null;
    expect(buffer).toMatchObject({ lines: ["made it"], source });
    expect(logSourceLabel(buffer?.source ?? null)).toBe("Log of run #1, which made this output");
  });
});
