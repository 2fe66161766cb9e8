import type { StepStatus } from "../api/types";

/** A node's status on the canvas: its step's status, or "idle" outside a run. */
export type NodeStatus = StepStatus | "idle";

const LABELS: Readonly<Record<NodeStatus, string>> = {
  idle: "idle",
  pending: "pending",
  queued: "queued",
  running: "running",
  completed: "completed",
  failed: "failed",
  canceled: "canceled",
  reused: "reused",
  skipped: "skipped",
};

export function statusLabel(status: NodeStatus, progress?: number | null): string {
  if (status === "running" && progress != null && progress > 0) {
    return `running ${Math.round(progress * 100)}%`;
  }
  return LABELS[status];
}

/** Colours for places CSS classes cannot reach (the minimap). Match styles.css. */
export const STATUS_COLORS: Readonly<Record<NodeStatus, string>> = {
  idle: "#d5dae1",
  pending: "#c9d3df",
  queued: "#8fa3bf",
  running: "#2f7de1",
  completed: "#2e9e4f",
  failed: "#d64545",
  canceled: "#e08a2c",
  reused: "#1a9e98",
  skipped: "#c4c8ce",
};

/** The last non-empty line of an error: for a Python traceback, the exception. */
export function errorSummary(error: string | null | undefined, max = 160): string {
  if (!error) return "";
  const lines = error.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const last = lines[lines.length - 1] ?? "";
  return last.length > max ? `${last.slice(0, max - 1)}…` : last;
}
