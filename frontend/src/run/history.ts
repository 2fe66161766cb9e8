// Run history rows as the panel shows them.
import type { RunListItem } from "../api/types";

/** "0.4 s", "12 s", "3 min 05 s", "1 h 02 min"; null when the run never started. */
export function formatDuration(
  startedAt: string | null | undefined,
  finishedAt: string | null | undefined,
  now: number,
): string | null {
  if (!startedAt) return null;
  const from = Date.parse(startedAt);
  const to = finishedAt ? Date.parse(finishedAt) : now;
  if (Number.isNaN(from) || Number.isNaN(to)) return null;
  const seconds = Math.max(0, (to - from) / 1000);
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) {
    const m = Math.floor(seconds / 60);
    return `${m} min ${String(Math.floor(seconds % 60)).padStart(2, "0")} s`;
  }
  const h = Math.floor(seconds / 3600);
  return `${h} h ${String(Math.floor((seconds % 3600) / 60)).padStart(2, "0")} min`;
}

/** "just now", "5 min ago", "3 h ago", else the date and time. */
export function formatStarted(iso: string, now: number): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return "";
  const seconds = (now - at) / 1000;
  if (seconds < 60) return "just now";
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return new Date(at).toISOString().slice(0, 16).replace("T", " ");
}

/** How run history names what started a run. */
export const TRIGGER_LABELS: Record<RunListItem["trigger"], string> = {
  manual: "manual",
  endpoint: "endpoint",
  schedule: "scheduled",
  dataset: "new data",
};

export interface RunRow {
  id: string;
  number: string;
  status: RunListItem["status"];
  experiment: string;
  trigger: string;
  started: string;
  duration: string;
  who: string;
}

export function runRow(run: RunListItem, now: number): RunRow {
  const running = run.status === "queued" || run.status === "running";
  const duration = formatDuration(run.started_at, run.finished_at, now);
  return {
    id: String(run.id),
    number: `#${run.number}`,
    status: run.status,
    experiment: run.experiment || "—",
    trigger: TRIGGER_LABELS[run.trigger],
    started: formatStarted(run.started_at ?? run.created_at, now),
    duration: duration === null ? "—" : running ? `${duration} so far` : duration,
    who: run.created_by ?? "—",
  };
}
