// Opening a saved version read-only and restoring one as the draft.
//
// The draft waits aside, exactly as it was (nodes, undo history, edit counter), while a
// version is shown: going back puts it back untouched, so nothing is saved and nothing
// is lost. A restore is a save the server makes (POST .../restore/ with the draft's
// revision, 409 when stale); the canvas then takes its result as one ordinary undoable
// edit that is already saved, so Undo brings the previous draft back and autosave saves
// that as the next version.
import { getVersion, restoreVersion } from "../api/versions";
import { hasUnsaved } from "../save/autosave";
import { markSavedElsewhere, saveMadeHere, saveNow } from "../save/controller";
import { useGraphStore, type GraphState } from "../store/graphStore";
import { useSaveStore } from "../store/saveStore";
import { backToDraftView } from "../store/access";
import { useViewStore } from "../store/viewStore";

type Draft = Pick<
  GraphState,
  "document" | "nodes" | "edges" | "selectedNodeId" | "issues" | "graphIssues" | "editVersion" | "history" | "dragKey"
>;

let draft: Draft | null = null;

function takeDraft(): Draft {
  const s = useGraphStore.getState();
  return {
    document: s.document,
    nodes: s.nodes,
    edges: s.edges,
    selectedNodeId: s.selectedNodeId,
    issues: s.issues,
    graphIssues: s.graphIssues,
    editVersion: s.editVersion,
    history: s.history,
    dragKey: s.dragKey,
  };
}

/** Whether a version (not the draft) is on the canvas. */
export function showingVersion(): boolean {
  return useViewStore.getState().readOnly?.kind === "version";
}

/** Shows version `number` read-only; the draft's edits are saved first. */
export async function openVersion(number: number): Promise<void> {
  const pipeline = useGraphStore.getState().pipeline;
  if (!pipeline) return;
  if (!showingVersion()) {
    await saveNow();
    if (hasUnsaved(useSaveStore.getState())) {
      throw new Error("The draft has changes that are not saved yet; resolve that first.");
    }
  }
  const version = await getVersion(pipeline.id, number);
  draft ??= takeDraft();
  useViewStore.setState({ readOnly: { kind: "version", number, name: version.name } });
  useGraphStore.getState().showReadOnly(version.graph);
}

/** Puts the draft back on the canvas as it was left. */
export function backToDraft(): void {
  if (draft !== null) useGraphStore.setState(draft);
  draft = null;
  // A viewer's draft is read-only too: they go back to looking at it.
  if (showingVersion()) backToDraftView();
}

/** Makes version `number` the draft: a save over the draft's revision, undoable like any edit. */
export async function restoreAsDraft(number: number): Promise<void> {
  backToDraft();
  await saveNow();
  const pipeline = useGraphStore.getState().pipeline;
  if (!pipeline) return;
  if (hasUnsaved(useSaveStore.getState())) {
    throw new Error("The draft has changes that are not saved yet; resolve that first.");
  }
  await saveMadeHere(
    restoreVersion(pipeline.id, number, pipeline.revision).then((saved) => {
      useGraphStore.getState().adoptSaved(saved);
      markSavedElsewhere();
    }),
  );
}
