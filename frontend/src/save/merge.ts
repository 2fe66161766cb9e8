// Three-way merge of graph documents, pure: the revision my draft started from (base),
// my unsaved draft (mine) and what someone else saved since (theirs).
//
// Nodes are matched by id (as diffs are: docs/decisions.md, "Diffs match nodes by id").
// Each field of a node, each of its parameters (a script's code is one), each pipeline
// parameter, each top-level field and the wires are merged on their own: what only one
// side changed takes that side's value, what both changed alike is taken once, and only
// the same thing changed differently on both sides is a conflict, which the user settles
// in `choices` (one per conflict id). Nothing else is ever dropped:
// - a node one side deleted while the other edited it (anything but its position, or a
//   wire drawn to it) is a conflict, not a silent deletion;
// - two nodes both sides added under the same id (both made "split_data-1") are both
//   kept: mine gets a fresh id, with the wires I drew to it;
// - wires are a set: each side's added wires are kept and a wire either side removed is
//   removed, except that an input taking one wire which both sides rewired differently
//   is a conflict (a fan-in input, `acceptsMany`, simply keeps both sides' wires).
import type { GraphDocument, GraphEdge, GraphNode, PipelineParameter } from "../graph/types";

export type Side = "mine" | "theirs";

export type ConflictKind = "node" | "field" | "param" | "wires" | "parameter" | "graph";

export interface MergeConflict {
  /** Stable for the same three documents: the key of `choices`. */
  id: string;
  kind: ConflictKind;
  /** The node concerned (for node, field, param and wires conflicts). */
  nodeId: string | null;
  /** The node field, node parameter, input port, pipeline parameter or top-level field. */
  name: string;
  /** Each side's value; undefined when absent there (a deleted node, an unset parameter). */
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

export interface MergeOptions {
  /** How each conflict is settled; an unsettled one takes theirs (the saved copy). */
  choices?: Readonly<Record<string, Side>>;
  /** Whether `port` of `node` takes many wires (a fan-in input). By default one. */
  acceptsMany?: (node: GraphNode, port: string) => boolean;
}

export interface MergeResult {
  document: GraphDocument;
  conflicts: MergeConflict[];
  /** Nodes I added whose id they had taken meanwhile: old id -> the id it now has. */
  renamed: Record<string, string>;
}

/** JSON text with object keys sorted, so equal values compare equal whatever the key order. */
export function canonical(value: unknown): string {
  if (value === undefined) return "\u0000undefined";
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

export function same(a: unknown, b: unknown): boolean {
  return a === b || canonical(a) === canonical(b);
}

type Picker = (
  conflict: Omit<MergeConflict, "base" | "mine" | "theirs">,
  base: unknown,
  mine: unknown,
  theirs: unknown,
) => unknown;

function picker(conflicts: MergeConflict[], choices: Readonly<Record<string, Side>>): Picker {
  return (about, base, mine, theirs) => {
    if (same(mine, theirs)) return mine;
    if (same(base, mine)) return theirs;
    if (same(base, theirs)) return mine;
    conflicts.push({ ...about, base, mine, theirs });
    return choices[about.id] === "mine" ? mine : theirs;
  };
}

function byId(document: GraphDocument): Map<string, GraphNode> {
  return new Map(document.nodes.map((n) => [n.id, n]));
}

function withoutPosition(node: GraphNode): Omit<GraphNode, "position"> {
  const { position: _position, ...rest } = node;
  return rest;
}

export function wireKey(edge: GraphEdge): string {
  return `${edge.source}\u0000${edge.source_port}\u0000${edge.target}\u0000${edge.target_port}`;
}

function touches(edge: GraphEdge, nodeId: string): boolean {
  return edge.source === nodeId || edge.target === nodeId;
}

/** Whether a side did more to a base node than move it: a field, a parameter, or a wire drawn to it. */
function editedBeyondMoving(base: GraphNode, node: GraphNode, baseWires: Set<string>, sideEdges: GraphEdge[]): boolean {
  if (!same(withoutPosition(base), withoutPosition(node))) return true;
  return sideEdges.some((e) => touches(e, node.id) && !baseWires.has(wireKey(e)));
}

/** `<stem>-<n>` not in `taken` (the canvas names nodes "<slug>-<n>"). */
function freshId(id: string, taken: ReadonlySet<string>): string {
  const stem = id.replace(/-\d+$/, "");
  let n = 1;
  while (taken.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}

function mergeNode(base: GraphNode, mine: GraphNode, theirs: GraphNode, pick: Picker): GraphNode {
  const id = base.id;
  const merged: Record<string, unknown> = { id };
  const fields = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  fields.delete("id");
  fields.delete("params");
  const b = base as unknown as Record<string, unknown>;
  const m = mine as unknown as Record<string, unknown>;
  const t = theirs as unknown as Record<string, unknown>;
  // Keys in a steady order: theirs' first, as the saved copy has them.
  for (const field of [...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)]) {
    if (!fields.delete(field)) continue;
    const value = pick({ id: `node:${id}:field:${field}`, kind: "field", nodeId: id, name: field }, b[field], m[field], t[field]);
    if (value !== undefined) merged[field] = value;
  }
  const params: Record<string, unknown> = {};
  const names = new Set([...Object.keys(theirs.params), ...Object.keys(mine.params), ...Object.keys(base.params)]);
  for (const name of names) {
    const value = pick(
      { id: `node:${id}:param:${name}`, kind: "param", nodeId: id, name },
      base.params[name],
      mine.params[name],
      theirs.params[name],
    );
    if (value !== undefined) params[name] = value;
  }
  merged.params = params;
  return merged as unknown as GraphNode;
}

function mergeParameters(
  base: readonly PipelineParameter[],
  mine: readonly PipelineParameter[],
  theirs: readonly PipelineParameter[],
  pick: Picker,
): PipelineParameter[] {
  const index = (list: readonly PipelineParameter[]) => new Map(list.map((p) => [p.name, p]));
  const [b, m, t] = [index(base), index(mine), index(theirs)];
  const names = [...new Set([...t.keys(), ...m.keys(), ...b.keys()])];
  const merged: PipelineParameter[] = [];
  for (const name of names) {
    const value = pick({ id: `parameter:${name}`, kind: "parameter", nodeId: null, name }, b.get(name), m.get(name), t.get(name));
    if (value !== undefined) merged.push(value as PipelineParameter);
  }
  return merged;
}

export function mergeGraphs(
  base: GraphDocument,
  mine: GraphDocument,
  theirs: GraphDocument,
  options: MergeOptions = {},
): MergeResult {
  const conflicts: MergeConflict[] = [];
  const choices = options.choices ?? {};
  const pick = picker(conflicts, choices);
  const acceptsMany = options.acceptsMany ?? (() => false);
  const [baseNodes, mineNodes, theirNodes] = [byId(base), byId(mine), byId(theirs)];
  const baseWires = new Set(base.edges.map(wireKey));

  // ---- nodes
  const renamed: Record<string, string> = {};
  const taken = new Set([...baseNodes.keys(), ...mineNodes.keys(), ...theirNodes.keys()]);
  const kept = new Map<string, GraphNode>();
  const order = [...new Set([...theirNodes.keys(), ...mineNodes.keys()])];
  const mineAdded: GraphNode[] = [];
  for (const id of order) {
    const b = baseNodes.get(id);
    const m = mineNodes.get(id);
    const t = theirNodes.get(id);
    if (b === undefined) {
      if (m !== undefined && t !== undefined && !same(m, t)) {
        const fresh = freshId(id, taken);
        taken.add(fresh);
        renamed[id] = fresh;
        kept.set(id, t);
        mineAdded.push({ ...m, id: fresh });
      } else if (t !== undefined) {
        kept.set(id, t);
      } else if (m !== undefined) {
        mineAdded.push(m);
      }
      continue;
    }
    if (m === undefined && t === undefined) continue;
    if (m === undefined || t === undefined) {
      const survivor = (m ?? t) as GraphNode;
      const survivorSide: Side = m !== undefined ? "mine" : "theirs";
      const survivorEdges = survivorSide === "mine" ? mine.edges : theirs.edges;
      if (!editedBeyondMoving(b, survivor, baseWires, survivorEdges)) continue; // the deletion stands
      const about = { id: `node:${id}`, kind: "node" as const, nodeId: id, name: "node" };
      conflicts.push({ ...about, base: b, mine: m, theirs: t });
      const choice = choices[about.id] ?? "theirs";
      if (choice === survivorSide) kept.set(id, survivor);
      continue;
    }
    kept.set(id, mergeNode(b, m, t, pick));
  }
  const nodes = [...kept.values(), ...mineAdded];
  const nodeById = new Map(nodes.map((n) => [n.id, n]));

  // ---- wires
  const renameEnd = (e: GraphEdge): GraphEdge => ({
    ...e,
    source: renamed[e.source] ?? e.source,
    target: renamed[e.target] ?? e.target,
  });
  // A side that deleted a node lost its wires with it. Whether the node stays is decided
  // above; for the wires, that side is taken to have left them alone (they go anyway
  // once the node is gone), so a deletion is not read as unwiring its neighbours.
  const deletedWires = (side: Map<string, GraphNode>) =>
    base.edges.filter((e) => !side.has(e.source) || !side.has(e.target));
  // Mine: my wires to a node I added under an id they took follow it to its new id.
  const mineEdges = [...mine.edges.map(renameEnd), ...deletedWires(mineNodes)];
  const theirEdges = [...theirs.edges, ...deletedWires(theirNodes)];
  const [mineWires, theirWires] = [new Set(mineEdges.map(wireKey)), new Set(theirEdges.map(wireKey))];

  const ports = new Map<string, { target: string; port: string }>();
  for (const e of [...base.edges, ...mineEdges, ...theirEdges]) {
    ports.set(`${e.target}\u0000${e.target_port}`, { target: e.target, port: e.target_port });
  }
  const chosen = new Set<string>();
  for (const [portKey, { target, port }] of ports) {
    const into = (edges: GraphEdge[]) =>
      edges.filter((e) => `${e.target}\u0000${e.target_port}` === portKey).map(wireKey);
    const [b, m, t] = [into(base.edges), into(mineEdges), into(theirEdges)];
    const node = nodeById.get(target);
    if (node !== undefined && acceptsMany(node, port)) {
      // Each wire on its own: kept by both, or added by one side.
      for (const key of new Set([...t, ...m])) {
        const inM = mineWires.has(key);
        const inT = theirWires.has(key);
        if ((inM && inT) || !baseWires.has(key)) chosen.add(key);
      }
      continue;
    }
    const sorted = (keys: string[]) => [...new Set(keys)].sort();
    const value = pick(
      { id: `wires:${target}:${port}`, kind: "wires", nodeId: target, name: port },
      sorted(b),
      sorted(m),
      sorted(t),
    ) as string[];
    for (const key of value) chosen.add(key);
  }
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const e of [...theirEdges, ...mineEdges]) {
    const key = wireKey(e);
    if (!chosen.has(key) || seen.has(key)) continue;
    if (!nodeById.has(e.source) || !nodeById.has(e.target)) continue; // to a node that is gone
    seen.add(key);
    edges.push({ source: e.source, source_port: e.source_port, target: e.target, target_port: e.target_port });
  }

  // ---- pipeline parameters and the document's other fields (compute, ...)
  const parameters = mergeParameters(base.parameters, mine.parameters, theirs.parameters, pick);
  const document: Record<string, unknown> = {};
  const b = base as unknown as Record<string, unknown>;
  const m = mine as unknown as Record<string, unknown>;
  const t = theirs as unknown as Record<string, unknown>;
  for (const field of new Set([...Object.keys(t), ...Object.keys(m), ...Object.keys(b)])) {
    if (field === "nodes" || field === "edges" || field === "parameters") continue;
    const value = field === "schema" ? t[field] : pick({ id: `graph:${field}`, kind: "graph", nodeId: null, name: field }, b[field], m[field], t[field]);
    if (value !== undefined) document[field] = value;
  }
  return {
    document: { ...(document as unknown as GraphDocument), nodes, edges, parameters },
    conflicts,
    renamed,
  };
}

/** Whether every conflict has a choice. */
export function allChosen(conflicts: readonly MergeConflict[], choices: Readonly<Record<string, Side>>): boolean {
  return conflicts.every((c) => choices[c.id] === "mine" || choices[c.id] === "theirs");
}

const FIELD_NAMES: Record<string, string> = {
  module: "module",
  version: "module version",
  label: "label",
  comment: "comment",
  compute: "compute target",
  reuse: "reuse cached results",
  timeout_seconds: "time limit",
  max_retries: "retries",
  retry_on: "retry on",
  position: "position",
};

/** What a conflict is about, for the dialog: "parameter fraction", "the node itself", ... */
export function conflictSubject(conflict: MergeConflict): string {
  switch (conflict.kind) {
    case "node":
      return "the node itself";
    case "field":
      return FIELD_NAMES[conflict.name] ?? conflict.name;
    case "param":
      return `parameter ${conflict.name}`;
    case "wires":
      return `wires into ${conflict.name}`;
    case "parameter":
      return `pipeline parameter ${conflict.name}`;
    case "graph":
      return conflict.name === "compute" ? "the pipeline's compute target" : conflict.name;
  }
}

/** One side's value, short enough for a dialog row. */
export function describeValue(conflict: MergeConflict, side: Side): string {
  const value = side === "mine" ? conflict.mine : conflict.theirs;
  if (conflict.kind === "node") {
    return value === undefined ? "deleted" : "kept, with changes";
  }
  if (value === undefined) return conflict.kind === "param" ? "(default)" : "(none)";
  if (conflict.kind === "wires") {
    const keys = value as string[];
    if (keys.length === 0) return "(no wire)";
    return keys.map((k) => k.split("\u0000").slice(0, 2).join(".")).join(", ");
  }
  if (typeof value === "string") return value === "" ? "(empty)" : value;
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
