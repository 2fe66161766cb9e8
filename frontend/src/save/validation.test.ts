import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { initialGraphState, useGraphStore } from "../store/graphStore";
import { MODULES, pipeline } from "../test/fixtures";
import { startLiveValidation, validationKey } from "./validation";

type Call = { url: string; body: unknown };

/** A server whose validate endpoint reports n1's input unconnected unless the sent graph wires it. */
function stubValidate(): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn((url: string, init: RequestInit) => {
      const body = JSON.parse(typeof init.body === "string" ? init.body : "{}") as { graph?: { edges: unknown[] } };
      calls.push({ url: `${init.method ?? "GET"} ${url}`, body });
      const wired = (body.graph?.edges.length ?? 0) > 0;
      const problem = { node_id: "n1", port: "dataset", param: null, message: "required input dataset (DataFrame) is not connected", severity: "error" };
      return Promise.resolve(
        wired
          ? new Response(JSON.stringify({ ok: true, problems: [] }), { status: 200 })
          : new Response(JSON.stringify({ message: "the pipeline has 1 problem(s)", extra: { errors: [problem] } }), {
              status: 400,
            }),
      );
    }),
  );
  return calls;
}

async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(200);
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal("document", { cookie: "csrftoken=t" });
  useGraphStore.setState(initialGraphState);
  useGraphStore.getState().load(pipeline(), MODULES);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("live validation", () => {
  it("shows the problems on load, then follows each edit without waiting for a save", async () => {
    const calls = stubValidate();
    useGraphStore.getState().onEdgesChange([{ type: "remove", id: useGraphStore.getState().edges[0]?.id ?? "" }]);
    const stop = startLiveValidation();
    await settle();
    // On load: the graph on screen is checked (not only the stored one) and its problem shown.
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe("POST /api/pipelines/7/validate/");
    expect(useGraphStore.getState().issues.n1?.[0]?.port).toBe("dataset");

    // A wire drawn: the unsaved graph is checked and the problem goes, with no save at all.
    expect(useGraphStore.getState().connect({ source: "n0", sourceHandle: "dataset", target: "n1", targetHandle: "dataset" })).toBe(true);
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls.every((c) => !c.url.startsWith("PATCH"))).toBe(true);
    expect(useGraphStore.getState().issues).toEqual({});

    // Moving a node changes nothing validation reads: no request.
    const n0 = useGraphStore.getState().nodes[0];
    useGraphStore.getState().onNodesChange([{ type: "position", id: "n0", position: { x: (n0?.position.x ?? 0) + 40, y: 0 } }]);
    await settle();
    expect(calls).toHaveLength(2);
    stop();
  });

  it("drops an answer that comes after the page stopped following edits", async () => {
    stubValidate();
    useGraphStore.getState().onEdgesChange([{ type: "remove", id: useGraphStore.getState().edges[0]?.id ?? "" }]);
    const stop = startLiveValidation();
    stop();
    await settle();
    expect(useGraphStore.getState().issues).toEqual({});
  });
});

describe("validationKey", () => {
  it("ignores positions and nothing else", () => {
    const doc = useGraphStore.getState().toDocument();
    const moved = { ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: { x: 12345, y: 1 } })) };
    expect(validationKey(moved)).toBe(validationKey(doc));
    const relabelled = { ...doc, nodes: doc.nodes.map((n) => ({ ...n, label: "other" })) };
    expect(validationKey(relabelled)).not.toBe(validationKey(doc));
  });
});
