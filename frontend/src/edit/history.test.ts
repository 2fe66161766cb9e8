import { describe, expect, it } from "vitest";
import { emptyHistory, HISTORY_LIMIT, record, redo, seal, undo, type Snapshot } from "./history";

const snap = (tag: string): Snapshot => ({ nodes: [], edges: [], parameters: [{ name: tag, type: "int", default: 0 }] });
const tag = (s: Snapshot | undefined) => s?.parameters[0]?.name;

describe("history", () => {
  it("undoes back to the recorded state and redoes forward", () => {
    let h = record(emptyHistory, snap("a"), { now: 0 });
    h = record(h, snap("b"), { now: 10 });
    const u1 = undo(h, snap("c"))!;
    expect(tag(u1.snapshot)).toBe("b");
    const u2 = undo(u1.history, u1.snapshot)!;
    expect(tag(u2.snapshot)).toBe("a");
    expect(undo(u2.history, u2.snapshot)).toBeNull();
    const r1 = redo(u2.history, u2.snapshot)!;
    expect(tag(r1.snapshot)).toBe("b");
    const r2 = redo(r1.history, r1.snapshot)!;
    expect(tag(r2.snapshot)).toBe("c");
    expect(redo(r2.history, r2.snapshot)).toBeNull();
  });

  it("drops the redo stack when a new edit is recorded", () => {
    const h = record(emptyHistory, snap("a"), { now: 0 });
    const u = undo(h, snap("b"))!;
    expect(u.history.future).toHaveLength(1);
    expect(record(u.history, u.snapshot, { now: 5 }).future).toEqual([]);
  });

  it("coalesces edits with the same key inside the window", () => {
    let h = record(emptyHistory, snap("a"), { key: "k", now: 0 });
    h = record(h, snap("b"), { key: "k", now: 500 });
    h = record(h, snap("c"), { key: "k", now: 1400 });
    expect(h.past.map(tag)).toEqual(["a"]);
    h = record(h, snap("d"), { key: "k", now: 3000 });
    expect(h.past.map(tag)).toEqual(["a", "d"]);
    h = record(h, snap("e"), { key: "other", now: 3001 });
    expect(h.past.map(tag)).toEqual(["a", "d", "e"]);
  });

  it("keeps a whole gesture in one entry with an infinite window until sealed", () => {
    let h = record(emptyHistory, snap("a"), { key: "drag", now: 0, windowMs: Infinity });
    h = record(h, snap("b"), { key: "drag", now: 60_000, windowMs: Infinity });
    expect(h.past).toHaveLength(1);
    h = record(seal(h), snap("c"), { key: "drag", now: 60_001, windowMs: Infinity });
    expect(h.past).toHaveLength(2);
  });

  it("never coalesces edits without a key and is bounded", () => {
    let h = emptyHistory;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = record(h, snap(String(i)), { now: i });
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(tag(h.past[0])).toBe("5");
  });
});
