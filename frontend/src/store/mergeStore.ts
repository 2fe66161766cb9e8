// A merge waiting for the user: the fields both they and I changed, and what the user
// has chosen so far for each (save/controller.ts opens it, designer/MergeDialog.tsx shows it).
import { create } from "zustand";
import type { MergeConflict, Side } from "../save/merge";

export interface PendingMerge {
  /** Who saved the copy that clashes ("someone" when unknown, e.g. after a 409). */
  savedBy: string;
  /** Their revision, which the merge is saved on top of. */
  revision: number;
  conflicts: readonly MergeConflict[];
  /** Node titles by id, for the rows. */
  titles: Readonly<Record<string, string>>;
}

export interface MergeState {
  pending: PendingMerge | null;
  choices: Readonly<Record<string, Side>>;
}

export const useMergeStore = create<MergeState>()(() => ({ pending: null, choices: {} }));
