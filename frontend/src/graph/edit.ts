// Pure graph edits the canvas makes: new nodes, and the wire rule with the
// reason a wire is refused. The store (store/graphStore.ts) applies them.
import type { Connection } from "@xyflow/react";
import { portColor, portsCompatible } from "../nodes/portTypes";
import type { NodeDefinition } from "../nodes/registry";
import { edgeId, MODULE_NODE_TYPE, type ModuleFlowNode, type PortEdge } from "./convert";

/** "<slug>-<n>", with n one above the highest already used for that slug. */
export function newNodeId(slug: string, existingIds: Iterable<string>): string {
  const prefix = `${slug}-`;
  let highest = 0;
  const taken = new Set<string>();
  for (const id of existingIds) {
    taken.add(id);
    if (!id.startsWith(prefix)) continue;
    const rest = id.slice(prefix.length);
    if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  let n = highest + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** Module defaults for every param that declares one. */
export function defaultParams(def: NodeDefinition): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const param of def.params) {
    if (param.default !== undefined) params[param.name] = param.default;
  }
  return params;
}

export function createNode(
  def: NodeDefinition,
  position: { x: number; y: number },
  existingIds: Iterable<string>,
): ModuleFlowNode {
  return {
    id: newNodeId(def.slug, existingIds),
    type: MODULE_NODE_TYPE,
    position: { x: Math.round(position.x), y: Math.round(position.y) },
    data: {
      module: def.slug,
      version: null,
      params: defaultParams(def),
      label: def.name,
      comment: null,
      compute: null,
      reuse: true,
      definition: def,
    },
  };
}

export type WireCheck = { ok: true; portType: string } | { ok: false; reason: string };

type WireEnd = Pick<Connection, "source" | "target" | "sourceHandle" | "targetHandle">;

/** Whether `target` can already be reached from `source` (a new wire would close a cycle). */
function reaches(edges: readonly PortEdge[], from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of edges) if (e.source === id) stack.push(e.target);
  }
  return false;
}

/**
 * The wire rule: an output feeds an input when the types are equal or the
 * input is AnyFile/AnyDirectory; an input takes one wire, unless it takes many
 * (`multiple`), and then not the same output twice; no cycles.
 */
export function checkConnection(
  conn: WireEnd,
  nodes: readonly ModuleFlowNode[],
  edges: readonly PortEdge[],
): WireCheck {
  const source = nodes.find((n) => n.id === conn.source);
  const target = nodes.find((n) => n.id === conn.target);
  if (!source || !target) return { ok: false, reason: "that node no longer exists" };
  const out = source.data.definition.outputs.find((p) => p.name === conn.sourceHandle);
  const input = target.data.definition.inputs.find((p) => p.name === conn.targetHandle);
  if (!out) return { ok: false, reason: `'${conn.sourceHandle ?? ""}' is not an output` };
  if (!input) return { ok: false, reason: `'${conn.targetHandle ?? ""}' is not an input` };
  if (source.id === target.id) return { ok: false, reason: "a node cannot feed itself" };
  if (!portsCompatible(out.type, input.type)) {
    return { ok: false, reason: `${out.type} output cannot feed a ${input.type} input` };
  }
  const into = edges.filter((e) => e.target === target.id && e.targetHandle === input.name);
  if (input.multiple) {
    if (into.some((e) => e.source === source.id && e.sourceHandle === out.name)) {
      return { ok: false, reason: `${source.id}.${out.name} is already wired to '${input.name}'` };
    }
  } else if (into.length > 0) {
    return { ok: false, reason: `input '${input.name}' already has a wire` };
  }
  if (reaches(edges, target.id, source.id)) {
    return { ok: false, reason: "the wire would make a cycle" };
  }
  return { ok: true, portType: out.type };
}

export function makeEdge(conn: WireEnd & { sourceHandle: string; targetHandle: string }, portType: string): PortEdge {
  return {
    id: edgeId({
      source: conn.source,
      source_port: conn.sourceHandle,
      target: conn.target,
      target_port: conn.targetHandle,
    }),
    source: conn.source,
    sourceHandle: conn.sourceHandle,
    target: conn.target,
    targetHandle: conn.targetHandle,
    data: { portType },
    style: { stroke: portColor(portType), strokeWidth: 2 },
  };
}

/** Where a wire being drawn starts: a node's output ("source") or input ("target"). */
export interface WireStart {
  nodeId: string;
  handleId: string;
  type: "source" | "target";
}

/** Whether a port would take the wire being drawn, and why not when it would not. */
export type PortHint = { accepts: true } | { accepts: false; reason: string };

/**
 * What a port says while a wire is drawn from `from`: the other end's ports that the
 * wire rule (checkConnection) would accept light up, every other port dims; the port
 * the wire starts from says nothing (null). A single-wire input that is already wired
 * dims too: a drop there is refused, and the highlight promises only what a drop does.
 */
export function portHint(
  from: WireStart,
  port: { nodeId: string; name: string; side: "in" | "out" },
  nodes: readonly ModuleFlowNode[],
  edges: readonly PortEdge[],
): PortHint | null {
  const fromSide = from.type === "source" ? "out" : "in";
  if (port.nodeId === from.nodeId && port.name === from.handleId && port.side === fromSide) return null;
  if (port.side === fromSide) {
    return { accepts: false, reason: port.side === "out" ? "connect an output to an input" : "connect an input to an output" };
  }
  const check =
    from.type === "source"
      ? checkConnection(
          { source: from.nodeId, sourceHandle: from.handleId, target: port.nodeId, targetHandle: port.name },
          nodes,
          edges,
        )
      : checkConnection(
          { source: port.nodeId, sourceHandle: port.name, target: from.nodeId, targetHandle: from.handleId },
          nodes,
          edges,
        );
  return check.ok ? { accepts: true } : { accepts: false, reason: check.reason };
}
