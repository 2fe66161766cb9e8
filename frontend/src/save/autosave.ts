// The autosave state machine, pure. Versions count local edits (graphStore's
// `editVersion`); a save sends one version and, on success, everything up to
// it is saved. Edits made while a save is in flight leave the state dirty.
// "merging": someone else saved and their change is being merged into the draft (or the
// user is choosing, field by field, in the merge dialog); nothing is sent meanwhile.
export type SaveStatus = "saved" | "dirty" | "saving" | "merging" | "conflict" | "error";

export interface SaveState {
  status: SaveStatus;
  /** The newest local edit. */
  editVersion: number;
  /** The newest edit the server has. */
  savedVersion: number;
  /** The edit version being sent, if a save is in flight. */
  inFlight: number | null;
  /** Why the last save failed (status "error"). */
  error: string | null;
  /** The server's revision when a save hit a conflict. */
  conflictRevision: number | null;
}

export function initialSave(version = 0): SaveState {
  return {
    status: "saved",
    editVersion: version,
    savedVersion: version,
    inFlight: null,
    error: null,
    conflictRevision: null,
  };
}

function settle(state: SaveState): SaveState {
  if (state.status === "conflict" || state.status === "merging") return state;
  if (state.inFlight !== null) return { ...state, status: "saving" };
  if (state.status === "error" && state.editVersion > state.savedVersion) return state;
  return { ...state, status: state.editVersion > state.savedVersion ? "dirty" : "saved" };
}

export function edited(state: SaveState, version: number): SaveState {
  if (version <= state.editVersion) return state;
  // A new edit after a failure gets a fresh attempt; a conflict waits for the user.
  const status = state.status === "error" ? "dirty" : state.status;
  return settle({ ...state, status, editVersion: version });
}

/** Whether a save should start now (something unsaved, nothing in flight, no conflict). */
export function shouldSave(state: SaveState): boolean {
  return (
    state.inFlight === null &&
    state.status !== "conflict" &&
    state.status !== "merging" &&
    state.editVersion > state.savedVersion
  );
}

export function saveStarted(state: SaveState): SaveState {
  return { ...state, status: "saving", inFlight: state.editVersion, error: null };
}

export function saveSucceeded(state: SaveState): SaveState {
  const sent = state.inFlight ?? state.savedVersion;
  return settle({ ...state, savedVersion: Math.max(state.savedVersion, sent), inFlight: null, status: "dirty" });
}

/** The server already has edit `version` (it made the save itself, e.g. a restore): nothing to send. */
export function savedElsewhere(state: SaveState, version: number): SaveState {
  const editVersion = Math.max(state.editVersion, version);
  return settle({ ...state, status: "dirty", editVersion, savedVersion: editVersion, inFlight: null, error: null });
}

export function saveFailed(state: SaveState, error: string): SaveState {
  return { ...state, status: "error", inFlight: null, error };
}

export function saveConflicted(state: SaveState, revision: number | null): SaveState {
  return { ...state, status: "conflict", inFlight: null, conflictRevision: revision };
}

/** A save by someone else is being merged in: autosave waits. */
export function mergeStarted(state: SaveState): SaveState {
  return { ...state, status: "merging", inFlight: null, error: null, conflictRevision: null };
}

/** The merge is on the canvas; what it changed beyond their copy is unsaved until sent. */
export function mergeFinished(state: SaveState): SaveState {
  return settle({ ...state, status: "dirty" });
}

export function saveLabel(state: SaveState): string {
  switch (state.status) {
    case "saved":
      return "Saved";
    case "saving":
      return "Saving…";
    case "dirty":
      return "Unsaved changes";
    case "merging":
      return "Merging changes…";
    case "conflict":
      return "Conflict";
    case "error":
      return "Unsaved changes";
  }
}

/** Whether leaving the page now would lose edits. */
export function hasUnsaved(state: SaveState): boolean {
  return state.editVersion > state.savedVersion;
}
