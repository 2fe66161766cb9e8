// Where a node's column parameters get their choices: the schema of the
// DataFrame wired into it, as the latest run that produced it saw it.
import type { Id, Run } from "../api/types";
import type { PortEdge } from "../graph/convert";
import type { ModuleFlowNode } from "../graph/convert";

export interface UpstreamOutput {
  node: string;
  port: string;
}

/** The output feeding the node's first wired DataFrame input, or null. */
export function upstreamDataFrame(
  nodeId: string,
  nodes: readonly ModuleFlowNode[],
  edges: readonly PortEdge[],
): UpstreamOutput | null {
  const node = nodes.find((n) => n.id === nodeId);
  if (!node) return null;
  for (const input of node.data.definition.inputs) {
    if (input.type !== "DataFrame") continue;
    const edge = edges.find((e) => e.target === nodeId && e.targetHandle === input.name);
    if (edge) return { node: edge.source, port: edge.sourceHandle ?? "" };
  }
  return null;
}

export interface ColumnSources {
  /** Runs of the pipeline, newest first. */
  listRuns: () => Promise<{ id: Id }[]>;
  getRun: (id: Id) => Promise<Run>;
  getColumns: (runId: Id, node: string, port: string) => Promise<string[]>;
}

/** The columns of `upstream` from the newest run that has that output; null when none has. */
export async function findColumns(upstream: UpstreamOutput, sources: ColumnSources): Promise<string[] | null> {
  for (const item of await sources.listRuns()) {
    const run = await sources.getRun(item.id);
    const step = run.steps.find((s) => s.node_id === upstream.node);
    if (step?.outputs?.[upstream.port]) return sources.getColumns(run.id, upstream.node, upstream.port);
  }
  return null;
}

/** Whether a string param names one column (label_column, stratify_column, ...). */
export function isSingleColumnParam(param: { name: string; type: string }): boolean {
  return (param.type === "string" || param.type === "str") && /(^|_)column$/.test(param.name);
}

/** Toggles a column in a picked list, keeping the dataset's order for known columns. */
export function toggleColumn(picked: readonly string[], column: string, order: readonly string[]): string[] {
  const set = new Set(picked);
  if (set.has(column)) set.delete(column);
  else set.add(column);
  const known = order.filter((c) => set.has(c));
  const unknown = picked.filter((c) => set.has(c) && !order.includes(c));
  return [...known, ...unknown];
}
