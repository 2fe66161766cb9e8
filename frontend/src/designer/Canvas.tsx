import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Edge,
  type FinalConnectionState,
  type IsValidConnection,
  type Node,
} from "@xyflow/react";
import { useCallback, useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from "react";
import { checkConnection } from "../graph/edit";
import type { PortEdge } from "../graph/convert";
import { nodeTypes } from "../nodes";
import { STATUS_COLORS } from "../nodes/status";
import { useGraphStore } from "../store/graphStore";
import { useRunStore } from "../store/runStore";
import { useViewStore } from "../store/viewStore";
import { CanvasToolbar } from "./CanvasToolbar";
import { focusNodePanel } from "./keyboardFocus";
import { MODULE_DRAG_TYPE, NODE_HALF } from "./Palette";
import { Problems } from "./Problems";
import { useCentreWhenMeasured } from "./useCentreWhenMeasured";
import { runShortcut, useEditorShortcuts } from "./useEditorShortcuts";
import { useRevealSelected } from "./useRevealSelected";

// Shift-click adds to the selection (and Shift-drag draws a selection box).
const MULTI_SELECT_KEYS = ["Shift", "Meta", "Control"];
const REFUSAL_MS = 4000;
// A big graph opens readable and fast (only nodes in view are rendered) rather than
// shrunk to fit: the minimap gives the overview. Small graphs still fit whole.
const FIT_VIEW = { padding: 0.2, maxZoom: 1.2, minZoom: 0.4 };

// What a screen reader says on reaching a node or a wire (README.md, "Keyboard", lists the
// same keys). React Flow shows its "keyboardDisabled" text while the keyboard is
// enabled, so both get ours.
const NODE_KEYS =
  "Enter or Space selects the node and opens its panel; Enter again moves into the panel. " +
  "Arrow keys move a selected node, Shift with them moves it further. Tab reaches its ports: " +
  "Enter on an output, then Enter on an input, draws a wire. Delete removes the selection, Escape clears it.";
const ARIA_LABELS = {
  "node.a11yDescription.default": NODE_KEYS,
  "node.a11yDescription.keyboardDisabled": NODE_KEYS,
  "edge.a11yDescription.default": "Enter or Space selects the wire; Delete then removes it, Escape clears the selection.",
};

/** Keys on a focused node or wire, before React Flow sees them: Enter on a node that
 * is already selected moves focus into its panel; Escape clears the selection but,
 * unlike React Flow's, leaves focus where it is (React Flow drops it on the page). */
function onCanvasKeyDownCapture(event: KeyboardEvent<HTMLDivElement>) {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const target = event.target as HTMLElement;
  if (!target.matches(".react-flow__node, .react-flow__edge")) return;
  let handled = false;
  if (event.key === "Escape") {
    runShortcut("deselect");
    handled = true;
  } else if (event.key === "Enter" && target.classList.contains("react-flow__node")) {
    handled = useGraphStore.getState().selectedNodeId === target.dataset.id && focusNodePanel();
  }
  if (handled) {
    event.preventDefault();
    event.stopPropagation();
  }
}

function asConnection(c: Connection | Edge): Connection {
  return {
    source: c.source,
    target: c.target,
    sourceHandle: c.sourceHandle ?? null,
    targetHandle: c.targetHandle ?? null,
  };
}

export function Canvas() {
  const nodes = useGraphStore((s) => s.nodes);
  const edges = useGraphStore((s) => s.edges);
  const onNodesChange = useGraphStore((s) => s.onNodesChange);
  const onEdgesChange = useGraphStore((s) => s.onEdgesChange);
  const connect = useGraphStore((s) => s.connect);
  const refuseWire = useGraphStore((s) => s.refuseWire);
  const select = useGraphStore((s) => s.select);
  const readOnly = useViewStore((s) => s.readOnly !== null);
  const flow = useReactFlow();
  // Delete, undo/redo, copy/paste go through the store (one undo step each).
  useEditorShortcuts();
  const centreWhenMeasured = useCentreWhenMeasured();
  // The node panel narrows the canvas: a node it would hide is panned into view.
  const pane = useRef<HTMLDivElement>(null);
  useRevealSelected(pane);
  // Fit the loaded graph once. An empty canvas is not fitted: React Flow would
  // otherwise zoom onto the first node added, away from where it was dropped.
  const [fitOnLoad] = useState(() => useGraphStore.getState().nodes.length > 0);

  const onPaneClick = useCallback(() => {
    select(null);
  }, [select]);

  // Reads the store directly, so the callback stays stable while nodes move.
  const isValidConnection = useCallback<IsValidConnection<PortEdge>>((c) => {
    const { nodes: n, edges: e } = useGraphStore.getState();
    return checkConnection(asConnection(c), n, e).ok;
  }, []);

  const onConnect = useCallback(
    (c: Connection) => {
      connect(c);
    },
    [connect],
  );

  // A drop on a handle that isValidConnection refused: say why.
  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid !== false || !state.toHandle) return;
      if (state.fromHandle.type === state.toHandle.type) {
        refuseWire("connect an output to an input");
        return;
      }
      const [from, to] =
        state.fromHandle.type === "source"
          ? [state.fromHandle, state.toHandle]
          : [state.toHandle, state.fromHandle];
      const { nodes: n, edges: e } = useGraphStore.getState();
      const check = checkConnection(
        { source: from.nodeId, sourceHandle: from.id ?? null, target: to.nodeId, targetHandle: to.id ?? null },
        n,
        e,
      );
      if (!check.ok) refuseWire(check.reason);
    },
    [refuseWire],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(MODULE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const slug = event.dataTransfer.getData(MODULE_DRAG_TYPE);
      if (!slug || useViewStore.getState().readOnly) return;
      event.preventDefault();
      const state = useGraphStore.getState();
      const definition = state.registry.bySlug.get(slug);
      if (!definition) return;
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const id = state.addNode(definition, { x: at.x - NODE_HALF.x, y: at.y - NODE_HALF.y });
      centreWhenMeasured(id, at);
    },
    [flow, centreWhenMeasured],
  );

  return (
    <div className="pw-canvas" data-testid="canvas" onDragOver={onDragOver} onDrop={onDrop}>
      {/* Docked above the graph, not floating over it: it never covers a node. */}
      <CanvasToolbar />
      <div className="pw-canvas__flow" ref={pane} onKeyDownCapture={onCanvasKeyDownCapture}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onPaneClick={onPaneClick}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={!readOnly}
        fitView={fitOnLoad}
        fitViewOptions={FIT_VIEW}
        onlyRenderVisibleElements
        minZoom={0.1}
        ariaLabelConfig={ARIA_LABELS}
      >
        <Background gap={20} />
        {/* Zoom only: the toolbar's Fit is the one fit control. */}
        <Controls showInteractive={false} showFitView={false} />
        <StatusMiniMap />
        <Problems />
      </ReactFlow>
      </div>
      <WireRefusal />
    </div>
  );
}

/** The toast saying why a wire was refused; fades after a few seconds. */
function WireRefusal() {
  const refusal = useGraphStore((s) => s.wireRefusal);
  const dismiss = useGraphStore((s) => s.dismissWireRefusal);
  useEffect(() => {
    if (!refusal) return undefined;
    const t = setTimeout(dismiss, REFUSAL_MS);
    return () => {
      clearTimeout(t);
    };
  }, [refusal, dismiss]);
  if (!refusal) return null;
  return (
    <div className="pw-toast" role="alert" data-testid="wire-refused">
      Wire refused: {refusal.reason}
      <button type="button" className="pw-button pw-button--icon" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}

/** The minimap colours nodes by status; only it re-renders when statuses change. */
function StatusMiniMap() {
  const steps = useRunStore((s) => s.steps);
  const nodeColor = useCallback(
    (node: Node) => STATUS_COLORS[steps[node.id]?.status ?? "idle"],
    [steps],
  );
  return (
    <MiniMap
      nodeColor={nodeColor}
      nodeStrokeWidth={2}
      style={{ width: 160, height: 110 }}
      pannable
      zoomable
    />
  );
}
