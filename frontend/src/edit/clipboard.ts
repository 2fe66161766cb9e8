// Copy and paste of nodes, within a pipeline and across pipelines (the
// clipboard is a JSON string in localStorage, so another tab can read it).
// Pure functions: what to copy, and how a copy lands in a graph.
import { isParamBinding, type GraphEdge, type GraphNode, type PipelineParameter } from "../graph/types";
import { newNodeId } from "../graph/edit";

export const CLIPBOARD_KIND = "pipewright/nodes";
export const CLIPBOARD_KEY = "pipewright.clipboard";
/** How far each paste lands from the copied nodes. */
export const PASTE_OFFSET = 40;

export interface ClipboardContent {
  kind: typeof CLIPBOARD_KIND;
  version: 1;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Pipeline parameters the copied nodes are bound to, so another pipeline can define them. */
  parameters: PipelineParameter[];
}

/** Names of the pipeline parameters these nodes are bound to. */
export function boundParameterNames(nodes: readonly Pick<GraphNode, "params">[]): Set<string> {
  const names = new Set<string>();
  for (const node of nodes) {
    for (const value of Object.values(node.params)) if (isParamBinding(value)) names.add(value.$param);
  }
  return names;
}

/** The chosen nodes and only the wires between them (wires to other nodes stay behind). */
export function copyNodes(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  ids: ReadonlySet<string>,
  parameters: readonly PipelineParameter[] = [],
): ClipboardContent | null {
  const picked = nodes.filter((n) => ids.has(n.id));
  if (picked.length === 0) return null;
  const bound = boundParameterNames(picked);
  return {
    kind: CLIPBOARD_KIND,
    version: 1,
    nodes: structuredClone(picked),
    edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({ ...e })),
    parameters: parameters.filter((p) => bound.has(p.name)).map((p) => structuredClone(p)),
  };
}

export function serializeClipboard(content: ClipboardContent): string {
  return JSON.stringify(content);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads clipboard text back; anything that is not a Pipewright node copy is null. */
export function parseClipboard(text: string | null): ClipboardContent | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(value) || value.kind !== CLIPBOARD_KIND || value.version !== 1) return null;
  const { nodes, edges } = value;
  if (!Array.isArray(nodes) || !Array.isArray(edges)) return null;
  const validNode = (n: unknown) => isObject(n) && typeof n.id === "string" && typeof n.module === "string";
  const validEdge = (e: unknown) =>
    isObject(e) && ["source", "source_port", "target", "target_port"].every((k) => typeof e[k] === "string");
  if (!nodes.every(validNode) || !edges.every(validEdge)) return null;
  const parameters = Array.isArray(value.parameters) ? value.parameters : [];
  return { ...(value as unknown as ClipboardContent), parameters: parameters as PipelineParameter[] };
}

export interface PasteResult {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Copied id -> pasted id. */
  idMap: Map<string, string>;
}

/**
 * The copied nodes with fresh ids (never clashing with `existingIds`), moved by
 * `offset`, and the wires between them renamed to match. Parameters bound to
 * pipeline parameters stay bound; the caller adds missing pipeline parameters.
 */
export function pasteNodes(
  content: ClipboardContent,
  existingIds: Iterable<string>,
  offset: { x: number; y: number },
): PasteResult {
  const taken = new Set(existingIds);
  const idMap = new Map<string, string>();
  const nodes = content.nodes.map((node): GraphNode => {
    const id = newNodeId(node.module, taken);
    taken.add(id);
    idMap.set(node.id, id);
    const position = node.position ?? { x: 0, y: 0 };
    return {
      ...structuredClone(node),
      id,
      position: { x: position.x + offset.x, y: position.y + offset.y },
    };
  });
  const edges = content.edges.flatMap((edge): GraphEdge[] => {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    return source && target ? [{ ...edge, source, target }] : [];
  });
  return { nodes, edges, idMap };
}

/** Pipeline parameters after a paste: the copied ones this pipeline does not define yet. */
export function mergeParameters(
  current: readonly PipelineParameter[],
  copied: readonly PipelineParameter[],
): PipelineParameter[] {
  const known = new Set(current.map((p) => p.name));
  const added = copied.filter((p) => !known.has(p.name));
  return added.length === 0 ? [...current] : [...current, ...added];
}

/** The clipboard lives in localStorage so a tab on another pipeline can paste. */
export function writeClipboard(content: ClipboardContent, storage: Storage = window.localStorage): void {
  storage.setItem(CLIPBOARD_KEY, serializeClipboard(content));
}

export function readClipboard(storage: Storage = window.localStorage): ClipboardContent | null {
  return parseClipboard(storage.getItem(CLIPBOARD_KEY));
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a paste lands: `offset` from the copied positions when that is in view
 * (a paste next to the original), else centred in `view` (pasting into another
 * pipeline whose view is elsewhere).
 */
export function pasteOffset(
  nodes: readonly Pick<GraphNode, "position">[],
  offset: { x: number; y: number },
  view: Rect | null,
): { x: number; y: number } {
  if (view === null || nodes.length === 0) return offset;
  const xs = nodes.map((n) => n.position?.x ?? 0);
  const ys = nodes.map((n) => n.position?.y ?? 0);
  const box = { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
  const inView =
    box.right + offset.x >= view.x &&
    box.left + offset.x <= view.x + view.width &&
    box.bottom + offset.y >= view.y &&
    box.top + offset.y <= view.y + view.height;
  if (inView) return offset;
  return {
    x: Math.round(view.x + view.width / 2 - (box.left + box.right) / 2),
    y: Math.round(view.y + view.height / 2 - (box.top + box.bottom) / 2),
  };
}
