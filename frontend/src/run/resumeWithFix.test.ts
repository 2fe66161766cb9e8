import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startAutosave } from "../save/controller";
import { initialGraphState, useGraphStore } from "../store/graphStore";
import { initialRunStoreState, updateRun, useRunStore } from "../store/runStore";
import { initialSaveStoreState, useSaveStore } from "../store/saveStore";
import { MODULES, pipeline, run, step } from "../test/fixtures";
import { resumeShownRunWithFix } from "./controller";
import { emptyRunState, seedRun } from "./runState";

type Request = { method: string; url: string; body: unknown };

/** A server that answers a save with `saveStatus` and a resume of run 5 with run 6. */
function fakeServer(saveStatus = 200): Request[] {
  const requests: Request[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn((url: string, init?: RequestInit) => {
      const method = init?.method ?? "GET";
      const body: unknown = typeof init?.body === "string" ? JSON.parse(init.body) : null;
      requests.push({ method, url, body });
      if (method === "PATCH") {
        const answer = saveStatus === 200 ? pipeline({ revision: 4 }) : { message: "conflict", extra: { revision: 9 } };
        return Promise.resolve(new Response(JSON.stringify(answer), { status: saveStatus }));
      }
      if (method === "POST" && url === "/api/runs/5/resume/") {
        const resumed = run({ id: 6, number: 2, status: "queued", resumed_from: 5, resumed_from_number: 1 });
        return Promise.resolve(new Response(JSON.stringify(resumed), { status: 201 }));
      }
      return Promise.resolve(new Response("{}", { status: 200 }));
    }),
  );
  return requests;
}

let stop: () => void = () => undefined;

beforeEach(() => {
  vi.stubGlobal("window", { addEventListener: vi.fn(), removeEventListener: vi.fn() });
  vi.stubGlobal("document", { cookie: "csrftoken=t" });
  useGraphStore.setState(initialGraphState);
  useGraphStore.getState().load(pipeline(), MODULES);
  useSaveStore.setState(initialSaveStoreState);
  useRunStore.setState(initialRunStoreState, true);
  // The failed run is on the canvas; autosave waits long enough not to save on its own.
  useRunStore.setState(emptyRunState("5"));
  const failed = run({ status: "failed", steps: [step("n0", { status: "completed" }), step("n1", { status: "failed" })] });
  updateRun((state) => seedRun(state, failed));
  stop = startAutosave(60_000);
});

afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

describe("resume with fix", () => {
  it("saves the fix first, then resumes from the draft and shows the new run", async () => {
    const requests = fakeServer();
    useGraphStore.getState().updateNodeData("n1", { label: "fixed" });
    await resumeShownRunWithFix();
    const calls = requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.url}`);
    expect(calls).toEqual(["PATCH /api/pipelines/7/", "POST /api/runs/5/resume/"]);
    expect(requests.find((r) => r.url.endsWith("/resume/"))?.body).toEqual({ from_draft: true });
    const shown = useRunStore.getState();
    expect(shown.runId).toBe("6");
    expect(shown.run).toMatchObject({ number: 2, resumed_from: 5, resumed_from_number: 1 });
    expect(shown.actionError).toBeNull();
    expect(shown.submitting).toBe(false);
  });

  it("resumes nothing while the fix cannot be saved, and says why", async () => {
    const requests = fakeServer(409);
    useGraphStore.getState().updateNodeData("n1", { label: "fixed" });
    await resumeShownRunWithFix();
    expect(requests.some((r) => r.url.endsWith("/resume/"))).toBe(false);
    const shown = useRunStore.getState();
    expect(shown.runId).toBe("5");
    expect(shown.run?.status).toBe("failed");
    expect(shown.actionError).toMatch(/Someone else saved this pipeline/);
  });
});
