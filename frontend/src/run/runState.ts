// Pure run state: what the canvas knows about one run, and how realtime
// messages change it. No React, no network: every function returns a new state.
import type { Id, LogSource, Run, Step } from "../api/types";
import type { DeltaMessage, ServerMessage } from "../realtime/messages";
import { appendLogLines, applyLogHistory, EMPTY_LOG, type LogBuffer } from "./logs";
import { FINISHED_STEP_STATUSES, isRunFinished } from "./status";

export type RunInfo = Omit<Run, "steps">;

/** A step as the canvas shows it: the API's step plus the last progress message. */
export interface StepView extends Step {
  message?: string | null;
}

export interface RunState {
  runId: string | null;
  run: RunInfo | null;
  /** By node id. Unchanged steps keep their identity so per-node selectors stay quiet. */
  steps: Readonly<Record<string, StepView>>;
  logs: Readonly<Record<string, LogBuffer>>;
  /** seq of the last snapshot or delta applied; null before the first snapshot. */
  seq: number | null;
  /** The epoch `seq` counts in (see Numbered): a later one resyncs, an earlier one is stale. */
  epoch: number;
  /** Waiting for a snapshot (at start, after a gap or a reconnect). */
  syncing: boolean;
  /** Deltas that arrived while syncing, replayed after the snapshot. */
  pending: readonly DeltaMessage[];
}

export interface ApplyResult {
  state: RunState;
  /** The caller should send {"type": "snapshot"}. */
  requestSnapshot: boolean;
}

/** Beyond this many buffered deltas the snapshot is awaited with an empty buffer. */
const MAX_PENDING = 2000;

export function emptyRunState(runId: Id | null = null): RunState {
  return {
    runId: runId == null ? null : String(runId),
    run: null,
    steps: {},
    logs: {},
    seq: null,
    epoch: 0,
    syncing: runId != null,
    pending: [],
  };
}

function splitRun(run: Run): { run: RunInfo; steps: Record<string, StepView> } {
  const { steps, ...info } = run;
  const byNode: Record<string, StepView> = {};
  for (const step of steps) byNode[step.node_id] = step;
  return { run: info, steps: byNode };
}

/** Keeps the old object where a step did not change, so its node does not re-render. */
function reuseUnchanged(
  previous: Readonly<Record<string, StepView>>,
  next: Record<string, StepView>,
): Record<string, StepView> {
  for (const [nodeId, step] of Object.entries(next)) {
    const old = previous[nodeId];
    if (old && shallowEqual(old, step)) next[nodeId] = old;
  }
  return next;
}

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every(
    (k) =>
      (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k] ||
      JSON.stringify((a as Record<string, unknown>)[k]) ===
        JSON.stringify((b as Record<string, unknown>)[k]),
  );
}

/**
 * Seeds the state from a REST response (POST /runs/ or GET /runs/{id}/) so the
 * canvas shows something before the websocket's snapshot. Once a snapshot has
 * been applied the REST copy is older than what we have, so it is ignored.
 */
export function seedRun(state: RunState, run: Run): RunState {
  if (state.seq !== null || String(run.id) !== state.runId) return state;
  const split = splitRun(run);
  return { ...state, run: split.run, steps: reuseUnchanged(state.steps, split.steps) };
}

/** After a reconnect: deltas may have been lost, so wait for a snapshot. */
export function beginResync(state: RunState): RunState {
  return { ...state, syncing: true, pending: [] };
}

function epochOf(message: ServerMessage): number {
  return message.epoch ?? 0;
}

/** Negative, zero or positive as `message` comes before, with or after (epoch, seq). */
function compareNumbering(message: ServerMessage, epoch: number, seq: number): number {
  return epochOf(message) !== epoch ? epochOf(message) - epoch : message.seq - seq;
}

export function applyServerMessage(state: RunState, message: ServerMessage): ApplyResult {
  if (message.type === "snapshot") {
    return applySnapshot(state, message.seq, epochOf(message), message.run);
  }

  if (state.syncing) {
    const pending =
      state.pending.length >= MAX_PENDING ? [message] : [...state.pending, message];
    return { state: { ...state, pending }, requestSnapshot: false };
  }
  if (state.seq !== null && compareNumbering(message, state.epoch, state.seq) <= 0) {
    return { state, requestSnapshot: false }; // a duplicate or stale delta
  }
  if (state.seq === null || epochOf(message) !== state.epoch || message.seq > state.seq + 1) {
    // A gap, or numbering that began again in a later epoch (the server's Redis
    // restarted): something was missed. Keep this delta for after the snapshot.
    return {
      state: { ...state, syncing: true, pending: [message] },
      requestSnapshot: true,
    };
  }
  return { state: { ...applyDelta(state, message), seq: message.seq }, requestSnapshot: false };
}

function applySnapshot(state: RunState, seq: number, epoch: number, run: Run): ApplyResult {
  if (state.runId !== null && String(run.id) !== state.runId) {
    return { state, requestSnapshot: false };
  }
  if (
    !state.syncing &&
    state.seq !== null &&
    (epoch < state.epoch || (epoch === state.epoch && seq < state.seq))
  ) {
    // An older snapshot than what we have applied (e.g. a requested one that
    // crossed with a newer one): nothing in it is news.
    return { state, requestSnapshot: false };
  }
  const split = splitRun(run);
  // Log lines are not in snapshots: mark histories stale so open panels refetch.
  const logs: Record<string, LogBuffer> = {};
  for (const [nodeId, buffer] of Object.entries(state.logs)) {
    logs[nodeId] = buffer.fetch === "none" ? buffer : { ...buffer, fetch: "none" };
  }
  let next: RunState = {
    ...state,
    runId: String(run.id),
    run: split.run,
    steps: reuseUnchanged(state.steps, split.steps),
    logs,
    seq,
    epoch,
    syncing: false,
    pending: [],
  };
  // Replay what arrived while waiting, in order; a gap among them resyncs again, and so
  // does one of a later epoch. An earlier epoch's deltas are in the snapshot already.
  const replay = [...state.pending]
    .filter((m) => compareNumbering(m, epoch, seq) > 0)
    .sort((a, b) => epochOf(a) - epochOf(b) || a.seq - b.seq);
  let requestSnapshot = false;
  for (const delta of replay) {
    const result = applyServerMessage(next, delta);
    next = result.state;
    requestSnapshot ||= result.requestSnapshot;
  }
  return { state: next, requestSnapshot };
}

function sameRun(state: RunState, runId: Id | undefined): boolean {
  return runId === undefined || state.runId === null || String(runId) === state.runId;
}

function updateStep(
  state: RunState,
  nodeId: string,
  change: (step: StepView) => StepView,
): RunState {
  const current: StepView = state.steps[nodeId] ?? {
    node_id: nodeId,
    module: "",
    status: "pending",
  };
  return { ...state, steps: { ...state.steps, [nodeId]: change(current) } };
}

function applyDelta(state: RunState, message: DeltaMessage): RunState {
  if (!sameRun(state, message.run_id)) return state;
  switch (message.type) {
    case "step.status":
      return updateStep(state, message.node_id, (step) => ({
        ...step,
        status: message.status,
        error: message.error !== undefined ? message.error : step.error,
        reason: message.reason !== undefined ? message.reason : step.reason,
        started_at: message.started_at !== undefined ? message.started_at : step.started_at,
        finished_at: message.finished_at !== undefined ? message.finished_at : step.finished_at,
        progress:
          message.status === "completed"
            ? 1
            : message.status === "queued" || message.status === "pending"
              ? null
              : step.progress,
      }));
    case "step.progress":
      return updateStep(state, message.node_id, (step) => ({
        ...step,
        progress: clamp01(message.progress),
        message: message.message ?? step.message ?? null,
      }));
    case "step.log": {
      const buffer = state.logs[message.node_id] ?? EMPTY_LOG;
      return {
        ...state,
        logs: { ...state.logs, [message.node_id]: appendLogLines(buffer, message.lines) },
      };
    }
    case "run.status":
      if (!state.run) return state;
      return { ...state, run: { ...state.run, status: message.status } };
  }
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** Marks a step's log history as being fetched. */
export function logFetchStarted(state: RunState, nodeId: string): RunState {
  const buffer = state.logs[nodeId] ?? EMPTY_LOG;
  return { ...state, logs: { ...state.logs, [nodeId]: { ...buffer, fetch: "loading" } } };
}

/** Applies a fetched log history (see applyLogHistory). */
export function logFetchDone(
  state: RunState,
  nodeId: string,
  text: string,
  streamedAtRequest: number,
  source: LogSource | null = null,
): RunState {
  const buffer = state.logs[nodeId] ?? EMPTY_LOG;
  return {
    ...state,
    logs: { ...state.logs, [nodeId]: applyLogHistory(buffer, text, streamedAtRequest, source) },
  };
}

/** A failed fetch (e.g. no log yet) counts as fetched: streamed lines still arrive. */
export function logFetchFailed(state: RunState, nodeId: string): RunState {
  const buffer = state.logs[nodeId] ?? EMPTY_LOG;
  return { ...state, logs: { ...state.logs, [nodeId]: { ...buffer, fetch: "done" } } };
}

/**
 * Overall progress in [0, 1]: finished steps count whole, running ones by their
 * reported progress. A finished run is complete whatever its steps say.
 */
export function runProgress(
  run: RunInfo | null,
  steps: Readonly<Record<string, StepView>>,
): number {
  if (!run) return 0;
  if (isRunFinished(run.status)) return 1;
  const all = Object.values(steps);
  if (all.length === 0) return 0;
  let done = 0;
  for (const step of all) {
    if (FINISHED_STEP_STATUSES.has(step.status)) done += 1;
    else if (step.status === "running") done += clamp01(step.progress ?? 0);
  }
  return done / all.length;
}

/** How many steps have finished (whatever their outcome) out of all of them. */
export function stepCounts(steps: Readonly<Record<string, StepView>>): { done: number; total: number } {
  const all = Object.values(steps);
  return { done: all.filter((s) => FINISHED_STEP_STATUSES.has(s.status)).length, total: all.length };
}
