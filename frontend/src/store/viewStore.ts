// Which run-side overlays are open, and whether the canvas shows a past run read-only.
import { create } from "zustand";

export interface ReadOnlyRun {
  runId: string;
  number: number;
}

export interface ViewState {
  /** Set on /runs/{id}/: the canvas shows the run's frozen graph and cannot be edited. */
  readOnly: ReadOnlyRun | null;
  submitOpen: boolean;
  historyOpen: boolean;
  publishOpen: boolean;
  deployOpen: boolean;
}

export const useViewStore = create<ViewState>()(() => ({
  readOnly: null,
  submitOpen: false,
  historyOpen: false,
  publishOpen: false,
  deployOpen: false,
}));
