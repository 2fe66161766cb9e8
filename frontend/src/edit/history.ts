// Undo/redo as a pure value: a stack of earlier and later snapshots of what the
// user edits (nodes, wires, pipeline parameters). The graph store records the
// state *before* each edit; edits that belong together (one drag, typing in one
// field) share a coalescing key and become one entry.
import type { ModuleFlowNode, PortEdge } from "../graph/convert";
import type { PipelineParameter } from "../graph/types";

export interface Snapshot {
  nodes: ModuleFlowNode[];
  edges: PortEdge[];
  parameters: PipelineParameter[];
}

export interface History {
  past: readonly Snapshot[];
  future: readonly Snapshot[];
  /** The coalescing key and time of the newest entry. */
  lastKey: string | null;
  lastAt: number;
}

export const HISTORY_LIMIT = 100;
/** Typing pauses shorter than this stay in one undo step. */
export const COALESCE_MS = 1000;

export const emptyHistory: History = { past: [], future: [], lastKey: null, lastAt: 0 };

export interface RecordOptions {
  /** Edits with the same key close together in time merge into one entry. */
  key?: string | null;
  now?: number;
  /** How close together; Infinity merges a whole gesture (a drag). */
  windowMs?: number;
}

/** Records `before` as the state to return to, unless it continues the last entry. */
export function record(history: History, before: Snapshot, options: RecordOptions = {}): History {
  const key = options.key ?? null;
  const now = options.now ?? Date.now();
  const windowMs = options.windowMs ?? COALESCE_MS;
  const continues =
    key !== null && key === history.lastKey && now - history.lastAt <= windowMs && history.past.length > 0;
  if (continues) return { ...history, future: [], lastAt: now };
  const past = [...history.past, before].slice(-HISTORY_LIMIT);
  return { past, future: [], lastKey: key, lastAt: now };
}

/** The state to show after undo, and the history after it; null when there is nothing to undo. */
export function undo(history: History, current: Snapshot): { history: History; snapshot: Snapshot } | null {
  const snapshot = history.past.at(-1);
  if (!snapshot) return null;
  return {
    snapshot,
    history: { past: history.past.slice(0, -1), future: [current, ...history.future], lastKey: null, lastAt: 0 },
  };
}

export function redo(history: History, current: Snapshot): { history: History; snapshot: Snapshot } | null {
  const snapshot = history.future[0];
  if (!snapshot) return null;
  return {
    snapshot,
    history: { past: [...history.past, current], future: history.future.slice(1), lastKey: null, lastAt: 0 },
  };
}

/** Closes the current entry, so the next edit with the same key starts a new one. */
export function seal(history: History): History {
  return history.lastKey === null ? history : { ...history, lastKey: null };
}
