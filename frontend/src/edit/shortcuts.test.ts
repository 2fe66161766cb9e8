import { describe, expect, it } from "vitest";
import { isTypingTarget, shortcutFor } from "./shortcuts";

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("shortcuts", () => {
  it("maps undo, redo, copy, paste and delete on both platforms", () => {
    expect(shortcutFor(key("z", { ctrlKey: true }))).toBe("undo");
    expect(shortcutFor(key("z", { metaKey: true }))).toBe("undo");
    expect(shortcutFor(key("Z", { ctrlKey: true, shiftKey: true }))).toBe("redo");
    expect(shortcutFor(key("y", { ctrlKey: true }))).toBe("redo");
    expect(shortcutFor(key("c", { metaKey: true }))).toBe("copy");
    expect(shortcutFor(key("v", { ctrlKey: true }))).toBe("paste");
    expect(shortcutFor(key("Delete"))).toBe("delete");
    expect(shortcutFor(key("Backspace"))).toBe("delete");
    expect(shortcutFor(key("Escape"))).toBe("deselect");
    expect(shortcutFor(key("z"))).toBeNull();
    expect(shortcutFor(key("v", { ctrlKey: true, altKey: true }))).toBeNull();
  });

  it("knows when keys go to a text field", () => {
    expect(isTypingTarget({ tagName: "INPUT" })).toBe(true);
    expect(isTypingTarget({ tagName: "textarea" })).toBe(true);
    expect(isTypingTarget({ tagName: "DIV", isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: "DIV", closest: (s: string) => (s === ".cm-editor" ? {} : null) })).toBe(true);
    expect(isTypingTarget({ tagName: "DIV", closest: () => null })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
