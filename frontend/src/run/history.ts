// Run history rows as the panel shows them.
import type { Id, RunListItem, RunTrigger } from "../api/types";

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

/** What started a run, as a small label: a word (never colour alone) and a detail. */
export interface TriggerLabel {
  kind: RunTrigger;
  label: string;
  detail: string;
  title: string;
}

const TRIGGER_WORDS: Record<RunTrigger, string> = {
  manual: "Manual",
  endpoint: "Endpoint",
  schedule: "Schedule",
  dataset: "Dataset",
};

export function triggerLabel(run: Pick<RunListItem, "trigger" | "published_version" | "schedule">): TriggerLabel {
  const kind: RunTrigger = run.trigger && run.trigger in TRIGGER_WORDS ? run.trigger : "manual";
  const published = run.published_version ?? null;
  const schedule = run.schedule ?? null;
  const version = published ? `${published.endpoint} v${published.version}` : "";
  switch (kind) {
    case "endpoint":
      return {
        kind,
        label: TRIGGER_WORDS[kind],
        detail: version,
        title: published
          ? `Started by a call to pipeline endpoint ${published.endpoint} (version ${published.version})`
          : "Started by a call to a pipeline endpoint",
      };
    case "schedule":
      return {
        kind,
        label: TRIGGER_WORDS[kind],
        detail: schedule?.name ?? "",
        title: schedule ? `Started by the schedule ${schedule.name}` : "Started by a schedule",
      };
    case "dataset":
      return {
        kind,
        label: TRIGGER_WORDS[kind],
        detail: schedule?.name ?? "",
        title: schedule
          ? `Started by a new dataset version, through the schedule ${schedule.name}`
          : "Started by a new dataset version",
      };
    default:
      return { kind, label: TRIGGER_WORDS.manual, detail: "", title: "Started by hand (the canvas or the API)" };
  }
}

export interface RunRow {
  id: string;
  number: string;
  status: RunListItem["status"];
  experiment: string;
  /** Where the experiment's page is, when the run names one. */
  experimentHref: string | null;
  /** The main metric as "name value", or "—". */
  metric: string;
  started: string;
  duration: string;
  who: string;
  trigger: TriggerLabel;
  /** The run this one resumed ("resumed from #2"), linking its page. */
  resumedFrom: { label: string; href: string } | null;
}

/** A past run's own page: its frozen graph, read-only, with its step states. */
export function runPageHref(runId: Id): string {
  return `/runs/${encodeURIComponent(String(runId))}/`;
}

/** A metric value at a glance: four significant digits, no trailing zeros. */
export function formatMetric(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}

export function runRow(run: RunListItem, now: number): RunRow {
  const running = run.status === "queued" || run.status === "running";
  const duration = formatDuration(run.started_at, run.finished_at, now);
  return {
    id: String(run.id),
    number: `#${run.number}`,
    status: run.status,
    experiment: run.experiment || "—",
    experimentHref:
      run.experiment_id === undefined || run.experiment_id === null
        ? null
        : `/experiments/${encodeURIComponent(String(run.experiment_id))}/`,
    metric: run.main_metric ? `${run.main_metric.name} ${formatMetric(run.main_metric.value)}` : "—",
    started: formatStarted(run.started_at ?? run.created_at, now),
    duration: duration === null ? "—" : running ? `${duration} so far` : duration,
    who: run.created_by ?? "—",
    trigger: triggerLabel(run),
    resumedFrom:
      run.resumed_from === undefined || run.resumed_from === null
        ? null
        : { label: `resumed from #${run.resumed_from_number ?? "?"}`, href: runPageHref(run.resumed_from) },
  };
}
