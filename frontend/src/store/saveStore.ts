// Autosave state for the header and the conflict banner. Transitions are the
// pure functions of save/autosave.ts; save/controller.ts drives them.
import { create } from "zustand";
import { initialSave, type SaveState } from "../save/autosave";

export interface SaveStoreState extends SaveState {
  /** A Reload or Save-as-copy is under way (conflict banner buttons). */
  resolving: boolean;
  /** Why Reload or Save as copy failed. */
  resolveError: string | null;
}

export const initialSaveStoreState: SaveStoreState = {
  ...initialSave(),
  resolving: false,
  resolveError: null,
};

export const useSaveStore = create<SaveStoreState>()(() => initialSaveStoreState);

export function updateSave(transition: (state: SaveState) => SaveState): void {
  useSaveStore.setState((store) => {
    const next = transition(store);
    return next === store ? store : { ...next };
  });
}
