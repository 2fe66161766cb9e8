// Which run-side overlays are open, and whether the canvas shows a past run or a past
// version of the pipeline read-only.
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

export type ReadOnlyView = ReadOnlyRun | ReadOnlyVersion;

export interface ViewState {
  /** Set on /runs/{id}/ (the run's frozen graph) or while a version is open: no editing. */
  readOnly: ReadOnlyView | null;
  submitOpen: boolean;
  historyOpen: boolean;
  versionsOpen: boolean;
  publishOpen: boolean;
  deployOpen: boolean;
}

export const useViewStore = create<ViewState>()(() => ({
  readOnly: null,
  submitOpen: false,
  historyOpen: false,
  versionsOpen: false,
  publishOpen: false,
  deployOpen: false,
}));
