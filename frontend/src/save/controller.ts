// Autosave: follows the graph store's edit counter, debounces, PATCHes the
// whole document over the known revision. Problems are shown by live validation
// (save/validation.ts), which does not wait for a save. A 409 stops autosaving until
// the user picks Reload or Save as copy; local edits are never dropped without that choice.
import { ApiError } from "../api/client";
import { createPipeline, getPipeline, savePipelineGraph } from "../api/pipelines";
import { useGraphStore } from "../store/graphStore";
import { updateSave, useSaveStore } from "../store/saveStore";
import {
  edited,
  hasUnsaved,
  initialSave,
  saveConflicted,
  saveFailed,
  savedElsewhere,
  saveStarted,
  saveSucceeded,
  shouldSave,
} from "./autosave";

export const AUTOSAVE_DELAY_MS = 800;
const RETRY_DELAY_MS = 5000;

let timer: ReturnType<typeof setTimeout> | null = null;
let inFlight: Promise<void> | null = null;

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : "Something went wrong";
}

function clearTimer(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

function schedule(delay: number): void {
  clearTimer();
  timer = setTimeout(() => {
    timer = null;
    void saveNow();
  }, delay);
}

function resetBaseline(): void {
  clearTimer();
  useSaveStore.setState({
    ...initialSave(useGraphStore.getState().editVersion),
    resolving: false,
    resolveError: null,
  });
}

/** Starts following edits; returns the stop function (for the page's effect). */
export function startAutosave(delay = AUTOSAVE_DELAY_MS): () => void {
  resetBaseline();
  const unsubscribe = useGraphStore.subscribe((state, prev) => {
    if (state.editVersion === prev.editVersion) return;
    updateSave((s) => edited(s, state.editVersion));
    if (shouldSave(useSaveStore.getState())) schedule(delay);
  });
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (hasUnsaved(useSaveStore.getState())) event.preventDefault();
  };
  window.addEventListener("beforeunload", onBeforeUnload);
  return () => {
    unsubscribe();
    clearTimer();
    window.removeEventListener("beforeunload", onBeforeUnload);
  };
}

/** Saves now if anything is unsaved; resolves once the server has it (or refused it). */
export function saveNow(): Promise<void> {
  clearTimer();
  if (inFlight) return inFlight;
  if (!shouldSave(useSaveStore.getState())) return Promise.resolve();
  inFlight = doSave().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function doSave(): Promise<void> {
  const graph = useGraphStore.getState();
  const pipeline = graph.pipeline;
  if (!pipeline) return;
  const document = graph.toDocument();
  updateSave(saveStarted);
  try {
    const saved = await savePipelineGraph(pipeline.id, pipeline.revision, document);
    useGraphStore.getState().setRevision(saved.revision);
    updateSave(saveSucceeded);
    // Edits made during the save go out after the usual pause.
    if (shouldSave(useSaveStore.getState())) schedule(AUTOSAVE_DELAY_MS);
  } catch (err) {
    if (err instanceof ApiError && err.status === 409) {
      const revision = typeof err.extra.revision === "number" ? err.extra.revision : null;
      updateSave((s) => saveConflicted(s, revision));
      return;
    }
    if (err instanceof ApiError && err.issues.length > 0) {
      useGraphStore.getState().setIssues(err.issues);
    }
    updateSave((s) => saveFailed(s, messageOf(err)));
    // Network trouble and server errors are retried; a 400 waits for the next edit.
    if (!(err instanceof ApiError) || err.status === 0 || err.status >= 500) {
      schedule(RETRY_DELAY_MS);
    }
  }
}

/** The graph store's newest edit is already on the server (a restore made that save).
 * Its problems come from the live check that follows every edit (save/validation.ts). */
export function markSavedElsewhere(): void {
  clearTimer();
  updateSave((s) => savedElsewhere(s, useGraphStore.getState().editVersion));
}

/** Conflict: drop local edits and show the server's copy. */
export async function reloadFromServer(): Promise<void> {
  const pipeline = useGraphStore.getState().pipeline;
  if (!pipeline) return;
  useSaveStore.setState({ resolving: true, resolveError: null });
  try {
    const fresh = await getPipeline(pipeline.id);
    useGraphStore.getState().reload(fresh);
    resetBaseline();
  } catch (err) {
    useSaveStore.setState({ resolving: false, resolveError: messageOf(err) });
  }
}

/** Conflict: keep local edits in a new pipeline and go there. */
export async function saveAsCopy(): Promise<void> {
  const graph = useGraphStore.getState();
  if (!graph.pipeline) return;
  useSaveStore.setState({ resolving: true, resolveError: null });
  try {
    const copy = await createPipeline(`${graph.pipeline.name} (copy)`, graph.toDocument());
    // The edits now live in the copy; leaving this page loses nothing.
    resetBaseline();
    window.location.assign(`/pipelines/${encodeURIComponent(String(copy.id))}/`);
  } catch (err) {
    useSaveStore.setState({ resolving: false, resolveError: messageOf(err) });
  }
}
