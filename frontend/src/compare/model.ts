// What the compare page shows, worked out from the API's runs: the side-by-side
// parameter rows with their difference flags, and the series of the two charts.
// Pure functions, so the rules (what counts as a difference, which metrics are
// charted first) are tested without a browser.
import type { CompareRun } from "./types";

/** A node's key for the pipeline parameters, which belong to no node. */
export const PIPELINE_NODE = "";

export interface ParameterRow {
  key: string;
  /** PIPELINE_NODE for a pipeline parameter. */
  nodeId: string;
  nodeLabel: string;
  name: string;
  /** The pipeline parameter a module parameter was bound to, in any run. */
  boundTo: string | null;
  /** One per run, in the runs' order; undefined where the run has no such parameter. */
  values: unknown[];
  /** What each cell shows. */
  shown: string[];
  differs: boolean;
}

/** Each run's name on the page: "#3", or "Pipeline #3" when the runs come from several pipelines. */
export function runLabels(runs: readonly CompareRun[]): string[] {
  const pipelines = new Set(runs.map((run) => run.pipeline));
  return runs.map((run) => (pipelines.size > 1 ? `${run.pipeline_name} #${run.number}` : `#${run.number}`));
}

/** JSON with object keys sorted, so {a, b} and {b, a} are the same value. */
function canonical(value: unknown): string {
  if (value === undefined) return "\u0000absent";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** A cell's text: "—" for a parameter the run does not have, JSON for lists and objects. */
export function showValue(value: unknown): string {
  if (value === undefined) return "—";
  if (value === "") return "(empty)";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/**
 * One row per pipeline parameter (first), then per node and module parameter, nodes
 * in the order the runs planned them (a node only a later run has comes after the
 * earlier runs' nodes). A row differs when any two runs' values differ, a parameter
 * one run lacks included.
 */
export function parameterRows(runs: readonly CompareRun[]): ParameterRow[] {
  const rows = new Map<string, ParameterRow>();
  const add = (nodeId: string, nodeLabel: string, name: string, boundTo: string | null) => {
    const key = `${nodeId}\u0000${name}`;
    let row = rows.get(key);
    if (!row) {
      row = { key, nodeId, nodeLabel, name, boundTo, values: [], shown: [], differs: false };
      rows.set(key, row);
    } else if (!row.boundTo && boundTo) {
      row.boundTo = boundTo;
    }
    return row;
  };
  for (const run of runs) {
    for (const name of Object.keys(run.parameters)) add(PIPELINE_NODE, "Pipeline parameters", name, null);
    for (const step of run.steps) {
      for (const name of Object.keys(step.params)) add(step.node_id, step.label, name, step.bound[name] ?? null);
    }
  }
  for (const row of rows.values()) {
    row.values = runs.map((run) => {
      if (row.nodeId === PIPELINE_NODE) return run.parameters[row.name];
      const step = run.steps.find((s) => s.node_id === row.nodeId);
      return step ? step.params[row.name] : undefined;
    });
    row.shown = row.values.map(showValue);
    row.differs = row.values.some((value) => !sameValue(value, row.values[0]));
  }
  return [...rows.values()];
}

/** The rows to show: all, or only those that differ. */
export function visibleRows(rows: readonly ParameterRow[], onlyDifferences: boolean): ParameterRow[] {
  return onlyDifferences ? rows.filter((row) => row.differs) : [...rows];
}

/** Every metric name any run has, alphabetically. */
export function metricNames(runs: readonly CompareRun[]): string[] {
  return [...new Set(runs.flatMap((run) => Object.keys(run.metrics)))].sort();
}

/** The metrics charted before the user picks: the runs' main metrics, else the first name. */
export function defaultMetrics(runs: readonly CompareRun[]): string[] {
  const names = metricNames(runs);
  const mains = [...new Set(runs.flatMap((run) => (run.main_metric ? [run.main_metric.name] : [])))];
  const chosen = mains.filter((name) => names.includes(name));
  return chosen.length > 0 ? chosen : names.slice(0, 1);
}

export type MetricPoint = { run: string } & Record<string, number | string | null>;

/** The metric-over-runs chart's data: one point per run (x), one key per chosen metric (null where missing). */
export function metricSeries(runs: readonly CompareRun[], chosen: readonly string[]): MetricPoint[] {
  const labels = runLabels(runs);
  return runs.map((run, index) => {
    const point: MetricPoint = { run: labels[index] ?? `#${run.number}` };
    for (const name of chosen) point[name] = run.metrics[name] ?? null;
    return point;
  });
}

export interface RocSeries {
  runId: number;
  label: string;
  auc: number | null;
  evaluatedBy: string;
  points: { fpr: number; tpr: number }[];
}

/** The ROC curves to overlay: one per run that has one, named after the run and its AUC. */
export function rocSeries(runs: readonly CompareRun[]): RocSeries[] {
  const labels = runLabels(runs);
  const series: RocSeries[] = [];
  runs.forEach((run, index) => {
    if (!run.roc) return;
    const name = labels[index] ?? `#${run.number}`;
    series.push({
      runId: run.id,
      label: run.roc.auc == null ? `Run ${name}` : `Run ${name} (AUC ${run.roc.auc.toFixed(3)})`,
      auc: run.roc.auc,
      evaluatedBy: run.roc.label,
      points: run.roc.points.map(([fpr, tpr]) => ({ fpr, tpr })),
    });
  });
  return series;
}

/** Run ids from the mount point's "1,2,3". */
export function parseRunIds(text: string): number[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => /^\d+$/.test(part))
    .map(Number);
}
