// Messages on WS /ws/runs/{id}/ (see ARCHITECTURE.md, "Realtime").
import type { Id, Run, RunStatus, StepStatus } from "../api/types";

export interface SnapshotMessage {
  type: "snapshot";
  seq: number;
  run: Run;
}

export interface StepStatusMessage {
  type: "step.status";
  seq: number;
  run_id: Id;
  node_id: string;
  status: StepStatus;
  error?: string | null;
  reason?: string | null;
  started_at?: string | null;
  finished_at?: string | null;
}

export interface StepLogMessage {
  type: "step.log";
  seq: number;
  run_id: Id;
  node_id: string;
  lines: string[];
}

export interface StepProgressMessage {
  type: "step.progress";
  seq: number;
  run_id: Id;
  node_id: string;
  progress: number;
  message?: string | null;
}

export interface RunStatusMessage {
  type: "run.status";
  seq: number;
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
 * message without seq) is dropped rather than allowed to corrupt the state.
 */
export function parseServerMessage(raw: unknown): ServerMessage | null {
  if (!isRecord(raw) || typeof raw.type !== "string") return null;
  if (typeof raw.seq !== "number" || !Number.isFinite(raw.seq)) return null;
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
