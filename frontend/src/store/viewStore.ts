// Which run-side overlays are open, and whether the canvas shows a past run or a past
// version of the pipeline read-only, or the draft read-only to a viewer of the workspace.
import { create } from "zustand";

export interface ReadOnlyRun {
  kind?: "run";
  runId: string;
  number: number;
}

/** A saved version opened from the Versions panel; the draft waits aside (versions/controller.ts). */
export interface ReadOnlyVersion {
  kind: "version";
  number: number;
  name: string;
}

/** The draft itself, to someone whose role in the workspace is viewer: they look, change nothing. */
export interface ReadOnlyViewer {
  kind: "viewer";
}

export type ReadOnlyView = ReadOnlyRun | ReadOnlyVersion | ReadOnlyViewer;

/** The signed-in user's role in the pipeline's workspace (GET /api/pipelines/{id}/ says it). */
export type WorkspaceRole = "owner" | "editor" | "viewer";

export interface ViewState {
  /** Set on /runs/{id}/ (the run's frozen graph), while a version is open, or for a
   * viewer's draft: no editing. */
  readOnly: ReadOnlyView | null;
  /** Null until the pipeline is loaded (or from a server that does not say). */
  role: WorkspaceRole | null;
  submitOpen: boolean;
  historyOpen: boolean;
  versionsOpen: boolean;
  publishOpen: boolean;
  deployOpen: boolean;
}

export const useViewStore = create<ViewState>()(() => ({
  readOnly: null,
  role: null,
  submitOpen: false,
  historyOpen: false,
  versionsOpen: false,
  publishOpen: false,
  deployOpen: false,
}));
