// The port picked as the start of a wire drawn from the keyboard (edit/keyboardWire.ts),
// shared by every port so they can show whether they would take it.
import { create } from "zustand";
import { nodeTitle } from "../graph/convert";
import { announcePick, pickPort, type PortRef } from "../edit/keyboardWire";
import { useGraphStore } from "./graphStore";

export const useKeyboardWireStore = create<{ pending: PortRef | null }>()(() => ({ pending: null }));

/** Enter on a port: starts, moves, cancels or finishes the wire. Returns what to tell
 * a screen reader, or null when a refused wire's reason is already shown as an alert
 * (the start stays picked, so another input can be tried). */
export function pickPortFromKeyboard(ref: PortRef): string | null {
  const step = pickPort(useKeyboardWireStore.getState().pending, ref);
  const graph = useGraphStore.getState();
  if (step.kind === "connect") {
    if (!graph.connect(step.connection)) return null;
    useKeyboardWireStore.setState({ pending: null });
  } else {
    useKeyboardWireStore.setState({ pending: step.kind === "start" ? step.from : null });
  }
  const title = (id: string) => {
    const node = graph.nodes.find((n) => n.id === id);
    return node ? nodeTitle(node.data) : id;
  };
  return announcePick(step, title);
}

/** Escape: drops a picked start. Whether there was one. */
export function cancelKeyboardWire(): boolean {
  if (useKeyboardWireStore.getState().pending === null) return false;
  useKeyboardWireStore.setState({ pending: null });
  return true;
}
