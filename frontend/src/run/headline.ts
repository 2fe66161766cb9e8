// What the header says about runs: the run shown on the canvas, else the pipeline's
// latest run (named, with its state), and "not run yet" only when there is none.
import type { Id, RunRef, RunStatus } from "../api/types";
import { isRunFinished } from "./status";

export interface RunHeadline {
  /** The run's number, when the header can name one. */
  number: number | null;
  /** A run status, or "loading" (connecting to the shown run) or "idle" (no run at all). */
  status: RunStatus | "loading" | "idle";
  text: string;
  /** Whether the named run is the one shown on the canvas. */
  shown: boolean;
}

export function runHeadline(
  shownRunId: string | null,
  shownRun: { number: number; status: RunStatus } | null,
  lastRun: RunRef | null,
): RunHeadline {
  if (shownRun) return { number: shownRun.number, status: shownRun.status, text: shownRun.status, shown: true };
  if (shownRunId !== null) {
    const number = lastRun && String(lastRun.id) === shownRunId ? lastRun.number : null;
    return { number, status: "loading", text: "connecting…", shown: true };
  }
  if (lastRun) {
    return { number: lastRun.number, status: lastRun.status, text: lastRun.status, shown: false };
  }
  return { number: null, status: "idle", text: "not run yet", shown: false };
}

/**
 * The run a freshly opened pipeline follows live: its latest run while that is still
 * queued or running (so a reload mid-run shows the run, not idle nodes). A finished
 * run is only named in the header; showing it stays a click.
 */
export function runToFollowOnOpen(lastRun: RunRef | null): Id | null {
  return lastRun && !isRunFinished(lastRun.status) ? lastRun.id : null;
}
