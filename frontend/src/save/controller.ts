// Autosave: follows the graph store's edit counter, debounces, PATCHes the
// whole document over the known revision. Problems are shown by live validation
// (save/validation.ts), which does not wait for a save.
//
// Someone else's save (announced on the pipeline channel, or found by a 409 on ours) is
// merged into the draft, never overwritten and never lost: with nothing unsaved here the
// canvas simply takes their copy; otherwise a three-way merge (save/merge.ts) of the
// version the draft started from, the draft and their copy. Disjoint changes merge by
// themselves; the same field changed differently on both sides waits for the user's
// choice in the merge dialog. The result is saved on top of their revision like any
// edit. Only when the merge itself cannot be made (the base version cannot be read) does
// autosave stop for the user to pick Reload or Save as copy.
import { ApiError } from "../api/client";
import { createPipeline, getPipeline, savePipelineGraph } from "../api/pipelines";
import { getVersion } from "../api/versions";
import { flowToGraph, graphToFlow, nodeTitle } from "../graph/convert";
import type { GraphDocument, GraphNode } from "../graph/types";
import { resolveDefinition, type NodeRegistry } from "../nodes/registry";
import { useGraphStore } from "../store/graphStore";
import { useMergeStore } from "../store/mergeStore";
import { updateSave, useSaveStore } from "../store/saveStore";
import { showsPast } from "../store/access";
import { useViewStore } from "../store/viewStore";
import {
  edited,
  hasUnsaved,
  initialSave,
  mergeFinished,
  mergeStarted,
  saveConflicted,
  saveFailed,
  savedElsewhere,
  saveStarted,
  saveSucceeded,
  shouldSave,
} from "./autosave";
import { allChosen, canonical, mergeGraphs, type MergeResult, type Side } from "./merge";

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
      // Someone saved first: their change is merged in rather than overwritten.
      const revision = typeof err.extra.revision === "number" ? err.extra.revision : pipeline.revision + 1;
      updateSave(mergeStarted);
      savedElsewhereBy(revision, null);
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

// ---------------------------------------------------------------- someone else saved

/** The newest revision someone else is known to have saved, and by whom. */
let announced = 0;
let announcedBy: string | null = null;
let catchingUp: Promise<void> | null = null;
/** Settles the merge dialog: the choices, or null when the page goes away. */
let decide: ((choices: Readonly<Record<string, Side>> | null) => void) | null = null;

/** The canvas's own form of a document (what `toDocument` would write for it), so that
 * the three documents of a merge differ only where someone changed something. */
function canvasForm(document: GraphDocument, registry: NodeRegistry): GraphDocument {
  const flow = graphToFlow(document, registry);
  return flowToGraph(flow.nodes, flow.edges, document);
}

function acceptsMany(registry: NodeRegistry, document: GraphDocument) {
  return (node: GraphNode, port: string): boolean =>
    resolveDefinition(registry, node, document.edges).inputs.some((p) => p.name === port && p.multiple);
}

/**
 * A save of revision `revision` was made elsewhere (announced on the pipeline channel,
 * or found by a 409): bring it into the canvas. Our own saves are announced too; they
 * are recognised by their revision, which the canvas already has by then.
 */
export function savedElsewhereBy(revision: number, name: string | null): void {
  if (revision > announced) {
    announced = revision;
    announcedBy = name;
  } else if (revision === announced && name !== null) {
    announcedBy = name; // the announcement after a 409 found the same save
  }
  void catchUp();
}

/** Saves made from this canvas outside autosave (a restore), until the canvas has their result. */
const ownSaves = new Set<Promise<unknown>>();

/**
 * Marks `work` as a save this canvas makes and takes in itself (a restore): its
 * announcement may arrive before its answer, and must not be merged as someone else's.
 */
export function saveMadeHere<T>(work: Promise<T>): Promise<T> {
  ownSaves.add(work);
  const done = () => {
    ownSaves.delete(work);
  };
  work.then(done, done);
  return work;
}

/** Runs the merges one at a time until the canvas has the newest announced revision. */
function catchUp(): Promise<void> {
  // The reset is chained rather than put in the loop's own `finally`: a loop with nothing
  // to do finishes synchronously, and its reset would run before this assignment, leaving
  // a settled promise in place and every later announcement ignored.
  catchingUp ??= mergeUntilCurrent().finally(() => {
    catchingUp = null;
  });
  return catchingUp;
}

async function mergeUntilCurrent(): Promise<void> {
  for (;;) {
    if (inFlight) await inFlight;
    if (ownSaves.size > 0) {
      await Promise.allSettled([...ownSaves]);
      continue;
    }
    const pipeline = useGraphStore.getState().pipeline;
    // A past run or a past version on screen: the draft waits aside until it is back.
    // (A viewer's draft is on screen: it follows the others' saves like anyone's.)
    if (!pipeline || announced <= pipeline.revision || showsPast(useViewStore.getState().readOnly)) return;
    if (!(await mergeLatest())) return;
  }
}

/** Brings the newest saved copy in; false when it could not (the conflict banner then says so). */
async function mergeLatest(): Promise<boolean> {
  const graph = useGraphStore.getState();
  const pipeline = graph.pipeline;
  if (!pipeline) return false;
  const startedFrom = pipeline.revision;
  const savedBy = announcedBy ?? "Someone";
  updateSave(mergeStarted);
  try {
    const theirs = await getPipeline(pipeline.id);
    if (theirs.revision <= startedFrom) {
      // Nothing newer after all: the server's word is final, so an announcement it
      // does not bear out is forgotten rather than fetched for again and again.
      announced = Math.min(announced, theirs.revision);
      updateSave(mergeFinished);
      return true;
    }
    const registry = useGraphStore.getState().registry;
    const theirDocument = canvasForm(theirs.graph, registry);
    if (!hasUnsaved(useSaveStore.getState())) {
      // Nothing of ours to keep: their copy is the canvas now, already saved.
      useGraphStore.getState().adoptMerged(theirDocument, theirs.revision);
      markSavedElsewhere();
      return true;
    }
    const base = canvasForm((await getVersion(pipeline.id, startedFrom)).graph, registry);
    // The draft as it is now, after the fetches: edits made meanwhile are in it.
    const mergeWith = (choices: Readonly<Record<string, Side>>): MergeResult =>
      mergeGraphs(base, useGraphStore.getState().toDocument(), theirDocument, {
        choices,
        acceptsMany: acceptsMany(registry, theirDocument),
      });
    let choices: Readonly<Record<string, Side>> = {};
    let result = mergeWith(choices);
    while (!allChosen(result.conflicts, choices)) {
      const picked = await askUser(result, savedBy, theirs.revision, choices);
      if (picked === null) return false;
      choices = picked;
      result = mergeWith(choices);
    }
    useGraphStore.getState().adoptMerged(result.document, theirs.revision);
    if (canonical(result.document) === canonical(theirDocument)) {
      markSavedElsewhere(); // every change of ours was already in their copy
    } else {
      updateSave(mergeFinished);
      void saveNow();
    }
    return true;
  } catch (err) {
    // Without the base version (or their copy) there is nothing to merge with: the user
    // chooses Reload or Save as copy, as before; the draft stays as it is.
    updateSave((s) => saveConflicted({ ...s, status: "dirty" }, announced));
    useSaveStore.setState({ resolveError: messageOf(err) });
    return false;
  } finally {
    useMergeStore.setState({ pending: null, choices: {} });
  }
}

function askUser(
  result: MergeResult,
  savedBy: string,
  revision: number,
  choices: Readonly<Record<string, Side>>,
): Promise<Readonly<Record<string, Side>> | null> {
  const titles: Record<string, string> = {};
  for (const node of useGraphStore.getState().nodes) titles[node.id] = nodeTitle(node.data);
  for (const conflict of result.conflicts) {
    if (conflict.nodeId !== null && titles[conflict.nodeId] === undefined) {
      const node = (conflict.theirs ?? conflict.base) as GraphNode | undefined;
      titles[conflict.nodeId] = (conflict.kind === "node" && node?.label) || conflict.nodeId;
    }
  }
  useMergeStore.setState({ pending: { savedBy, revision, conflicts: result.conflicts, titles }, choices });
  return new Promise((resolve) => {
    decide = (picked) => {
      decide = null;
      resolve(picked);
    };
  });
}

/** The merge dialog's Apply: every conflict has a side. */
export function applyMergeChoices(): void {
  const { pending, choices } = useMergeStore.getState();
  if (pending && allChosen(pending.conflicts, choices)) decide?.(choices);
}

/** Stops waiting for a merge (the page is closing). */
export function abandonMerge(): void {
  decide?.(null);
}

/** Merges whatever was announced while the draft was set aside (a past version on screen). */
export function resumeCatchingUp(): void {
  void catchUp();
}
