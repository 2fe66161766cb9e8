// The union graph a diff is drawn as: every node and wire of the newer graph, plus the
// nodes and wires only the older one had, each marked added, removed, changed, moved or
// unchanged. Pure: the marks come from the server's diff (nodes matched by id,
// docs/decisions.md "Diffs match nodes by id"), the layout from the newer graph and,
// for what was removed, from where it was.
import type { Edge, Node } from "@xyflow/react";
import type { StepStatus } from "../api/types";
import { INITIAL_NODE_SIZE } from "../graph/convert";
import type { GraphDocument, GraphEdge, GraphNode } from "../graph/types";
import { resolveDefinition, type NodeRegistry } from "../nodes/registry";
import type { GraphDiff, NodeChangeKind, RunDiffNode } from "./api";

export const DIFF_NODE_TYPE = "diff";

export type DiffMark = NodeChangeKind | "unchanged";

/** How each mark reads besides its colour: an icon, and the word for title and aria-label. */
export const MARKS: Readonly<Record<DiffMark, { icon: string; word: string }>> = {
  added: { icon: "+", word: "added" },
  removed: { icon: "−", word: "removed" },
  changed: { icon: "~", word: "changed" },
  moved: { icon: "↔", word: "moved" },
  unchanged: { icon: "", word: "unchanged" },
};

/** A node's step in the two runs compared (run diffs only). */
export interface RunSides {
  a: StepStatus | null;
  b: StepStatus | null;
  /** Every output the same artifact; null when there is nothing to compare. */
  outputsEqual: boolean | null;
}

export type DiffNodeData = {
  title: string;
  /** The module's name, when the node has a label of its own. */
  moduleName: string;
  mark: DiffMark;
  /** Port names to draw wires to: the module's, and any a wire of either graph uses. */
  inputs: string[];
  outputs: string[];
  run: RunSides | null;
};

export type DiffFlowNode = Node<DiffNodeData, typeof DIFF_NODE_TYPE>;
export type DiffWireMark = "added" | "removed" | "unchanged";
export type DiffFlowEdge = Edge<{ mark: DiffWireMark }>;

export interface Overlay {
  nodes: DiffFlowNode[];
  edges: DiffFlowEdge[];
}

export function wireKey(edge: GraphEdge): string {
  return `${edge.source}:${edge.source_port}->${edge.target}:${edge.target_port}`;
}

function finite(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

function unique(names: Iterable<string>): string[] {
  return [...new Set(names)];
}

/**
 * The union of `newGraph` and what `diff` says was removed from the older graph.
 * `runNodes` (a run diff) adds each node's status in both runs and whether its outputs
 * are the same artifacts.
 */
export function buildOverlay(
  newGraph: GraphDocument,
  diff: GraphDiff,
  registry: NodeRegistry,
  runNodes: readonly RunDiffNode[] | null = null,
): Overlay {
  const marks = new Map(diff.nodes.map((n) => [n.id, n.change]));
  const removedNodes = diff.nodes
    .filter((n) => n.change === "removed" && n.node !== null)
    .map((n) => n.node as GraphNode);
  const graphNodes: GraphNode[] = [...newGraph.nodes, ...removedNodes];
  const nodeIds = new Set(graphNodes.map((n) => n.id));

  // Wires: the newer graph's, the first N of each added wire marked added (a draft may
  // hold one wire twice), then the removed ones.
  const addedLeft = new Map<string, number>();
  for (const wire of diff.wires) {
    if (wire.change === "added") addedLeft.set(wireKey(wire), (addedLeft.get(wireKey(wire)) ?? 0) + 1);
  }
  const wires: { edge: GraphEdge; mark: DiffWireMark }[] = newGraph.edges.map((edge) => {
    const left = addedLeft.get(wireKey(edge)) ?? 0;
    if (left > 0) addedLeft.set(wireKey(edge), left - 1);
    return { edge, mark: left > 0 ? "added" : "unchanged" };
  });
  for (const wire of diff.wires) {
    if (wire.change === "removed") wires.push({ edge: wire, mark: "removed" });
  }
  const drawn = wires.filter(({ edge }) => nodeIds.has(edge.source) && nodeIds.has(edge.target));
  const allEdges = drawn.map(({ edge }) => edge);

  const runs = new Map((runNodes ?? []).map((n) => [n.node_id, n]));
  const nodes = graphNodes.map((node, index): DiffFlowNode => {
    const definition = resolveDefinition(registry, node, allEdges);
    const title = node.label?.trim() || definition.name;
    const run = runs.get(node.id);
    const mark = marks.get(node.id) ?? "unchanged";
    return {
      id: node.id,
      type: DIFF_NODE_TYPE,
      initialWidth: INITIAL_NODE_SIZE.width,
      initialHeight: INITIAL_NODE_SIZE.height,
      position: { x: finite(node.position?.x, 0), y: finite(node.position?.y, index * 160) },
      // A removed node is drawn under whatever now stands where it was.
      zIndex: mark === "removed" ? -1 : 0,
      draggable: false,
      connectable: false,
      data: {
        title,
        moduleName: title === definition.name ? "" : definition.name,
        mark,
        inputs: unique([
          ...definition.inputs.map((p) => p.name),
          ...allEdges.filter((e) => e.target === node.id).map((e) => e.target_port),
        ]),
        outputs: unique([
          ...definition.outputs.map((p) => p.name),
          ...allEdges.filter((e) => e.source === node.id).map((e) => e.source_port),
        ]),
        run: run ? { a: run.a?.status ?? null, b: run.b?.status ?? null, outputsEqual: run.outputs_equal } : null,
      },
    };
  });

  const seen = new Map<string, number>();
  const edges = drawn.map(({ edge, mark }): DiffFlowEdge => {
    const key = `${mark}:${wireKey(edge)}`;
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const from = `${edge.source}.${edge.source_port}`;
    const to = `${edge.target}.${edge.target_port}`;
    return {
      id: nth === 0 ? key : `${key}#${String(nth)}`,
      source: edge.source,
      sourceHandle: edge.source_port,
      target: edge.target,
      targetHandle: edge.target_port,
      className: `pw-diff-edge pw-diff-edge--${mark}`,
      label: mark === "unchanged" ? undefined : MARKS[mark].icon,
      ariaLabel: `${mark === "unchanged" ? "wire" : `${mark} wire`} ${from} → ${to}`,
      selectable: false,
      // Removed wires are drawn under the others, like removed nodes.
      zIndex: mark === "removed" ? -1 : 0,
      domAttributes: { "data-testid": `diff-wire-${from}-${to}`, "data-change": mark } as Record<string, string>,
      data: { mark },
    };
  });
  return { nodes, edges };
}
