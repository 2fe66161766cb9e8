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

/**
 * A glyph per status, so a state never depends on colour alone. Plain text
 * characters: no icon font, nothing to load.
 */
export const STATUS_ICONS: Readonly<Record<NodeStatus, string>> = {
  idle: "○",
  pending: "○",
  queued: "⏳",
  running: "⟳",
  completed: "✓",
  failed: "✕",
  canceled: "⊘",
  reused: "♻",
  skipped: "⤼",
};

export function statusIcon(status: NodeStatus): string {
  return STATUS_ICONS[status];
}

/** Elapsed time as a running step shows it: "0:07", "2:05", "1:02:03". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

/** Milliseconds since an ISO timestamp, or null when there is none (or it is garbage). */
export function elapsedSince(startedAt: string | null | undefined, now: number): number | null {
  if (!startedAt) return null;
  const from = Date.parse(startedAt);
  return Number.isNaN(from) ? null : Math.max(0, now - from);
}

/** The first reason a step was reused or re-ran, shortened for the node face. */
export function reasonSummary(reason: string | null | undefined, max = 80): string {
  if (!reason) return "";
  const first = reason.split("; ")[0] ?? "";
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

/** What a reused node says on its face: "from run #3", else the reason, short. */
export function reuseSource(reason: string | null | undefined): string {
  const match = /run #(\d+)/.exec(reason ?? "");
  return match ? `from run #${match[1]}` : reasonSummary(reason, 40);
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
