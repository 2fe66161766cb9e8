import { describe, expect, it } from "vitest";
import type { StepStatus } from "../api/types";
import type { DeltaMessage, ServerMessage } from "../realtime/messages";
import { run, step } from "../test/fixtures";
import {
  applyServerMessage,
  beginResync,
  emptyRunState,
  logFetchDone,
  logFetchStarted,
  runProgress,
  seedRun,
  stepCounts,
  type RunState,
} from "./runState";

function apply(state: RunState, ...messages: ServerMessage[]) {
  let requested = 0;
  for (const m of messages) {
    const result = applyServerMessage(state, m);
    state = result.state;
    if (result.requestSnapshot) requested += 1;
  }
  return { state, requested };
}

const snapshot = (seq: number, r = run()): ServerMessage => ({ type: "snapshot", seq, run: r });
const status = (seq: number, node_id: string, s: StepStatus, extra = {}): DeltaMessage => ({
  type: "step.status",
  seq,
  run_id: 5,
  node_id,
  status: s,
  ...extra,
});
const log = (seq: number, node_id: string, ...lines: string[]): DeltaMessage => ({
  type: "step.log",
  seq,
  run_id: 5,
  node_id,
  lines,
});

describe("applyServerMessage", () => {
  it("takes the run and seq from a snapshot", () => {
    const { state, requested } = apply(emptyRunState(5), snapshot(10));
    expect(state.seq).toBe(10);
    expect(state.syncing).toBe(false);
    expect(state.run?.status).toBe("queued");
    expect(Object.keys(state.steps)).toEqual(["n0", "n1"]);
    expect(requested).toBe(0);
  });

  it("applies deltas in order and advances seq", () => {
    const { state } = apply(
      emptyRunState(5),
      snapshot(10),
      status(11, "n0", "running", { started_at: "t1" }),
      { type: "step.progress", seq: 12, run_id: 5, node_id: "n0", progress: 0.5, message: "half" },
      status(13, "n0", "completed", { reason: "param fraction 0.7 → 0.8" }),
      { type: "run.status", seq: 14, run_id: 5, status: "running" },
    );
    expect(state.seq).toBe(14);
    expect(state.steps.n0).toMatchObject({
      status: "completed",
      started_at: "t1",
      progress: 1,
      message: "half",
      reason: "param fraction 0.7 → 0.8",
    });
    expect(state.run?.status).toBe("running");
  });

  it("ignores deltas with seq at or below the current one", () => {
    const first = apply(emptyRunState(5), snapshot(10), status(11, "n0", "running")).state;
    const { state, requested } = apply(first, status(11, "n0", "failed"), status(3, "n0", "failed"));
    expect(state).toBe(first);
    expect(requested).toBe(0);
  });

  it("asks for a snapshot on a gap and does not apply the delta yet", () => {
    const start = apply(emptyRunState(5), snapshot(10)).state;
    const { state, requested } = apply(start, status(12, "n1", "running"));
    expect(requested).toBe(1);
    expect(state.syncing).toBe(true);
    expect(state.steps.n1?.status).toBe("pending");
  });

  it("buffers deltas while syncing and replays the newer ones after the snapshot", () => {
    const gap = apply(apply(emptyRunState(5), snapshot(10)).state, status(12, "n1", "running"));
    const { state, requested } = apply(
      gap.state,
      log(13, "n1", "hello"),
      status(14, "n1", "completed"),
      snapshot(12, run({ steps: [step("n0", { status: "completed" }), step("n1", { status: "running" })] })),
    );
    expect(requested).toBe(0);
    expect(state.seq).toBe(14);
    expect(state.syncing).toBe(false);
    expect(state.steps.n0?.status).toBe("completed");
    expect(state.steps.n1?.status).toBe("completed");
    expect(state.logs.n1?.lines).toEqual(["hello"]);
  });

  it("buffers deltas that arrive before the first snapshot", () => {
    const { state, requested } = apply(
      emptyRunState(5),
      status(4, "n0", "running"),
      status(5, "n0", "completed"),
      snapshot(4, run({ steps: [step("n0", { status: "running" }), step("n1")] })),
    );
    expect(requested).toBe(0);
    expect(state.seq).toBe(5);
    expect(state.steps.n0?.status).toBe("completed");
  });

  it("asks again when the replayed deltas still have a gap", () => {
    const { state, requested } = apply(emptyRunState(5), status(9, "n0", "running"), snapshot(4));
    expect(requested).toBe(1);
    expect(state.syncing).toBe(true);
  });

  it("ignores an older snapshot once in sync", () => {
    const current = apply(emptyRunState(5), snapshot(10), status(11, "n0", "running")).state;
    const { state } = apply(current, snapshot(9));
    expect(state).toBe(current);
  });

  describe("after the server's Redis restarted (a later epoch, numbering from 1)", () => {
    const inEpoch = <M extends ServerMessage>(epoch: number, message: M): M => ({ ...message, epoch });

    it("resyncs on a delta of a later epoch instead of dropping it as stale", () => {
      const { state, requested } = apply(
        emptyRunState(5),
        inEpoch(100, snapshot(40)),
        inEpoch(200, status(1, "n0", "running")),
      );
      expect(requested).toBe(1);
      expect(state.syncing).toBe(true);
    });

    it("ends with the completed states the new epoch's snapshot and deltas carry", () => {
      const { state, requested } = apply(
        emptyRunState(5),
        inEpoch(100, snapshot(40, run({ steps: [step("n0", { status: "running" }), step("n1")] }))),
        inEpoch(200, status(1, "n0", "completed")),
        inEpoch(200, status(2, "n1", "running")),
        inEpoch(200, snapshot(1, run({ steps: [step("n0", { status: "completed" }), step("n1")] }))),
        inEpoch(200, status(3, "n1", "completed")),
        inEpoch(200, { type: "run.status", seq: 4, run_id: 5, status: "completed" }),
      );
      expect(requested).toBe(1);
      expect(state.syncing).toBe(false);
      expect([state.epoch, state.seq]).toEqual([200, 4]);
      expect(state.steps.n0?.status).toBe("completed");
      expect(state.steps.n1?.status).toBe("completed");
      expect(state.run?.status).toBe("completed");
    });

    it("drops deltas and snapshots of an earlier epoch", () => {
      const current = apply(emptyRunState(5), inEpoch(200, snapshot(3))).state;
      expect(apply(current, inEpoch(100, status(50, "n0", "failed"))).state).toBe(current);
      expect(apply(current, inEpoch(100, snapshot(60))).state).toBe(current);
    });

    it("replays only what is newer than the snapshot, across epochs", () => {
      const { state, requested } = apply(
        emptyRunState(5),
        inEpoch(100, status(41, "n0", "failed")),
        inEpoch(200, status(2, "n0", "running")),
        inEpoch(200, snapshot(1, run({ steps: [step("n0", { status: "queued" }), step("n1")] }))),
      );
      expect(requested).toBe(0);
      expect([state.epoch, state.seq]).toEqual([200, 2]);
      expect(state.steps.n0?.status).toBe("running");
    });
  });

  it("ignores a snapshot of another run", () => {
    const current = emptyRunState(5);
    expect(apply(current, snapshot(1, run({ id: 6 }))).state).toBe(current);
  });

  it("keeps the identity of steps that did not change", () => {
    const before = apply(emptyRunState(5), snapshot(1)).state;
    const after = apply(before, status(2, "n1", "running")).state;
    expect(after.steps.n0).toBe(before.steps.n0);
    expect(after.steps.n1).not.toBe(before.steps.n1);

    const resynced = apply(beginResync(after), snapshot(3, run({ steps: [step("n0"), step("n1", { status: "running" })] }))).state;
    expect(resynced.steps.n0).toBe(before.steps.n0);
  });

  it("marks fetched logs stale on a resync so panels fetch them again", () => {
    let state = apply(emptyRunState(5), snapshot(1)).state;
    state = logFetchDone(logFetchStarted(state, "n0"), "n0", "a\nb\n", 0);
    expect(state.logs.n0?.fetch).toBe("done");
    state = apply(beginResync(state), snapshot(5)).state;
    expect(state.logs.n0?.fetch).toBe("none");
    expect(state.logs.n0?.lines).toEqual(["a", "b"]);
  });

  it("appends streamed log lines", () => {
    const { state } = apply(emptyRunState(5), snapshot(1), log(2, "n0", "a", "b"), log(3, "n0", "c"));
    expect(state.logs.n0?.lines).toEqual(["a", "b", "c"]);
    expect(state.logs.n0?.streamed).toBe(3);
  });

  it("ignores deltas for another run but still advances seq", () => {
    const { state } = apply(emptyRunState(5), snapshot(1), { ...status(2, "n0", "failed"), run_id: 99 });
    expect(state.steps.n0?.status).toBe("pending");
    expect(state.seq).toBe(2);
  });
});

describe("seedRun", () => {
  it("fills the state before the first snapshot", () => {
    const state = seedRun(emptyRunState(5), run({ status: "running" }));
    expect(state.run?.status).toBe("running");
    expect(state.syncing).toBe(true);
  });

  it("is ignored after a snapshot", () => {
    const synced = apply(emptyRunState(5), snapshot(1)).state;
    expect(seedRun(synced, run({ status: "failed" }))).toBe(synced);
  });
});

describe("runProgress", () => {
  it("counts finished steps whole and running ones by progress", () => {
    const state = apply(
      emptyRunState(5),
      snapshot(
        1,
        run({
          status: "running",
          steps: [
            step("a", { status: "completed" }),
            step("b", { status: "reused" }),
            step("c", { status: "running", progress: 0.5 }),
            step("d", { status: "queued" }),
          ],
        }),
      ),
    ).state;
    expect(runProgress(state.run, state.steps)).toBeCloseTo(2.5 / 4);
  });

  it("is 1 for a finished run and 0 without one", () => {
    const r = run({ status: "failed" });
    const { steps: _steps, ...info } = r;
    expect(runProgress(info, {})).toBe(1);
    expect(runProgress(null, {})).toBe(0);
  });
});

describe("stepCounts", () => {
  it("counts finished steps of every outcome", () => {
    const steps = {
      a: { node_id: "a", module: "m", status: "completed" },
      b: { node_id: "b", module: "m", status: "reused" },
      c: { node_id: "c", module: "m", status: "running" },
      d: { node_id: "d", module: "m", status: "skipped" },
    } as const;
    expect(stepCounts(steps)).toEqual({ done: 3, total: 4 });
    expect(stepCounts({})).toEqual({ done: 0, total: 0 });
  });
});
