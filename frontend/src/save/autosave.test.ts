import { describe, expect, it } from "vitest";
import {
  edited,
  hasUnsaved,
  initialSave,
  mergeFinished,
  mergeStarted,
  saveConflicted,
  saveFailed,
  saveLabel,
  saveStarted,
  saveSucceeded,
  shouldSave,
} from "./autosave";

describe("autosave state", () => {
  it("goes saved -> dirty -> saving -> saved", () => {
    let s = initialSave(0);
    expect(saveLabel(s)).toBe("Saved");
    expect(shouldSave(s)).toBe(false);
    s = edited(s, 1);
    expect(saveLabel(s)).toBe("Unsaved changes");
    expect(shouldSave(s)).toBe(true);
    s = saveStarted(s);
    expect(saveLabel(s)).toBe("Saving…");
    expect(s.inFlight).toBe(1);
    expect(shouldSave(s)).toBe(false);
    s = saveSucceeded(s);
    expect(s.status).toBe("saved");
    expect(hasUnsaved(s)).toBe(false);
  });

  it("stays dirty when edits arrive during a save", () => {
    let s = saveStarted(edited(initialSave(0), 1));
    s = edited(s, 2);
    expect(s.status).toBe("saving");
    s = saveSucceeded(s);
    expect(s).toMatchObject({ status: "dirty", savedVersion: 1, editVersion: 2 });
    expect(shouldSave(s)).toBe(true);
  });

  it("ignores stale edit versions", () => {
    const s = edited(initialSave(5), 3);
    expect(s.status).toBe("saved");
  });

  it("stops on a conflict and keeps the edits unsaved", () => {
    let s = saveConflicted(saveStarted(edited(initialSave(0), 1)), 9);
    expect(saveLabel(s)).toBe("Conflict");
    expect(s.conflictRevision).toBe(9);
    s = edited(s, 2);
    expect(s.status).toBe("conflict");
    expect(shouldSave(s)).toBe(false);
    expect(hasUnsaved(s)).toBe(true);
  });

  it("reports a failure, and tries again on the next edit", () => {
    let s = saveFailed(saveStarted(edited(initialSave(0), 1)), "Network error");
    expect(s).toMatchObject({ status: "error", error: "Network error", inFlight: null });
    expect(saveLabel(s)).toBe("Unsaved changes");
    expect(shouldSave(s)).toBe(true);
    s = edited(s, 2);
    expect(s.status).toBe("dirty");
    s = saveSucceeded(saveStarted(s));
    expect(s).toMatchObject({ status: "saved", error: null, savedVersion: 2 });
  });

  it("sends nothing while someone else's save is merged in, then saves the merge", () => {
    let s = saveStarted(edited(initialSave(0), 1));
    s = mergeStarted(s); // the save got 409
    expect(saveLabel(s)).toBe("Merging changes…");
    expect(s.inFlight).toBeNull();
    s = edited(s, 2);
    expect(shouldSave(s)).toBe(false);
    expect(s.status).toBe("merging");
    s = mergeFinished(edited(s, 3));
    expect(s.status).toBe("dirty");
    expect(shouldSave(s)).toBe(true);
    expect(hasUnsaved(s)).toBe(true);
  });
});
