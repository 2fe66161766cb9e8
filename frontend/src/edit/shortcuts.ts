// Keyboard shortcuts of the canvas, as a pure mapping from a key event to an action.
export type ShortcutAction = "undo" | "redo" | "copy" | "paste" | "delete" | "selectAll" | "deselect";

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function shortcutFor(event: KeyLike): ShortcutAction | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (event.altKey) return null;
  if (!mod) {
    if (event.shiftKey) return null;
    if (key === "delete" || key === "backspace") return "delete";
    return key === "escape" ? "deselect" : null;
  }
  if (key === "z") return event.shiftKey ? "redo" : "undo";
  if (key === "y" && !event.shiftKey) return "redo";
  if (event.shiftKey) return null;
  if (key === "c") return "copy";
  if (key === "v") return "paste";
  if (key === "a") return "selectAll";
  return null;
}

interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
}

/** Whether keys go to a text field (inputs, selects, CodeMirror), where shortcuts must not fire. */
export function isTypingTarget(target: unknown): boolean {
  if (typeof target !== "object" || target === null) return false;
  const t = target as TargetLike;
  const tag = (t.tagName ?? "").toUpperCase();
  if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") return true;
  if (t.isContentEditable) return true;
  return typeof t.closest === "function" && Boolean(t.closest(".cm-editor"));
}
