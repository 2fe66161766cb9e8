import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { savedElsewhere, initialSave } from "../save/autosave";
import { startAutosave } from "../save/controller";
import { initialGraphState, useGraphStore } from "../store/graphStore";
import { initialSaveStoreState, useSaveStore } from "../store/saveStore";
import { useViewStore } from "../store/viewStore";
import { graph, MODULES, pipeline } from "../test/fixtures";
import { backToDraft, openVersion, restoreAsDraft } from "./controller";

function firstVersionGraph() {
  const g = graph();
  return { ...g, nodes: g.nodes.map((n, i) => (i === 0 ? { ...n, label: "First" } : n)) };
}

/** A server with versions 1 (label "First") and 2 (the fixture's graph, the draft at revision 2). */
function fakeServer(): { requests: { method: string; url: string; body: unknown }[] } {
  const requests: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn((url: string, init?: RequestInit) => {
      const method = init?.method ?? "GET";
      const body: unknown = typeof init?.body === "string" ? JSON.parse(init.body) : null;
      requests.push({ method, url, body });
      let answer: unknown = {};
      if (url.endsWith("/versions/1/") && method === "GET") {
        answer = { number: 1, name: "baseline", graph: firstVersionGraph() };
      } else if (url.endsWith("/versions/1/restore/")) {
        answer = pipeline({ revision: 3, graph: firstVersionGraph() });
      } else if (url.endsWith("/validate/")) {
        answer = { ok: true, problems: [] };
      } else if (method === "PATCH") {
        answer = pipeline({ revision: 4 });
      }
      return Promise.resolve(new Response(JSON.stringify(answer), { status: 200 }));
    }),
  );
  return { requests };
}

let stop: () => void = () => undefined;

beforeEach(() => {
  // The controller runs in a page: a window to listen on and a document with cookies.
  vi.stubGlobal("window", { addEventListener: vi.fn(), removeEventListener: vi.fn() });
  vi.stubGlobal("document", { cookie: "csrftoken=t" });
  useGraphStore.setState(initialGraphState);
  useGraphStore.getState().load(pipeline({ revision: 2 }), MODULES);
  useSaveStore.setState(initialSaveStoreState);
  useViewStore.setState({ readOnly: null, role: null });
  stop = startAutosave(10);
});

afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

describe("versions on the canvas", () => {
  it("shows a version read-only and puts the draft back untouched, saving nothing", async () => {
    const server = fakeServer();
    useGraphStore.getState().updateNodeData("n1", { label: "draft edit" });
    const edited = useGraphStore.getState();
    await openVersion(1);
    expect(useViewStore.getState().readOnly).toEqual({ kind: "version", number: 1, name: "baseline" });
    expect(useGraphStore.getState().nodes[0]?.data.label).toBe("First");
    backToDraft();
    expect(useViewStore.getState().readOnly).toBeNull();
    expect(useGraphStore.getState().nodes[1]?.data.label).toBe("draft edit");
    expect(useGraphStore.getState().history).toBe(edited.history);
    // The draft's edit was saved before the version opened; the version never was.
    const saves = server.requests.filter((r) => r.method === "PATCH");
    expect(saves).toHaveLength(1);
  });

  it("opens a version for a viewer and brings them back to the draft still read-only, sending no save", async () => {
    const server = fakeServer();
    useViewStore.setState({ role: "viewer", readOnly: { kind: "viewer" } });
    await openVersion(1);
    expect(useViewStore.getState().readOnly).toEqual({ kind: "version", number: 1, name: "baseline" });
    backToDraft();
    expect(useViewStore.getState().readOnly).toEqual({ kind: "viewer" });
    expect(useGraphStore.getState().nodes[0]?.data.label).not.toBe("First");
    expect(server.requests.filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("restores a version as a saved, undoable edit; undo saves the previous draft", async () => {
    const server = fakeServer();
    await restoreAsDraft(1);
    expect(server.requests.find((r) => r.url.endsWith("/restore/"))?.body).toEqual({ revision: 2 });
    expect(useGraphStore.getState().pipeline?.revision).toBe(3);
    expect(useGraphStore.getState().nodes[0]?.data.label).toBe("First");
    expect(useSaveStore.getState().status).toBe("saved");
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(server.requests.filter((r) => r.method === "PATCH")).toHaveLength(0);

    useGraphStore.getState().undo();
    expect(useGraphStore.getState().nodes[0]?.data.label).toBe(graph().nodes[0]?.label);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const save = server.requests.find((r) => r.method === "PATCH");
    expect(save?.body).toMatchObject({ revision: 3 });
  });

  it("counts a save the server made as saved", () => {
    const s = savedElsewhere({ ...initialSave(0), status: "dirty", editVersion: 2 }, 3);
    expect(s).toMatchObject({ status: "saved", editVersion: 3, savedVersion: 3 });
  });
});
