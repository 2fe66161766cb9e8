// The diff on the canvas: which two versions or runs are compared, and the server's
// answer. The draft is never touched: the diff view draws its own graph (diff/overlay.ts)
// in place of the editable canvas, which comes back as it was left when the view closes.
import { create } from "zustand";
import type { Id } from "../api/types";
import { getVersion } from "../api/versions";
import { getRunDetail } from "../api/runs";
import type { GraphDocument } from "../graph/types";
import { hasUnsaved } from "../save/autosave";
import { saveNow } from "../save/controller";
import { useGraphStore } from "../store/graphStore";
import { useSaveStore } from "../store/saveStore";
import { useViewStore } from "../store/viewStore";
import { backToDraft } from "../versions/controller";
import { getRunDiff, getVersionDiff, type GraphDiff, type RunDiff } from "./api";

export type DiffSubject =
  | { kind: "versions"; from: number; to: number }
  | { kind: "runs"; a: { id: Id; number: number }; b: { id: Id; number: number } };

export interface DiffResult {
  /** Headings of the two sides, older first ("version 2 “baseline”", "run #3"). */
  from: string;
  to: string;
  graph: GraphDiff;
  /** The newer side's graph: the overlay is drawn on its layout. */
  newGraph: GraphDocument;
  run: RunDiff | null;
}

export type DiffState =
  | { status: "closed" }
  | { status: "loading"; subject: DiffSubject }
  | { status: "error"; subject: DiffSubject; message: string }
  | { status: "ready"; subject: DiffSubject; result: DiffResult };

export const useDiffStore = create<DiffState>()(() => ({ status: "closed" }));

let request: AbortController | null = null;

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : "Could not compare them";
}

function versionHeading(number: number, name: string): string {
  return name ? `version ${String(number)} “${name}”` : `version ${String(number)}`;
}

async function load(subject: DiffSubject, signal: AbortSignal): Promise<DiffResult> {
  if (subject.kind === "versions") {
    const pipeline = useGraphStore.getState().pipeline;
    if (!pipeline) throw new Error("No pipeline is open.");
    const [answer, newer] = await Promise.all([
      getVersionDiff(pipeline.id, subject.from, subject.to, signal),
      getVersion(pipeline.id, subject.to, signal),
    ]);
    return {
      from: versionHeading(answer.old.number, answer.old.name),
      to: versionHeading(answer.new.number, answer.new.name),
      graph: answer.diff,
      newGraph: newer.graph,
      run: null,
    };
  }
  const [answer, newer] = await Promise.all([
    getRunDiff(subject.a.id, subject.b.id, signal),
    getRunDetail(subject.b.id, signal),
  ]);
  if (!newer.graph) throw new Error(`Run #${String(subject.b.number)} has no graph to show.`);
  return {
    from: `run #${String(answer.a.number)}`,
    to: `run #${String(answer.b.number)}`,
    graph: answer.graph,
    newGraph: newer.graph,
    run: answer,
  };
}

/** Opens the diff view on `subject`; the drawers close so the diff has the room. */
export async function openDiff(subject: DiffSubject): Promise<void> {
  request?.abort();
  const controller = new AbortController();
  request = controller;
  useDiffStore.setState({ status: "loading", subject }, true);
  useViewStore.setState({ versionsOpen: false, historyOpen: false });
  try {
    const result = await load(subject, controller.signal);
    if (!controller.signal.aborted) useDiffStore.setState({ status: "ready", subject, result }, true);
  } catch (err) {
    if (!controller.signal.aborted) useDiffStore.setState({ status: "error", subject, message: messageOf(err) }, true);
  }
}

/** Two versions compared, the older first whichever was picked first. */
export function compareVersions(x: number, y: number): Promise<void> {
  // A version open read-only goes back to the draft first: leaving the diff lands there.
  backToDraft();
  return openDiff({ kind: "versions", from: Math.min(x, y), to: Math.max(x, y) });
}

/** A version compared with the draft: the draft is saved first, so its last save is it. */
export async function compareWithDraft(number: number): Promise<void> {
  backToDraft();
  await saveNow();
  if (hasUnsaved(useSaveStore.getState())) {
    throw new Error("The draft has changes that are not saved yet; resolve that first.");
  }
  const current = useGraphStore.getState().pipeline?.revision;
  if (current === undefined) return;
  if (current === number) throw new Error(`Version ${String(number)} is the draft: pick another to compare with it.`);
  await compareVersions(number, current);
}

/** Two runs compared, the earlier (by number) as `a`. */
export function compareRuns(x: { id: Id; number: number }, y: { id: Id; number: number }): Promise<void> {
  const [a, b] = x.number <= y.number ? [x, y] : [y, x];
  return openDiff({ kind: "runs", a, b });
}

/** Leaves the diff: the canvas shows what it showed before, untouched. */
export function closeDiff(): void {
  request?.abort();
  request = null;
  useDiffStore.setState({ status: "closed" }, true);
}
