// The save controller with someone else saving: announced saves and 409s are merged
// into the draft and saved on top of theirs; a clash waits for the user's choice.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { GraphDocument } from "../graph/types";
import { initialGraphState, useGraphStore } from "../store/graphStore";
import { useMergeStore } from "../store/mergeStore";
import { initialSaveStoreState, useSaveStore } from "../store/saveStore";
import { useViewStore } from "../store/viewStore";
import { graph, MODULES, pipeline } from "../test/fixtures";
import { applyMergeChoices, savedElsewhereBy, saveNow, startAutosave } from "./controller";

/** Their save: revision 3, with n0 relabelled. */
function theirGraph(label = "Theirs"): GraphDocument {
  const g = graph();
  return { ...g, nodes: g.nodes.map((n) => (n.id === "n0" ? { ...n, label } : n)) };
}

interface Request {
  method: string;
  url: string;
  body: { revision?: number; graph?: GraphDocument } | null;
}

/** Version 2 is the fixture's graph (where the draft started); the stored copy is revision 3. */
function fakeServer(options: { refuseFirstSave?: boolean } = {}): Request[] {
  const requests: Request[] = [];
  let refuse = options.refuseFirstSave ?? false;
  vi.stubGlobal(
    "fetch",
    vi.fn((url: string, init?: RequestInit) => {
      const method = init?.method ?? "GET";
      const body = typeof init?.body === "string" ? (JSON.parse(init.body) as Request["body"]) : null;
      requests.push({ method, url, body });
      let status = 200;
      let answer: unknown = {};
      if (url.endsWith("/versions/2/")) answer = { number: 2, name: "", graph: graph() };
      else if (url.endsWith("/validate/")) answer = { ok: true, problems: [] };
      else if (method === "GET") answer = pipeline({ revision: 3, graph: theirGraph() });
      else if (method === "PATCH" && refuse) {
        refuse = false;
        status = 409;
        answer = { message: "the pipeline was changed elsewhere", extra: { revision: 3, your_revision: 2 } };
      } else if (method === "PATCH") answer = pipeline({ revision: (body?.revision ?? 0) + 1, graph: body?.graph });
      return Promise.resolve(new Response(JSON.stringify(answer), { status }));
    }),
  );
  return requests;
}

const label = (id: string) => useGraphStore.getState().nodes.find((n) => n.id === id)?.data.label;
const saves = (requests: Request[]) => requests.filter((r) => r.method === "PATCH");

let stop: () => void = () => undefined;

beforeEach(() => {
  vi.stubGlobal("window", { addEventListener: vi.fn(), removeEventListener: vi.fn() });
  vi.stubGlobal("document", { cookie: "csrftoken=t" });
  useGraphStore.setState(initialGraphState);
  useGraphStore.getState().load(pipeline({ revision: 2 }), MODULES);
  useSaveStore.setState(initialSaveStoreState);
  useMergeStore.setState({ pending: null, choices: {} });
  useViewStore.setState({ readOnly: null });
  stop = startAutosave(10_000); // saves only when the test says so
});

afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

describe("someone else saved", () => {
  it("takes their copy as it is when nothing here is unsaved", async () => {
    const requests = fakeServer();
    savedElsewhereBy(3, "carol");
    await vi.waitFor(() => {
      expect(useGraphStore.getState().pipeline?.revision).toBe(3);
    });
    expect(label("n0")).toBe("Theirs");
    expect(useSaveStore.getState().status).toBe("saved");
    expect(saves(requests)).toEqual([]);
  });

  it("merges their change with my unsaved one and saves the result on top of theirs", async () => {
    const requests = fakeServer();
    useGraphStore.getState().updateNodeData("n1", { label: "Mine" });
    savedElsewhereBy(3, "carol");
    await vi.waitFor(() => {
      expect(saves(requests)).toHaveLength(1);
    });
    const sent = saves(requests)[0]?.body;
    expect(sent?.revision).toBe(3);
    expect(sent?.graph?.nodes.map((n) => n.label)).toEqual(["Theirs", "Mine"]);
    await vi.waitFor(() => {
      expect(useSaveStore.getState().status).toBe("saved");
    });
    expect([label("n0"), label("n1"), useGraphStore.getState().pipeline?.revision]).toEqual(["Theirs", "Mine", 4]);
  });

  it("merges instead of overwriting when my save is refused as stale", async () => {
    const requests = fakeServer({ refuseFirstSave: true });
    useGraphStore.getState().updateNodeData("n1", { label: "Mine" });
    await saveNow();
    await vi.waitFor(() => {
      expect(saves(requests)).toHaveLength(2);
    });
    const [refused, merged] = saves(requests);
    expect(refused?.body?.revision).toBe(2);
    expect(merged?.body?.revision).toBe(3);
    expect(merged?.body?.graph?.nodes.map((n) => n.label)).toEqual(["Theirs", "Mine"]);
    expect(useSaveStore.getState().status).not.toBe("conflict");
  });

  it("asks about the same field changed on both sides and saves the choice", async () => {
    const requests = fakeServer();
    useGraphStore.getState().updateNodeData("n0", { label: "Mine" });
    savedElsewhereBy(3, "carol");
    await vi.waitFor(() => {
      expect(useMergeStore.getState().pending).not.toBeNull();
    });
    const pending = useMergeStore.getState().pending;
    expect(pending?.savedBy).toBe("carol");
    expect(pending?.conflicts.map((c) => [c.id, c.mine, c.theirs])).toEqual([["node:n0:field:label", "Mine", "Theirs"]]);
    expect(useSaveStore.getState().status).toBe("merging");
    applyMergeChoices(); // nothing chosen yet: nothing happens
    expect(saves(requests)).toEqual([]);
    useMergeStore.setState({ choices: { "node:n0:field:label": "mine" } });
    applyMergeChoices();
    await vi.waitFor(() => {
      expect(saves(requests)).toHaveLength(1);
    });
    expect(saves(requests)[0]?.body?.revision).toBe(3);
    expect(saves(requests)[0]?.body?.graph?.nodes[0]?.label).toBe("Mine");
    expect(useMergeStore.getState().pending).toBeNull();
  });

  it("forgets an announcement the server does not bear out, after one look", async () => {
    const requests = fakeServer(); // the server is at revision 3
    useGraphStore.getState().setRevision(3);
    savedElsewhereBy(9, "someone");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests.filter((r) => r.method === "GET")).toHaveLength(1);
    expect(useGraphStore.getState().pipeline?.revision).toBe(3);
    expect(useSaveStore.getState().status).toBe("saved");
    // A real save after it is still taken in.
    savedElsewhereBy(4, "carol");
    await vi.waitFor(() => {
      expect(requests.filter((r) => r.method === "GET")).toHaveLength(2);
    });
  });

  it("ignores the announcement of a save it made itself", async () => {
    const requests = fakeServer();
    useGraphStore.getState().updateNodeData("n1", { label: "Mine" });
    await saveNow(); // over revision 2: the server makes it 3
    savedElsewhereBy(3, "alice");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests.filter((r) => r.method === "GET")).toEqual([]);
    expect(label("n1")).toBe("Mine");
    expect(useSaveStore.getState().status).toBe("saved");
    // Someone else's save after it is still taken in.
    savedElsewhereBy(4, "carol");
    await vi.waitFor(() => {
      expect(requests.filter((r) => r.method === "GET")).toHaveLength(1);
    });
  });
});
