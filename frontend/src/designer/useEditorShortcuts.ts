// Undo/redo, copy/paste, delete and select-all on the keyboard, while focus is
// not in a text field or the code editor.
import { useEffect } from "react";
import { readClipboard, writeClipboard } from "../edit/clipboard";
import { isTypingTarget, shortcutFor } from "../edit/shortcuts";
import { useGraphStore } from "../store/graphStore";

function hasTextSelection(): boolean {
  const selection = window.getSelection();
  return selection !== null && !selection.isCollapsed && selection.toString().trim() !== "";
}

export function runShortcut(action: ReturnType<typeof shortcutFor>): boolean {
  const store = useGraphStore.getState();
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
      store.paste(content);
      return true;
    }
    case null:
      return false;
  }
}

export function useEditorShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (runShortcut(shortcutFor(event))) event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
    };
  }, []);
}
