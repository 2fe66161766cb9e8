import { describe, expect, it } from "vitest";
import { announcePick, asWireStart, pickPort, type PortRef } from "./keyboardWire";

const out: PortRef = { nodeId: "load", port: "dataset", side: "out" };
const into: PortRef = { nodeId: "split", port: "dataset", side: "in" };
const title = (id: string) => ({ load: "Iris", split: "Split" })[id] ?? id;

describe("drawing a wire with the keyboard", () => {
  it("starts a wire at the first port picked", () => {
    expect(pickPort(null, out)).toEqual({ kind: "start", from: out });
    expect(pickPort(null, into)).toEqual({ kind: "start", from: into });
  });

  it("connects an output to an input, whichever was picked first", () => {
    const wire = { source: "load", sourceHandle: "dataset", target: "split", targetHandle: "dataset" };
    expect(pickPort(out, into)).toEqual({ kind: "connect", connection: wire });
    expect(pickPort(into, out)).toEqual({ kind: "connect", connection: wire });
  });

  it("cancels when the picked port is picked again", () => {
    expect(pickPort(out, out)).toEqual({ kind: "cancel" });
  });

  it("moves the start to another port of the same side", () => {
    const other: PortRef = { nodeId: "split", port: "train", side: "out" };
    expect(pickPort(out, other)).toEqual({ kind: "start", from: other });
  });

  it("lights ports up as a drag from the picked port would", () => {
    expect(asWireStart(out)).toEqual({ nodeId: "load", handleId: "dataset", type: "source" });
    expect(asWireStart(into)).toEqual({ nodeId: "split", handleId: "dataset", type: "target" });
  });

  it("says what happened in words", () => {
    expect(announcePick(pickPort(null, out), title)).toBe(
      "Wire from Iris dataset. Move to an input and press Enter; Escape cancels.",
    );
    expect(announcePick(pickPort(out, into), title)).toBe("Wired Iris dataset to Split dataset.");
    expect(announcePick(pickPort(out, out), title)).toBe("Wire cancelled.");
  });
});
