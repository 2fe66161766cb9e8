// The node panel's layout, as pure functions: which tabs a node has, how wide the panel
// may be (and remembering the width), and how far to pan the canvas so the selected
// node is not hidden by the panel that its selection opened.

export type PanelTab = "parameters" | "code" | "outputs" | "log";

export const TAB_LABELS: Record<PanelTab, string> = {
  parameters: "Parameters",
  code: "Code",
  outputs: "Outputs",
  log: "Log",
};

/** Code gets its own tab only on nodes that have code (script modules). */
export function panelTabs(params: readonly { type: string }[]): PanelTab[] {
  return params.some((p) => p.type === "code")
    ? ["parameters", "code", "outputs", "log"]
    : ["parameters", "outputs", "log"];
}

/** The tab last chosen stays chosen from node to node, where the node has it. */
export function shownTab(wanted: PanelTab, tabs: readonly PanelTab[]): PanelTab {
  return tabs.includes(wanted) ? wanted : "parameters";
}

export const PANEL_WIDTH = { min: 300, default: 360, max: 900 };
/** At least this much of the window stays canvas, however wide the panel is dragged. */
const CANVAS_KEEPS = 360;
export const PANEL_WIDTH_KEY = "pipewright.panelWidth";
export const PANEL_COLLAPSED_KEY = "pipewright.panelCollapsed";

export function clampPanelWidth(width: number, windowWidth: number): number {
  const max = Math.max(PANEL_WIDTH.min, Math.min(PANEL_WIDTH.max, windowWidth - CANVAS_KEEPS));
  if (!Number.isFinite(width)) return Math.min(PANEL_WIDTH.default, max);
  return Math.round(Math.min(max, Math.max(PANEL_WIDTH.min, width)));
}

type Store = Pick<Storage, "getItem" | "setItem">;

export function loadPanelWidth(storage: Store | null, windowWidth: number): number {
  const raw = storage?.getItem(PANEL_WIDTH_KEY);
  return clampPanelWidth(raw == null ? PANEL_WIDTH.default : Number(raw), windowWidth);
}

export function savePanelWidth(storage: Store | null, width: number): void {
  storage?.setItem(PANEL_WIDTH_KEY, String(Math.round(width)));
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface FlowRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The viewport that shows `node` (flow coordinates) whole inside a pane of this size,
 * moved as little as possible and `margin` clear of the edge, or null when it is already
 * wholly in view (a node in view never moves). A node bigger than the pane gets its
 * top-left corner in view. */
export function revealViewport(
  viewport: Viewport,
  node: FlowRect,
  pane: { width: number; height: number },
  margin = 24,
): Viewport | null {
  const shift = (start: number, size: number, paneSize: number): number => {
    const end = start + size;
    if (start >= 0 && end <= paneSize) return 0;
    if (start < margin || size > paneSize - 2 * margin) return margin - start;
    return paneSize - margin - end;
  };
  const left = node.x * viewport.zoom + viewport.x;
  const top = node.y * viewport.zoom + viewport.y;
  const dx = shift(left, node.width * viewport.zoom, pane.width);
  const dy = shift(top, node.height * viewport.zoom, pane.height);
  if (dx === 0 && dy === 0) return null;
  return { x: viewport.x + dx, y: viewport.y + dy, zoom: viewport.zoom };
}
