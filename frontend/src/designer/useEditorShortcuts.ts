// Undo/redo, copy/paste, delete and select-all on the keyboard, while focus is
// not in a text field or the code editor and no modal dialog is open.
import { useReactFlow, useStoreApi } from "@xyflow/react";
import { useCallback, useEffect } from "react";
import { readClipboard, writeClipboard, type Rect } from "../edit/clipboard";
import { isTypingTarget, shortcutFor } from "../edit/shortcuts";
import { useGraphStore } from "../store/graphStore";
import { cancelKeyboardWire } from "../store/keyboardWireStore";
import { useViewStore } from "../store/viewStore";

function hasTextSelection(): boolean {
  const selection = window.getSelection();
  return selection !== null && !selection.isCollapsed && selection.toString().trim() !== "";
}

/** The part of the flow the canvas shows now, in flow coordinates. */
export function useVisibleRect(): () => Rect | null {
  const flow = useReactFlow();
  const store = useStoreApi();
  return useCallback(() => {
    const rect = store.getState().domNode?.getBoundingClientRect();
    if (!rect) return null;
    const topLeft = flow.screenToFlowPosition({ x: rect.left, y: rect.top });
    const bottomRight = flow.screenToFlowPosition({ x: rect.right, y: rect.bottom });
    return { x: topLeft.x, y: topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y };
  }, [flow, store]);
}

const EDITS = new Set(["undo", "redo", "delete", "paste"]);

export function runShortcut(action: ReturnType<typeof shortcutFor>, view: () => Rect | null = () => null): boolean {
  const store = useGraphStore.getState();
  // A past run is shown read-only: looking and copying only.
  if (action !== null && EDITS.has(action) && useViewStore.getState().readOnly !== null) return false;
  switch (action) {
    case "undo":
      store.undo();
      return true;
    case "redo":
      store.redo();
      return true;
    case "delete":
      store.deleteSelection();
      return true;
    case "selectAll":
      store.selectAll();
      return true;
    case "deselect":
      // A wire started from the keyboard goes first, the selection on the next Escape.
      if (cancelKeyboardWire()) return true;
      if (!store.nodes.some((n) => n.selected) && store.selectedNodeId === null) return false;
      store.selectNodes([]);
      return true;
    case "copy": {
      // Copying text (a log line) is the browser's job.
      if (hasTextSelection()) return false;
      const content = store.copySelection();
      if (!content) return false;
      writeClipboard(content);
      return true;
    }
    case "paste": {
      const content = readClipboard();
      if (!content) return false;
      store.paste(content, view());
      return true;
    }
    case null:
      return false;
  }
}

export function useEditorShortcuts(): void {
  const view = useVisibleRect();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      // A modal dialog (an output viewer, the run dialog) takes the keys: its Escape
      // closes it, and does not also clear the selection behind it.
      if (document.querySelector('[aria-modal="true"]')) return;
      if (runShortcut(shortcutFor(event), view)) event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
    };
  }, [view]);
}
