// The diff view: two versions or two runs overlaid on one read-only graph, with a
// legend, and beside it the list of every change. It stands in for the editable canvas
// while open (designer/DesignerPage.tsx); the draft waits in its store, untouched.
import {
  Background,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type NodeMouseHandler,
  type NodeTypes,
} from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useGraphStore } from "../store/graphStore";
import { buildDiffList, type DiffList as DiffListData } from "./changes";
import { DiffList } from "./DiffList";
import { DiffNode } from "./DiffNode";
import { closeDiff, useDiffStore, type DiffResult } from "./diffStore";
import { buildOverlay, DIFF_NODE_TYPE, MARKS, type DiffFlowNode, type DiffMark } from "./overlay";
import "./diff.css";

const nodeTypes: NodeTypes = { [DIFF_NODE_TYPE]: DiffNode };
const FIT_VIEW = { padding: 0.2, maxZoom: 1.2, minZoom: 0.4 };
const LEGEND: readonly DiffMark[] = ["added", "removed", "changed", "moved"];

export function DiffView() {
  const state = useDiffStore();
  // Escape leaves the diff, as the Exit button does.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A dialog opened over the view (the Run button's) takes its own Escape.
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      if (event.key === "Escape") closeDiff();
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
    };
  }, []);
  if (state.status === "closed") return null;
  const subject =
    state.subject.kind === "versions"
      ? `version ${String(state.subject.from)} → version ${String(state.subject.to)}`
      : `run #${String(state.subject.a.number)} → run #${String(state.subject.b.number)}`;
  return (
    <section className="pw-diff" data-testid="diff-view" aria-label="Comparison">
      <div className="pw-diff__bar">
        <h2 className="pw-diff__title" data-testid="diff-title">
          Comparing {state.status === "ready" ? `${state.result.from} → ${state.result.to}` : subject}
        </h2>
        <Legend />
        <span className="pw-muted">Read-only; your draft is unchanged.</span>
        <button type="button" className="pw-button pw-button--primary" data-testid="diff-exit" onClick={closeDiff}>
          Exit comparison
        </button>
      </div>
      {state.status === "loading" && <p className="pw-diff__message pw-muted">Comparing…</p>}
      {state.status === "error" && (
        <p className="pw-diff__message" role="alert" data-testid="diff-error">
          {state.message}
        </p>
      )}
      {state.status === "ready" && (
        <ReactFlowProvider>
          <DiffBody result={state.result} />
        </ReactFlowProvider>
      )}
    </section>
  );
}

function Legend() {
  return (
    <ul className="pw-diff__legend" data-testid="diff-legend" aria-label="Legend">
      {LEGEND.map((mark) => (
        <li key={mark} className={`pw-diff__legend-item pw-diff__legend-item--${mark}`}>
          <span className={`pw-diff-badge pw-diff-badge--${mark}`} aria-hidden="true">
            {MARKS[mark].icon}
          </span>
          {MARKS[mark].word}
        </li>
      ))}
    </ul>
  );
}

function DiffBody({ result }: { result: DiffResult }) {
  const registry = useGraphStore((s) => s.registry);
  const overlay = useMemo(
    () => buildOverlay(result.newGraph, result.graph, registry, result.run?.nodes ?? null),
    [result, registry],
  );
  const list: DiffListData = useMemo(
    () => buildDiffList(result.graph, new Map(overlay.nodes.map((n) => [n.id, n.data.title])), result.run),
    [result, overlay],
  );
  const [selected, setSelected] = useState<string | null>(null);
  const nodes = useMemo(
    () => overlay.nodes.map((n) => (n.id === selected ? { ...n, selected: true } : n)),
    [overlay, selected],
  );
  const flow = useReactFlow<DiffFlowNode>();
  const listRef = useRef<HTMLElement>(null);

  // An entry of the list selects its node and centres the graph on it.
  const focus = useCallback(
    (nodeId: string) => {
      setSelected(nodeId);
      const node = flow.getNode(nodeId);
      if (!node) return;
      const width = node.measured?.width ?? 200;
      const height = node.measured?.height ?? 80;
      void flow.setCenter(node.position.x + width / 2, node.position.y + height / 2, {
        zoom: Math.max(flow.getZoom(), 1),
        duration: 250,
      });
    },
    [flow],
  );

  // A node clicked on the graph shows its entry in the list.
  const onNodeClick = useCallback<NodeMouseHandler<DiffFlowNode>>((_event, node) => {
    setSelected(node.id);
    const entry = listRef.current?.querySelector(`[data-node-entry="${CSS.escape(node.id)}"]`);
    entry?.scrollIntoView({ block: "nearest" });
  }, []);

  return (
    <div className="pw-diff__body">
      <div className="pw-diff__flow" data-testid="diff-canvas">
        <ReactFlow
          nodes={nodes}
          edges={overlay.edges}
          nodeTypes={nodeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesReconnectable={false}
          elementsSelectable={false}
          deleteKeyCode={null}
          onNodeClick={onNodeClick}
          onPaneClick={() => {
            setSelected(null);
          }}
          fitView
          fitViewOptions={FIT_VIEW}
          // As on the canvas: a big union graph draws only what is in view.
          onlyRenderVisibleElements
          minZoom={0.1}
        >
          <Background gap={20} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
      <DiffList list={list} result={result} selected={selected} onFocus={focus} listRef={listRef} />
    </div>
  );
}
