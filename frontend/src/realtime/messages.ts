// Messages on WS /ws/runs/{id}/ (api/consumers.py; docs/decisions.md, "Event numbering").
import type { Id, Run, RunStatus, StepStatus } from "../api/types";

/**
 * `seq` numbers a run's messages within an `epoch`: the server's counter starts
 * again at 1 under a new, larger epoch when its Redis restarts, so messages are
 * ordered by (epoch, seq). (Absent from an older server's messages: epoch 0.)
 */
export interface Numbered {
  seq: number;
  epoch?: number;
}

export interface SnapshotMessage extends Numbered {
  type: "snapshot";
  run: Run;
}

export interface StepStatusMessage extends Numbered {
  type: "step.status";
  run_id: Id;
  node_id: string;
  status: StepStatus;
  error?: string | null;
  reason?: string | null;
  started_at?: string | null;
  finished_at?: string | null;
}

export interface StepLogMessage extends Numbered {
  type: "step.log";
  run_id: Id;
  node_id: string;
  lines: string[];
}

export interface StepProgressMessage extends Numbered {
  type: "step.progress";
  run_id: Id;
  node_id: string;
  progress: number;
  message?: string | null;
}

export interface RunStatusMessage extends Numbered {
  type: "run.status";
  run_id: Id;
  status: RunStatus;
}

export type DeltaMessage =
  | StepStatusMessage
  | StepLogMessage
  | StepProgressMessage
  | RunStatusMessage;

export type ServerMessage = SnapshotMessage | DeltaMessage;

/** What the client may send: a request for a fresh snapshot. */
export interface ClientMessage {
  type: "snapshot";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is Id {
  return typeof value === "string" || typeof value === "number";
}

/**
 * Checks the fields the client relies on; anything else (an unknown type, a
 * message without seq, an epoch that is not a number) is dropped rather than allowed to corrupt the state.
 */
export function parseServerMessage(raw: unknown): ServerMessage | null {
  if (!isRecord(raw) || typeof raw.type !== "string") return null;
  if (typeof raw.seq !== "number" || !Number.isFinite(raw.seq)) return null;
  if (raw.epoch !== undefined && (typeof raw.epoch !== "number" || !Number.isFinite(raw.epoch))) {
    return null;
  }
  switch (raw.type) {
    case "snapshot":
      return isRecord(raw.run) && Array.isArray(raw.run.steps) && isId(raw.run.id)
        ? (raw as unknown as SnapshotMessage)
        : null;
    case "step.status":
      return typeof raw.node_id === "string" && typeof raw.status === "string"
        ? (raw as unknown as StepStatusMessage)
        : null;
    case "step.log":
      return typeof raw.node_id === "string" &&
        Array.isArray(raw.lines) &&
        raw.lines.every((l) => typeof l === "string")
        ? (raw as unknown as StepLogMessage)
        : null;
    case "step.progress":
      return typeof raw.node_id === "string" && typeof raw.progress === "number"
        ? (raw as unknown as StepProgressMessage)
        : null;
    case "run.status":
      return typeof raw.status === "string" ? (raw as unknown as RunStatusMessage) : null;
    default:
      return null;
  }
}

export function isDelta(message: ServerMessage): message is DeltaMessage {
  return message.type !== "snapshot";
}
