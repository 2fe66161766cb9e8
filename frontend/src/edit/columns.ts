// Where a node's column parameters get their choices: the design-time schema of
// the DataFrame wired into it (known before any run, or marked as last known).
import type { NodeSchema, PortSchema } from "../api/schema";
import type { GraphDocument } from "../graph/types";

/** What decides the columns: modules, versions, params and wires; not positions, labels or comments. */
export function schemaSignature(graph: GraphDocument): string {
  return JSON.stringify([
    graph.nodes.map((n) => [n.id, n.module, n.version, n.params]),
    graph.edges.map((e) => [e.source, e.source_port, e.target, e.target_port]),
    graph.parameters,
  ]);
}

/**
 * What a node's column pickers offer: the schema of its first DataFrame input
 * whose columns are known (declared, propagated or last known), else the first
 * wired one (unknown, with its reason); null when no DataFrame input is wired.
 */
export function pickerSchema(node: NodeSchema | undefined, inputs: readonly { name: string; type: string }[]): PortSchema | null {
  if (!node) return null;
  const ports = inputs.filter((p) => p.type === "DataFrame");
  const wired = ports
    .flatMap((p) => [node.inputs[p.name], node.inputs[`${p.name}[0]`]])
    .filter((s): s is PortSchema => s !== undefined && s.reason !== "not connected");
  return wired.find((s) => s.columns !== null) ?? wired[0] ?? null;
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
