// Canvas state: the loaded pipeline, its nodes and edges, the selection, and
// per-node validation problems. Never mutated in place: every action replaces
// what it changes and keeps the identity of what it does not.
import {
  applyEdgeChanges,
  applyNodeChanges,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from "@xyflow/react";
import { create } from "zustand";
import type { Id, ModuleSpec, Pipeline, ValidationIssue } from "../api/types";
import {
  flowToGraph,
  graphToFlow,
  type ModuleFlowNode,
  type ModuleNodeData,
  type PortEdge,
} from "../graph/convert";
import { checkConnection, createNode, makeEdge } from "../graph/edit";
import { emptyGraph, type GraphDocument } from "../graph/types";
import {
  buildRegistry,
  EMPTY_REGISTRY,
  type NodeDefinition,
  type NodeRegistry,
} from "../nodes/registry";

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
  /** Counts edits to the document (not selection or measuring); autosave follows it. */
  editVersion: number;
  /** Why the last wire was refused, shown as a toast; `at` tells repeats apart. */
  wireRefusal: { reason: string; at: number } | null;
}

/** What the parameter panel may change on a node. */
export type NodeDataPatch = Partial<
  Pick<ModuleNodeData, "params" | "label" | "comment" | "reuse" | "compute">
>;

export interface GraphActions {
  load: (pipeline: Pipeline, modules: readonly ModuleSpec[]) => void;
  onNodesChange: (changes: NodeChange<ModuleFlowNode>[]) => void;
  select: (nodeId: string | null) => void;
  onEdgesChange: (changes: EdgeChange<PortEdge>[]) => void;
  /** Adds a wire if the wire rule allows it; otherwise records why not. Returns success. */
  connect: (connection: Connection) => boolean;
  refuseWire: (reason: string) => void;
  dismissWireRefusal: () => void;
  addNode: (definition: NodeDefinition, position: { x: number; y: number }) => string;
  updateNodeData: (nodeId: string, patch: NodeDataPatch) => void;
  /** Replaces the canvas with the server's copy (after a conflict), keeping the registry. */
  reload: (pipeline: Pipeline) => void;
  setRevision: (revision: number) => void;
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
  editVersion: 0,
  wireRefusal: null,
};

function pipelineInfo(pipeline: Pipeline): PipelineInfo {
  return {
    id: pipeline.id,
    name: pipeline.name,
    description: pipeline.description,
    revision: pipeline.revision,
    lastRun: pipeline.last_run,
  };
}

/** Whether React Flow node changes edit the document (moves, removals), not just view state. */
export function changesEditDocument(changes: readonly { type: string }[]): boolean {
  return changes.some((c) => c.type === "position" || c.type === "remove" || c.type === "add" || c.type === "replace");
}

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
      pipeline: pipelineInfo(pipeline),
      document: pipeline.graph,
      registry,
      nodes,
      edges,
      selectedNodeId: null,
      issues: {},
      graphIssues: [],
      editVersion: 0,
      wireRefusal: null,
    });
  },

  reload(pipeline) {
    const { nodes, edges } = graphToFlow(pipeline.graph, get().registry);
    set({
      pipeline: pipelineInfo(pipeline),
      document: pipeline.graph,
      nodes,
      edges,
      selectedNodeId: null,
      issues: {},
      graphIssues: [],
      // A new version, so autosave treats the server copy as the saved baseline.
      editVersion: get().editVersion + 1,
    });
  },

  onNodesChange(changes) {
    const state = get();
    // A position change with no position (a drag's end) changes nothing.
    const moves = changes.filter((c) => c.type !== "position" || c.position !== undefined);
    let nodes = applyNodeChanges(changes, state.nodes);
    let selectedNodeId = state.selectedNodeId;
    for (const change of changes) {
      if (change.type === "remove" && selectedNodeId === change.id) selectedNodeId = null;
      if (change.type !== "select") continue;
      if (change.selected) selectedNodeId = change.id;
      else if (selectedNodeId === change.id) selectedNodeId = null;
    }
    if (selectedNodeId !== null && !nodes.some((n) => n.id === selectedNodeId)) selectedNodeId = null;
    const ids = new Set(nodes.map((n) => n.id));
    // Wires of removed nodes go with them.
    const edges = state.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
    if (nodes.length === state.nodes.length && nodes.every((n, i) => n === state.nodes[i])) {
      nodes = state.nodes;
    }
    const edit = changesEditDocument(moves);
    set({
      nodes,
      selectedNodeId,
      edges: edges.length === state.edges.length ? state.edges : edges,
      editVersion: edit ? state.editVersion + 1 : state.editVersion,
    });
  },

  onEdgesChange(changes) {
    const state = get();
    const edges = applyEdgeChanges(changes, state.edges);
    const edit = changes.some((c) => c.type === "remove" || c.type === "add" || c.type === "replace");
    set({ edges, editVersion: edit ? state.editVersion + 1 : state.editVersion });
  },

  connect(connection) {
    const state = get();
    const check = checkConnection(connection, state.nodes, state.edges);
    if (!check.ok) {
      get().refuseWire(check.reason);
      return false;
    }
    const edge = makeEdge(
      {
        ...connection,
        sourceHandle: connection.sourceHandle ?? "",
        targetHandle: connection.targetHandle ?? "",
      },
      check.portType,
    );
    set({ edges: [...state.edges, edge], editVersion: state.editVersion + 1, wireRefusal: null });
    return true;
  },

  refuseWire(reason) {
    set({ wireRefusal: { reason, at: Date.now() } });
  },

  dismissWireRefusal() {
    set({ wireRefusal: null });
  },

  addNode(definition, position) {
    const state = get();
    const node = createNode(definition, position, state.nodes.map((n) => n.id));
    set({
      nodes: [...withSelection(state.nodes, null), { ...node, selected: true }],
      selectedNodeId: node.id,
      editVersion: state.editVersion + 1,
    });
    return node.id;
  },

  updateNodeData(nodeId, patch) {
    const state = get();
    const nodes = state.nodes.map((node) => {
      if (node.id !== nodeId) return node;
      const keys = Object.keys(patch) as (keyof NodeDataPatch)[];
      if (keys.every((k) => Object.is(node.data[k], patch[k]))) return node;
      return { ...node, data: { ...node.data, ...patch } };
    });
    // Only the edited node is a new object, so only it re-renders.
    if (nodes.some((n, i) => n !== state.nodes[i])) set({ nodes, editVersion: state.editVersion + 1 });
  },

  setRevision(revision) {
    const pipeline = get().pipeline;
    if (pipeline && pipeline.revision !== revision) set({ pipeline: { ...pipeline, revision } });
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
