import { beforeEach, describe, expect, it } from "vitest";
import { backToDraftView, draftView, mayDo, showsPast, type CanvasAction } from "./access";
import { useViewStore } from "./viewStore";

const ACTIONS: CanvasAction[] = [
  "edit",
  "run",
  "cancel",
  "resume",
  "publish",
  "deploy",
  "nameVersion",
  "restoreVersion",
  "import",
  "clone",
];

describe("what each role may do on the canvas", () => {
  it("offers a viewer nothing that changes the pipeline", () => {
    expect(ACTIONS.filter((a) => mayDo("viewer", a))).toEqual([]);
  });

  it("offers editors and owners everything", () => {
    for (const role of ["editor", "owner"] as const) {
      expect(ACTIONS.filter((a) => !mayDo(role, a))).toEqual([]);
    }
  });

  it("does not hold back anyone when the server did not say the role", () => {
    expect(ACTIONS.every((a) => mayDo(null, a))).toBe(true);
  });
});

describe("the draft's view", () => {
  beforeEach(() => {
    useViewStore.setState({ readOnly: null, role: null });
  });

  it("is read-only for a viewer and editable for everyone else", () => {
    expect(draftView("viewer")).toEqual({ kind: "viewer" });
    expect(draftView("editor")).toBeNull();
    expect(draftView("owner")).toBeNull();
    expect(draftView(null)).toBeNull();
  });

  it("counts only a past run or a saved version as something other than the draft", () => {
    expect(showsPast(null)).toBe(false);
    expect(showsPast({ kind: "viewer" })).toBe(false);
    expect(showsPast({ kind: "version", number: 2, name: "" })).toBe(true);
    expect(showsPast({ runId: "7", number: 1 })).toBe(true);
  });

  it("keeps a viewer read-only when they go back from a version to the draft", () => {
    useViewStore.setState({ role: "viewer", readOnly: { kind: "version", number: 2, name: "" } });
    backToDraftView();
    expect(useViewStore.getState().readOnly).toEqual({ kind: "viewer" });

    useViewStore.setState({ role: "editor", readOnly: { kind: "version", number: 2, name: "" } });
    backToDraftView();
    expect(useViewStore.getState().readOnly).toBeNull();
  });
});
