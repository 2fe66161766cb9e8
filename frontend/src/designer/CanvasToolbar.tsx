// The bar above the canvas (docked, so it never covers a node): the File menu (export, import), undo/redo, auto-layout, zoom to
// fit, copy/paste and node search.
import { useReactFlow } from "@xyflow/react";
import { useMemo, useState } from "react";
import { layoutGraph, DEFAULT_NODE_SIZE } from "../edit/layout";
import { findNodes } from "../edit/search";
import { useGraphStore } from "../store/graphStore";
import { useViewStore } from "../store/viewStore";
import { FileMenu } from "./FileMenu";
import { runShortcut, useVisibleRect } from "./useEditorShortcuts";
import { useFocusNode } from "./useFocusNode";

const FIT = { padding: 0.2, maxZoom: 1.2, duration: 250 };

export function CanvasToolbar() {
  const canUndo = useGraphStore((s) => s.history.past.length > 0);
  const canRedo = useGraphStore((s) => s.history.future.length > 0);
  const hasSelection = useGraphStore((s) => s.nodes.some((n) => n.selected));
  const empty = useGraphStore((s) => s.nodes.length === 0);
  const readOnly = useViewStore((s) => s.readOnly !== null);
  const flow = useReactFlow();
  const view = useVisibleRect();
  const [laying, setLaying] = useState(false);

  const autoLayout = async () => {
    const { nodes, toDocument, moveNodes } = useGraphStore.getState();
    setLaying(true);
    try {
      const positions = await layoutGraph(
        nodes.map((n) => ({
          id: n.id,
          width: n.measured?.width ?? DEFAULT_NODE_SIZE.width,
          height: n.measured?.height ?? DEFAULT_NODE_SIZE.height,
          inputs: n.data.definition.inputs.map((p) => p.name),
          outputs: n.data.definition.outputs.map((p) => p.name),
        })),
        toDocument().edges,
      );
      moveNodes(positions);
      // After React has placed the nodes.
      requestAnimationFrame(() => void flow.fitView(FIT));
    } finally {
      setLaying(false);
    }
  };

  return (
    <div className="pw-toolbar" role="toolbar" aria-label="Canvas tools" data-testid="canvas-toolbar">
      <FileMenu />
      <span className="pw-toolbar__sep" />
      {!readOnly && (
        <>
          <button
            type="button"
            className="pw-button"
            data-testid="undo-button"
            title="Undo (Ctrl+Z)"
            disabled={!canUndo}
            onClick={() => runShortcut("undo")}
          >
            ↶ Undo
          </button>
          <button
            type="button"
            className="pw-button"
            data-testid="redo-button"
            title="Redo (Ctrl+Shift+Z)"
            disabled={!canRedo}
            onClick={() => runShortcut("redo")}
          >
            ↷ Redo
          </button>
          <span className="pw-toolbar__sep" />
        </>
      )}
      <button
        type="button"
        className="pw-button"
        data-testid="copy-button"
        title="Copy the selected nodes (Ctrl+C)"
        disabled={!hasSelection}
        onClick={() => runShortcut("copy")}
      >
        Copy
      </button>
      {!readOnly && (
        <>
          <button
            type="button"
            className="pw-button"
            data-testid="paste-button"
            title="Paste nodes copied here or in another pipeline (Ctrl+V)"
            onClick={() => runShortcut("paste", view)}
          >
            Paste
          </button>
          <span className="pw-toolbar__sep" />
          <button
            type="button"
            className="pw-button"
            data-testid="layout-button"
            title="Arrange the nodes left to right"
            disabled={empty || laying}
            onClick={() => void autoLayout()}
          >
            Auto-layout
          </button>
        </>
      )}
      <button
        type="button"
        className="pw-button"
        data-testid="fit-button"
        title="Zoom to fit"
        disabled={empty}
        onClick={() => void flow.fitView(FIT)}
      >
        Fit
      </button>
      <NodeSearch />
    </div>
  );
}

const NO_NODES: never[] = [];

function NodeSearch() {
  const [query, setQuery] = useState("");
  // Only a search under way follows the nodes (not every drag frame otherwise).
  const searching = query.trim() !== "";
  const nodes = useGraphStore((s) => (searching ? s.nodes : NO_NODES));
  const matches = useMemo(() => findNodes(nodes, query).slice(0, 8), [nodes, query]);
  const focus = useFocusNode();
  const [open, setOpen] = useState(false);

  const pick = (id: string) => {
    focus(id);
    setOpen(false);
  };

  return (
    <div className="pw-node-search">
      <input
        type="search"
        placeholder="Find node…"
        aria-label="Find a node"
        data-testid="node-search"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
        }}
        onBlur={() => {
          setOpen(false);
        }}
        onKeyDown={(e) => {
          const first = matches[0];
          if (e.key === "Enter" && first) pick(first.id);
          if (e.key === "Escape") setOpen(false);
        }}
      />
      {open && query.trim() !== "" && (
        <ul className="pw-node-search__results" role="listbox" data-testid="node-search-results">
          {matches.length === 0 && <li className="pw-muted">No node matches.</li>}
          {matches.map((m) => (
            <li
              key={m.id}
              role="option"
              aria-selected={false}
              data-testid={`node-search-${m.id}`}
              // mousedown, before the input's blur closes the list
              onMouseDown={(e) => {
                e.preventDefault();
                pick(m.id);
              }}
            >
              <b>{m.title}</b> <span className="pw-muted">{m.module}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
