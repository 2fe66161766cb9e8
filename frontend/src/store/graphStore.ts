// Canvas state: the loaded pipeline, its nodes and edges, the selection, and
// per-node validation problems. Never mutated in place: every action replaces
// what it changes and keeps the identity of what it does not.
import { applyNodeChanges, type NodeChange } from "@xyflow/react";
import { create } from "zustand";
import type { Id, ModuleSpec, Pipeline, ValidationIssue } from "../api/types";
import {
  flowToGraph,
  graphToFlow,
  type ModuleFlowNode,
  type PortEdge,
} from "../graph/convert";
import { emptyGraph, type GraphDocument } from "../graph/types";
import { buildRegistry, EMPTY_REGISTRY, type NodeRegistry } from "../nodes/registry";

export interface PipelineInfo {
  id: Id;
  name: string;
  description: string;
  revision: number;
  lastRun: Pipeline["last_run"];
}

export interface GraphState {
  pipeline: PipelineInfo | null;
  /** The document as loaded; the source of fields the canvas does not edit. */
  document: GraphDocument;
  registry: NodeRegistry;
  nodes: ModuleFlowNode[];
  edges: PortEdge[];
  selectedNodeId: string | null;
  /** Problems by node id (from a refused run or, later, from validation). */
  issues: Readonly<Record<string, readonly ValidationIssue[]>>;
  /** Problems not tied to a node. */
  graphIssues: readonly ValidationIssue[];
}

export interface GraphActions {
  load: (pipeline: Pipeline, modules: readonly ModuleSpec[]) => void;
  onNodesChange: (changes: NodeChange<ModuleFlowNode>[]) => void;
  select: (nodeId: string | null) => void;
  setIssues: (issues: readonly ValidationIssue[]) => void;
  toDocument: () => GraphDocument;
}

export const initialGraphState: GraphState = {
  pipeline: null,
  document: emptyGraph(),
  registry: EMPTY_REGISTRY,
  nodes: [],
  edges: [],
  selectedNodeId: null,
  issues: {},
  graphIssues: [],
};

/** Sets `selected` on exactly one node (or none), replacing only nodes that change. */
export function withSelection(nodes: ModuleFlowNode[], nodeId: string | null): ModuleFlowNode[] {
  const next = nodes.map((node) => {
    const selected = node.id === nodeId;
    return Boolean(node.selected) === selected ? node : { ...node, selected };
  });
  return next.some((node, i) => node !== nodes[i]) ? next : nodes;
}

export function groupIssues(issues: readonly ValidationIssue[]): {
  byNode: Record<string, ValidationIssue[]>;
  general: ValidationIssue[];
} {
  const byNode: Record<string, ValidationIssue[]> = {};
  const general: ValidationIssue[] = [];
  for (const issue of issues) {
    if (issue.node_id) (byNode[issue.node_id] ??= []).push(issue);
    else general.push(issue);
  }
  return { byNode, general };
}

export const useGraphStore = create<GraphState & GraphActions>()((set, get) => ({
  ...initialGraphState,

  load(pipeline, modules) {
    const registry = buildRegistry(modules);
    const { nodes, edges } = graphToFlow(pipeline.graph, registry);
    set({
      pipeline: {
        id: pipeline.id,
        name: pipeline.name,
        description: pipeline.description,
        revision: pipeline.revision,
        lastRun: pipeline.last_run,
      },
      document: pipeline.graph,
      registry,
      nodes,
      edges,
      selectedNodeId: null,
      issues: {},
      graphIssues: [],
    });
  },

  onNodesChange(changes) {
    const nodes = applyNodeChanges(changes, get().nodes);
    let selectedNodeId = get().selectedNodeId;
    for (const change of changes) {
      if (change.type !== "select") continue;
      if (change.selected) selectedNodeId = change.id;
      else if (selectedNodeId === change.id) selectedNodeId = null;
    }
    set({ nodes, selectedNodeId });
  },

  select(nodeId) {
    const known = nodeId !== null && get().nodes.some((n) => n.id === nodeId) ? nodeId : null;
    set({ nodes: withSelection(get().nodes, known), selectedNodeId: known });
  },

  setIssues(issues) {
    const { byNode, general } = groupIssues(issues);
    set({ issues: byNode, graphIssues: general });
  },

  toDocument() {
    const { nodes, edges, document } = get();
    return flowToGraph(nodes, edges, document);
  },
}));
