// Live validation: the canvas shows the problems of the graph as it is on screen, on
// load and after every edit, whether or not autosave has stored it yet. Each check
// sends the unsaved document to POST /api/pipelines/{id}/validate/, so the browser
// shows exactly the server's rules (the same ones that refuse a run), never a copy
// that could drift from them. See docs/decisions.md.
import { ApiError } from "../api/client";
import { validatePipeline } from "../api/pipelines";
import type { GraphDocument } from "../graph/types";
import { useGraphStore } from "../store/graphStore";

/** Short: a wire drawn or a node added is checked at once; typing is checked at a pause. */
export const VALIDATION_DELAY_MS = 150;

let seq = 0;
let lastChecked: string | null = null;

/**
 * What validation depends on: the document without node positions, so dragging a node
 * around (an edit autosave stores) asks for no check.
 */
export function validationKey(document: GraphDocument): string {
  return JSON.stringify({ ...document, nodes: document.nodes.map(({ position: _position, ...rest }) => rest) });
}

/** Checks the graph on screen now and shows its problems; stale answers are dropped. */
export async function validateNow(): Promise<void> {
  const state = useGraphStore.getState();
  const pipeline = state.pipeline;
  if (!pipeline) return;
  const document = state.toDocument();
  lastChecked = validationKey(document);
  const mine = ++seq;
  try {
    const result = await validatePipeline(pipeline.id, document);
    if (mine === seq) useGraphStore.getState().setIssues(result.problems);
  } catch (err) {
    // A 400 lists the problems; anything else (offline, 5xx) leaves the last known ones.
    if (mine === seq && err instanceof ApiError && err.status === 400) {
      useGraphStore.getState().setIssues(err.issues);
    }
  }
}

/** Validates now, then after each edit that can change the problems; returns the stop function. */
export function startLiveValidation(delay = VALIDATION_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  void validateNow();
  const unsubscribe = useGraphStore.subscribe((state, prev) => {
    if (state.editVersion === prev.editVersion) return;
    clear();
    // The document is built once the edits pause, not on every frame of a drag.
    timer = setTimeout(() => {
      timer = null;
      if (validationKey(useGraphStore.getState().toDocument()) !== lastChecked) void validateNow();
    }, delay);
  });
  return () => {
    unsubscribe();
    clear();
    seq++; // an answer still on its way belongs to a page that has moved on
    lastChecked = null;
  };
}
