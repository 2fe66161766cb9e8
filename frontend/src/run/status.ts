import type { RunStatus, StepStatus } from "../api/types";

export const TERMINAL_RUN_STATUSES: ReadonlySet<RunStatus> = new Set([
  "completed",
  "failed",
  "canceled",
]);

/** A step in one of these states will not change again within this run. */
export const FINISHED_STEP_STATUSES: ReadonlySet<StepStatus> = new Set([
  "completed",
  "failed",
  "canceled",
  "reused",
  "skipped",
]);

export function isRunFinished(status: RunStatus | null | undefined): boolean {
  return status != null && TERMINAL_RUN_STATUSES.has(status);
}

export function isRunActive(status: RunStatus | null | undefined): boolean {
  return status === "queued" || status === "running";
}
