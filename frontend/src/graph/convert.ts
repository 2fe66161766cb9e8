// Graph document (schema 1) <-> React Flow nodes and edges. Pure functions.
import type { Edge, Node } from "@xyflow/react";
import { portColor } from "../nodes/portTypes";
import { resolveDefinition, type NodeDefinition, type NodeRegistry } from "../nodes/registry";
import { GRAPH_SCHEMA, type GraphDocument, type GraphEdge, type GraphNode } from "./types";

export const MODULE_NODE_TYPE = "module";

/** Everything a node's view needs besides live run state (which lives in the run store). */
export type ModuleNodeData = {
  module: string;
  version: string | null;
  params: Record<string, unknown>;
  label: string | null;
  comment: string | null;
  compute: string | null;
  reuse: boolean;
  /** Run settings; absent means the defaults (target's time limit, no retries). */
  timeoutSeconds?: number | null;
  maxRetries?: number;
  retryOn?: string[];
  definition: NodeDefinition;
};

export type ModuleFlowNode = Node<ModuleNodeData, typeof MODULE_NODE_TYPE>;

export type PortEdgeData = { portType: string };
export type PortEdge = Edge<PortEdgeData>;

export interface FlowGraph {
  nodes: ModuleFlowNode[];
  edges: PortEdge[];
}

export function edgeId(edge: GraphEdge): string {
  return `${edge.source}:${edge.source_port}->${edge.target}:${edge.target_port}`;
}

function finite(value: unknown, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** About the size of a module node on the canvas (see .pw-node in styles.css). */
export const INITIAL_NODE_SIZE = { width: 200, height: 110 };

export function graphToFlow(graph: GraphDocument, registry: NodeRegistry): FlowGraph {
  const nodeIds = new Set(graph.nodes.map((n) => n.id));
  const definitions = new Map<string, NodeDefinition>();

  const nodes = graph.nodes.map((node, index): ModuleFlowNode => {
    const definition = resolveDefinition(registry, node, graph.edges);
    definitions.set(node.id, definition);
    return {
      id: node.id,
      type: MODULE_NODE_TYPE,
      // A size estimate until measured: React Flow renders every unmeasured node to
      // measure it, which with onlyRenderVisibleElements would draw all of a big graph.
      initialWidth: INITIAL_NODE_SIZE.width,
      initialHeight: INITIAL_NODE_SIZE.height,
      // Nodes saved without a position are laid out in a simple column.
      position: {
        x: finite(node.position?.x, 0),
        y: finite(node.position?.y, index * 160),
      },
      data: {
        module: node.module,
        version: node.version ?? null,
        params: node.params,
        label: node.label ?? null,
        comment: node.comment ?? null,
        compute: node.compute ?? null,
        reuse: node.reuse ?? true,
        timeoutSeconds: node.timeout_seconds ?? null,
        maxRetries: node.max_retries ?? 0,
        retryOn: node.retry_on,
        definition,
      },
    };
  });

  // Edges to nodes that do not exist are dropped here (validation reports them).
  const edges = graph.edges
    .filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target))
    .map((edge): PortEdge => {
      const port = definitions.get(edge.source)?.outputs.find((p) => p.name === edge.source_port);
      const portType = port?.type ?? "AnyFile";
      return {
        id: edgeId(edge),
        source: edge.source,
        sourceHandle: edge.source_port,
        target: edge.target,
        targetHandle: edge.target_port,
        data: { portType },
        style: { stroke: portColor(portType), strokeWidth: 2 },
      };
    });

  return { nodes, edges };
}

/**
 * Back to a graph document. Fields the canvas does not edit (pipeline
 * parameters, unknown node fields) are carried over from `base`.
 */
export function flowToGraph(
  nodes: readonly ModuleFlowNode[],
  edges: readonly PortEdge[],
  base: GraphDocument,
): GraphDocument {
  const baseNodes = new Map(base.nodes.map((n) => [n.id, n]));
  return {
    ...base,
    schema: GRAPH_SCHEMA,
    nodes: nodes.map((node): GraphNode => {
      const { definition: _definition, ...data } = node.data;
      const { timeout_seconds: _t, max_retries: _m, retry_on: _r, ...base } = baseNodes.get(node.id) ?? {};
      return {
        ...base,
        id: node.id,
        module: data.module,
        version: data.version,
        params: data.params,
        position: { x: Math.round(node.position.x), y: Math.round(node.position.y) },
        label: data.label,
        comment: data.comment,
        compute: data.compute,
        reuse: data.reuse,
        // Written only when set, like the server does, so plain documents stay plain.
        ...(data.timeoutSeconds ? { timeout_seconds: data.timeoutSeconds } : {}),
        ...(data.maxRetries ? { max_retries: data.maxRetries } : {}),
        ...(data.retryOn ? { retry_on: data.retryOn } : {}),
      };
    }),
    edges: edges.map((edge) => ({
      source: edge.source,
      source_port: edge.sourceHandle ?? "",
      target: edge.target,
      target_port: edge.targetHandle ?? "",
    })),
    parameters: base.parameters,
  };
}

/** What a node is called on the canvas: its label, else its module's name. */
export function nodeTitle(data: Pick<ModuleNodeData, "label" | "definition">): string {
  return data.label?.trim() || data.definition.name;
}
