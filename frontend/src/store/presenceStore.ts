// Who else has this pipeline open (live/controller.ts keeps it current).
import { create } from "zustand";
import type { PresentPerson } from "../live/messages";

export interface PresenceState {
  /** Everyone listed on the pipeline channel, this tab included. */
  people: readonly PresentPerson[];
  /** This tab's own entry. */
  you: string | null;
}

export const usePresenceStore = create<PresenceState>()(() => ({ people: [], you: null }));
