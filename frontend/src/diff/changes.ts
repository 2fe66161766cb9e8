// The side list of a diff: each change as a line a person reads ("fraction: 0.5 → 0.75"),
// grouped by node, with a script's line diff and, for runs, each node's status in
// both runs, whether its outputs are the same artifacts and how its metrics moved.
// Pure: built from the server's answer; the view only renders it.
import type { StepStatus } from "../api/types";
import { isParamBinding } from "../graph/types";
import type { GraphDiff, MetricDelta, RunDiff, RunDiffNode, ValueChange, WireDiff } from "./api";
import type { DiffMark } from "./overlay";

export type LineKind = "hunk" | "added" | "removed" | "same";

export interface DiffLine {
  kind: LineKind;
  text: string;
}

export interface ValueRow {
  name: string;
  change: ValueChange["change"];
  old: string;
  new: string;
  /** A script's changed lines; null for other values. */
  lines: DiffLine[] | null;
}

export interface MetricRow {
  name: string;
  a: string;
  b: string;
  /** b - a with its sign ("+0.05", "−2"), or "—" when a run lacks it. */
  delta: string;
  direction: "up" | "down" | "same" | "none";
}

export interface RunNodeSides {
  a: StepStatus | null;
  b: StepStatus | null;
  errorA: string;
  errorB: string;
  outputsEqual: boolean | null;
  metrics: MetricRow[];
}

export interface NodeEntry {
  id: string;
  title: string;
  mark: DiffMark;
  /** Node fields (module, version, label, ...) that changed. */
  fields: ValueRow[];
  params: ValueRow[];
  /** Many-wire inputs whose wires come in another order. */
  reordered: string[];
  moved: string | null;
  run: RunNodeSides | null;
}

export interface WireEntry {
  key: string;
  change: WireDiff["change"];
  text: string;
  /** The node a click on it centres: the wire's target. */
  nodeId: string;
}

export interface DiffList {
  /** Pipeline parameters, the default compute target, and for runs the values each ran with. */
  pipeline: ValueRow[];
  mainMetric: MetricRow | null;
  nodes: NodeEntry[];
  wires: WireEntry[];
  /** Nothing differs at all (for runs: nor any step). */
  identical: boolean;
}

const NONE = "—";
const MINUS = "−";

/** A value as the list shows it: strings quoted, a pipeline-parameter binding named. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return NONE;
  if (isParamBinding(value)) return `pipeline parameter “${value.$param}”`;
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 79)}…` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** A number without float noise (0.95 - 0.9 is 0.05, not 0.04999999999999993). */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(6))).replace(/^-/, MINUS);
}

/** A delta with its sign: "+0.05", "−2", "0". */
export function formatDelta(delta: number | null): string {
  if (delta === null) return NONE;
  const shown = formatNumber(Math.abs(delta));
  if (shown === "0") return "0";
  return delta > 0 ? `+${shown}` : `${MINUS}${shown}`;
}

/** The server's unified diff (hunks only), each line classified. */
export function classifyLines(lines: readonly string[]): DiffLine[] {
  return lines.map((line) => {
    if (line.startsWith("@@")) return { kind: "hunk", text: line };
    if (line.startsWith("+")) return { kind: "added", text: line.slice(1) };
    if (line.startsWith("-")) return { kind: "removed", text: line.slice(1) };
    return { kind: "same", text: line.startsWith(" ") ? line.slice(1) : line };
  });
}

export function valueRow(change: ValueChange): ValueRow {
  return {
    name: change.name,
    change: change.change,
    old: change.change === "added" ? NONE : formatValue(change.old),
    new: change.change === "removed" ? NONE : formatValue(change.new),
    lines: change.line_diff ? classifyLines(change.line_diff) : null,
  };
}

function parameterRow(change: ValueChange): ValueRow {
  // A pipeline parameter's old/new are {type, default}: the default is what changes a run.
  const describe = (value: unknown) => {
    if (typeof value !== "object" || value === null) return formatValue(value);
    const { type, default: fallback } = value as { type?: unknown; default?: unknown };
    return `${formatValue(fallback)} (${String(type)})`;
  };
  return {
    name: change.name,
    change: change.change,
    old: change.change === "added" ? NONE : describe(change.old),
    new: change.change === "removed" ? NONE : describe(change.new),
    lines: null,
  };
}

export function metricRow(metric: MetricDelta): MetricRow {
  const delta = metric.delta;
  return {
    name: metric.name,
    a: metric.a === null ? NONE : formatNumber(metric.a),
    b: metric.b === null ? NONE : formatNumber(metric.b),
    delta: formatDelta(delta),
    direction: delta === null ? "none" : formatDelta(delta) === "0" ? "same" : delta > 0 ? "up" : "down",
  };
}

function runSides(node: RunDiffNode): RunNodeSides {
  return {
    a: node.a?.status ?? null,
    b: node.b?.status ?? null,
    errorA: node.a?.error ?? "",
    errorB: node.b?.error ?? "",
    outputsEqual: node.outputs_equal,
    metrics: node.metrics.map(metricRow),
  };
}

/** Whether a run node differs between the runs in any way the list shows. */
function runNodeDiffers(node: RunDiffNode): boolean {
  return (
    node.graph_change !== "unchanged" ||
    node.a?.status !== node.b?.status ||
    node.outputs_equal === false ||
    node.metrics.some((m) => m.delta === null || formatDelta(m.delta) !== "0")
  );
}

function point(p: { x: number; y: number }): string {
  return `(${String(Math.round(p.x))}, ${String(Math.round(p.y))})`;
}

/**
 * The side list of a diff. `titles` names nodes as the canvas does (label, else module
 * name); `run` (a run diff) adds per-node run sides and lists every node of either run,
 * the ones that differ first.
 */
export function buildDiffList(
  graph: GraphDiff,
  titles: ReadonlyMap<string, string>,
  run: RunDiff | null = null,
): DiffList {
  const title = (id: string) => titles.get(id) ?? id;
  const byId = new Map<string, NodeEntry>();
  for (const node of graph.nodes) {
    byId.set(node.id, {
      id: node.id,
      title: title(node.id),
      mark: node.change,
      fields: node.fields.map(valueRow),
      params: node.params.map(valueRow),
      reordered: [],
      moved: node.position ? `${point(node.position.old)} → ${point(node.position.new)}` : null,
      run: null,
    });
  }
  const blank = (id: string): NodeEntry => ({
    id,
    title: title(id),
    mark: "unchanged",
    fields: [],
    params: [],
    reordered: [],
    moved: null,
    run: null,
  });
  for (const input of graph.reordered_inputs) {
    const entry = byId.get(input.target) ?? blank(input.target);
    const order = (wires: InputOrderSide) => wires.map((w) => `${title(w.source)}.${w.source_port}`).join(", ");
    entry.reordered.push(`${input.target_port}: ${order(input.old)} → ${order(input.new)}`);
    byId.set(input.target, entry);
  }

  let nodes: NodeEntry[];
  if (run) {
    const differs = new Set<string>();
    for (const node of run.nodes) {
      const entry = byId.get(node.node_id) ?? blank(node.node_id);
      entry.run = runSides(node);
      byId.set(node.node_id, entry);
      if (runNodeDiffers(node)) differs.add(node.node_id);
    }
    const all = [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const changed = (e: NodeEntry) => differs.has(e.id) || e.mark !== "unchanged" || e.reordered.length > 0;
    nodes = [...all.filter(changed), ...all.filter((e) => !changed(e))];
  } else {
    nodes = [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  }

  const wires = graph.wires.map((wire, i) => ({
    key: `${wire.change}:${String(i)}`,
    change: wire.change,
    text: `${title(wire.source)}.${wire.source_port} → ${title(wire.target)}.${wire.target_port}`,
    nodeId: wire.target,
  }));

  const pipeline = graph.parameters.map(parameterRow);
  if (graph.compute) pipeline.push({ ...valueRow(graph.compute), name: "default compute target" });
  if (run) pipeline.push(...run.parameters.map((p) => ({ ...valueRow(p), name: `run value ${p.name}` })));

  let mainMetric: MetricRow | null = null;
  const mainA = run?.a.main_metric ?? null;
  const mainB = run?.b.main_metric ?? null;
  if (mainA || mainB) {
    mainMetric = metricRow({
      name: mainB?.name ?? mainA?.name ?? "",
      a: mainA && (!mainB || mainA.name === mainB.name) ? mainA.value : null,
      b: mainB && (!mainA || mainA.name === mainB.name) ? mainB.value : null,
      delta: run?.main_metric_delta ?? null,
    });
  }

  const runsDiffer = run ? run.nodes.some(runNodeDiffers) || run.parameters.length > 0 : false;
  return { pipeline, mainMetric, nodes, wires, identical: graph.identical && !runsDiffer };
}

type InputOrderSide = { source: string; source_port: string }[];
