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
import type { Id, ModuleParam, ModuleSpec, Pipeline, PublishedAs, ValidationIssue } from "../api/types";
import {
  copyNodes,
  mergeParameters,
  pasteNodes,
  pasteOffset,
  PASTE_OFFSET,
  type ClipboardContent,
  type Rect,
} from "../edit/clipboard";
import { emptyHistory, record, redo, seal, undo, type History, type RecordOptions, type Snapshot } from "../edit/history";
import { demoteParam, promoteParam } from "../edit/pipelineParams";
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
  /** Its workspace (the submit dialog lists that workspace's experiments). */
  workspace?: Id;
  name: string;
  description: string;
  revision: number;
  lastRun: Pipeline["last_run"];
  /** Where the pipeline is published (the header links each endpoint's page). */
  publishedAs: readonly PublishedAs[];
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
  /** Undo/redo stacks of document snapshots. */
  history: History;
  /** The coalescing key of the drag under way, so one drag is one undo step. */
  dragKey: string | null;
}

/** What the parameter panel may change on a node. */
export type NodeDataPatch = Partial<
  Pick<
    ModuleNodeData,
    "params" | "label" | "comment" | "reuse" | "compute" | "timeoutSeconds" | "maxRetries" | "retryOn"
  >
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
  /** `coalesceKey` merges edits of one field into one undo step (default: by field names). */
  updateNodeData: (nodeId: string, patch: NodeDataPatch, coalesceKey?: string) => void;
  /** Replaces the canvas with the server's copy (after a conflict), keeping the registry. */
  reload: (pipeline: Pipeline) => void;
  /** Shows a past version's graph to look at (read-only); not an edit, so nothing saves it. */
  showReadOnly: (graph: GraphDocument) => void;
  /** Takes a save the server made (a restored version) as one undoable edit that is already saved. */
  adoptSaved: (pipeline: Pipeline) => void;
  /**
   * Puts a merge of someone else's save and this draft on the canvas, based on their
   * `revision`, keeping the selection where its nodes remain. Undo history is cleared:
   * undoing across their save would silently take their change back out.
   */
  adoptMerged: (document: GraphDocument, revision: number) => void;
  setRevision: (revision: number) => void;
  setPublishedAs: (publishedAs: readonly PublishedAs[]) => void;
  setIssues: (issues: readonly ValidationIssue[]) => void;
  toDocument: () => GraphDocument;
  undo: () => void;
  redo: () => void;
  /** Removes the selected nodes (with their wires) and selected wires, as one undo step. */
  deleteSelection: () => void;
  selectAll: () => void;
  /** Selects exactly these nodes (the side panel shows the last). */
  selectNodes: (ids: readonly string[]) => void;
  /** The selected nodes as clipboard content, or null when nothing is selected. */
  copySelection: () => ClipboardContent | null;
  /** Adds copied nodes with fresh ids, offset (or centred in `view` when off it) and selected; returns the new ids. */
  paste: (content: ClipboardContent, view?: Rect | null) => string[];
  /** Finishes placing a just-added node (centred once measured): part of the add's undo step. */
  settleNode: (nodeId: string, position: { x: number; y: number }) => void;
  /** Moves nodes to new positions (auto-layout) as one undo step. */
  moveNodes: (positions: ReadonlyMap<string, { x: number; y: number }>) => void;
  promoteParam: (nodeId: string, param: ModuleParam) => void;
  demoteParam: (nodeId: string, paramName: string) => void;
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
  history: emptyHistory,
  dragKey: null,
};

function snapshotOf(state: GraphState): Snapshot {
  return { nodes: state.nodes, edges: state.edges, parameters: state.document.parameters };
}

/** The history after recording the state before an edit. */
function recorded(state: GraphState, options?: RecordOptions): Pick<GraphState, "history"> {
  return { history: record(state.history, snapshotOf(state), options) };
}

let pasteCount = 0;
let lastPasted: ClipboardContent | null = null;

function pipelineInfo(pipeline: Pipeline): PipelineInfo {
  return {
    id: pipeline.id,
    workspace: pipeline.workspace,
    name: pipeline.name,
    description: pipeline.description,
    revision: pipeline.revision,
    lastRun: pipeline.last_run,
    publishedAs: pipeline.published_as ?? [],
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
    pasteCount = 0;
    lastPasted = null;
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
      history: emptyHistory,
      dragKey: null,
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
      history: emptyHistory,
      dragKey: null,
    });
  },

  showReadOnly(graph) {
    const { nodes, edges } = graphToFlow(graph, get().registry);
    set({ document: graph, nodes, edges, selectedNodeId: null, issues: {}, graphIssues: [], dragKey: null });
  },

  adoptSaved(pipeline) {
    const state = get();
    const { nodes, edges } = graphToFlow(pipeline.graph, state.registry);
    set({
      pipeline: state.pipeline && { ...state.pipeline, revision: pipeline.revision },
      document: pipeline.graph,
      nodes,
      edges,
      selectedNodeId: null,
      issues: {},
      graphIssues: [],
      editVersion: state.editVersion + 1,
      dragKey: null,
      ...recorded(state),
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
    // One drag is one undo step: every position change while dragging shares a key.
    let dragKey = state.dragKey;
    let history = state.history;
    const dragging = changes.some((c) => c.type === "position" && c.dragging === true);
    const dragEnded = changes.some((c) => c.type === "position" && c.dragging === false);
    if (edit) {
      if (dragging && dragKey === null) dragKey = `move:${Date.now()}:${Math.random()}`;
      const options: RecordOptions =
        dragKey !== null ? { key: dragKey, windowMs: Infinity } : { key: "nudge", windowMs: 500 };
      history = recorded(state, options).history;
    }
    if (dragEnded) {
      dragKey = null;
      history = seal(history);
    }
    set({
      nodes,
      selectedNodeId,
      edges: edges.length === state.edges.length ? state.edges : edges,
      editVersion: edit ? state.editVersion + 1 : state.editVersion,
      history,
      dragKey,
    });
  },

  onEdgesChange(changes) {
    const state = get();
    const edges = applyEdgeChanges(changes, state.edges);
    const edit = changes.some((c) => c.type === "remove" || c.type === "add" || c.type === "replace");
    set({
      edges,
      editVersion: edit ? state.editVersion + 1 : state.editVersion,
      ...(edit ? recorded(state) : {}),
    });
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
    set({
      edges: [...state.edges, edge],
      editVersion: state.editVersion + 1,
      wireRefusal: null,
      ...recorded(state),
    });
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
      ...recorded(state),
    });
    return node.id;
  },

  updateNodeData(nodeId, patch, coalesceKey) {
    const state = get();
    const nodes = state.nodes.map((node) => {
      if (node.id !== nodeId) return node;
      const keys = Object.keys(patch) as (keyof NodeDataPatch)[];
      if (keys.every((k) => Object.is(node.data[k], patch[k]))) return node;
      return { ...node, data: { ...node.data, ...patch } };
    });
    // Only the edited node is a new object, so only it re-renders.
    if (!nodes.some((n, i) => n !== state.nodes[i])) return;
    // Typing in one field is one undo step (until a pause).
    const key = coalesceKey ?? `data:${nodeId}:${Object.keys(patch).sort().join(",")}`;
    set({ nodes, editVersion: state.editVersion + 1, ...recorded(state, { key }) });
  },

  adoptMerged(document, revision) {
    const state = get();
    const flow = graphToFlow(document, state.registry);
    const selected = new Set(state.nodes.filter((n) => n.selected).map((n) => n.id));
    const nodes = flow.nodes.map((n) => (selected.has(n.id) ? { ...n, selected: true } : n));
    const selectedNodeId =
      state.selectedNodeId !== null && nodes.some((n) => n.id === state.selectedNodeId) ? state.selectedNodeId : null;
    set({
      pipeline: state.pipeline && { ...state.pipeline, revision },
      document,
      nodes,
      edges: flow.edges,
      selectedNodeId,
      editVersion: state.editVersion + 1,
      history: emptyHistory,
      dragKey: null,
    });
  },

  setRevision(revision) {
    const pipeline = get().pipeline;
    if (pipeline && pipeline.revision !== revision) set({ pipeline: { ...pipeline, revision } });
  },

  setPublishedAs(publishedAs) {
    const pipeline = get().pipeline;
    if (pipeline) set({ pipeline: { ...pipeline, publishedAs } });
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

  undo() {
    const state = get();
    const step = undo(state.history, snapshotOf(state));
    if (step) set(restore(state, step.snapshot, step.history));
  },

  redo() {
    const state = get();
    const step = redo(state.history, snapshotOf(state));
    if (step) set(restore(state, step.snapshot, step.history));
  },

  deleteSelection() {
    const state = get();
    const gone = new Set(state.nodes.filter((n) => n.selected).map((n) => n.id));
    const nodes = state.nodes.filter((n) => !gone.has(n.id));
    const edges = state.edges.filter((e) => !e.selected && !gone.has(e.source) && !gone.has(e.target));
    if (nodes.length === state.nodes.length && edges.length === state.edges.length) return;
    set({
      nodes,
      edges,
      selectedNodeId: state.selectedNodeId !== null && gone.has(state.selectedNodeId) ? null : state.selectedNodeId,
      editVersion: state.editVersion + 1,
      ...recorded(state),
    });
  },

  selectAll() {
    get().selectNodes(get().nodes.map((n) => n.id));
  },

  selectNodes(ids) {
    const state = get();
    const wanted = new Set(ids);
    const nodes = state.nodes.map((n) => (Boolean(n.selected) === wanted.has(n.id) ? n : { ...n, selected: wanted.has(n.id) }));
    const edges = state.edges.map((e) => (e.selected ? { ...e, selected: false } : e));
    const last = [...ids].reverse().find((id) => state.nodes.some((n) => n.id === id)) ?? null;
    set({ nodes, edges, selectedNodeId: last });
  },

  copySelection() {
    const state = get();
    const ids = new Set(state.nodes.filter((n) => n.selected).map((n) => n.id));
    const document = state.toDocument();
    return copyNodes(document.nodes, document.edges, ids, document.parameters);
  },

  paste(content, view = null) {
    const state = get();
    // Each paste of the same copy lands a step further, so copies do not stack up.
    pasteCount = lastPasted !== null && JSON.stringify(lastPasted) === JSON.stringify(content) ? pasteCount + 1 : 1;
    lastPasted = content;
    const shift = PASTE_OFFSET * pasteCount;
    const pasted = pasteNodes(
      content,
      state.nodes.map((n) => n.id),
      pasteOffset(content.nodes, { x: shift, y: shift }, view),
    );
    const parameters = mergeParameters(state.document.parameters, content.parameters);
    const flow = graphToFlow(
      { schema: 1, nodes: pasted.nodes, edges: pasted.edges, parameters },
      state.registry,
    );
    const ids = flow.nodes.map((n) => n.id);
    set({
      nodes: [...withSelection(state.nodes, null), ...flow.nodes.map((n) => ({ ...n, selected: true }))],
      edges: [...state.edges.map((e) => (e.selected ? { ...e, selected: false } : e)), ...flow.edges],
      document: parameters.length === state.document.parameters.length ? state.document : { ...state.document, parameters },
      selectedNodeId: ids.at(-1) ?? null,
      editVersion: state.editVersion + 1,
      ...recorded(state),
    });
    return ids;
  },

  settleNode(nodeId, position) {
    const state = get();
    const x = Math.round(position.x);
    const y = Math.round(position.y);
    const nodes = state.nodes.map((n) =>
      n.id === nodeId && (n.position.x !== x || n.position.y !== y) ? { ...n, position: { x, y } } : n,
    );
    if (nodes.every((n, i) => n === state.nodes[i])) return;
    set({ nodes, editVersion: state.editVersion + 1 });
  },

  moveNodes(positions) {
    const state = get();
    const nodes = state.nodes.map((n) => {
      const p = positions.get(n.id);
      return p && (p.x !== n.position.x || p.y !== n.position.y) ? { ...n, position: { ...p } } : n;
    });
    if (nodes.every((n, i) => n === state.nodes[i])) return;
    set({ nodes, editVersion: state.editVersion + 1, ...recorded(state) });
  },

  promoteParam(nodeId, param) {
    const state = get();
    const node = state.nodes.find((n) => n.id === nodeId);
    if (!node) return;
    const promoted = promoteParam(state.document.parameters, node.data.params, param);
    set({
      nodes: state.nodes.map((n) => (n.id === nodeId ? { ...n, data: { ...n.data, params: promoted.params } } : n)),
      document: { ...state.document, parameters: promoted.parameters },
      editVersion: state.editVersion + 1,
      ...recorded(state),
    });
  },

  demoteParam(nodeId, paramName) {
    const state = get();
    const node = state.nodes.find((n) => n.id === nodeId);
    if (!node) return;
    const others = state.nodes.filter((n) => n.id !== nodeId).map((n) => n.data);
    const demoted = demoteParam(state.document.parameters, node.data.params, paramName, others);
    set({
      nodes: state.nodes.map((n) => (n.id === nodeId ? { ...n, data: { ...n.data, params: demoted.params } } : n)),
      document: { ...state.document, parameters: demoted.parameters },
      editVersion: state.editVersion + 1,
      ...recorded(state),
    });
  },
}));

/** The state after undo or redo: the snapshot's document, today's selection where it still applies. */
function restore(state: GraphState, snapshot: Snapshot, history: History): Partial<GraphState> {
  const selected = new Set(state.nodes.filter((n) => n.selected).map((n) => n.id));
  const nodes = snapshot.nodes.map((n) =>
    Boolean(n.selected) === selected.has(n.id) ? n : { ...n, selected: selected.has(n.id) },
  );
  const selectedNodeId =
    state.selectedNodeId !== null && nodes.some((n) => n.id === state.selectedNodeId) ? state.selectedNodeId : null;
  return {
    nodes,
    edges: snapshot.edges,
    document:
      snapshot.parameters === state.document.parameters ? state.document : { ...state.document, parameters: snapshot.parameters },
    selectedNodeId,
    history,
    dragKey: null,
    editVersion: state.editVersion + 1,
  };
}
