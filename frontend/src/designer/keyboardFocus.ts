// Moving keyboard focus between a node on the canvas and its panel, so neither is a
// long walk with Tab from the other.

/** The node's element on the canvas (React Flow's wrapper, which takes focus). */
export function nodeElement(nodeId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
}

/** Focuses a node on the canvas; whether it was there to focus (only nodes in view are drawn). */
export function focusNode(nodeId: string): boolean {
  const element = nodeElement(nodeId);
  element?.focus({ preventScroll: true });
  return element !== null;
}

/** Focuses the node panel's chosen tab; whether the panel was open. */
export function focusNodePanel(): boolean {
  const tab = document.querySelector<HTMLElement>('[data-testid="side-panel"] [role="tab"][aria-selected="true"]');
  tab?.focus();
  return tab !== null;
}
