// Drawing wires from the keyboard against the real graph store.
import { beforeEach, describe, expect, it } from "vitest";
import { MODULES, pipeline } from "../test/fixtures";
import { initialGraphState, useGraphStore } from "./graphStore";
import { cancelKeyboardWire, pickPortFromKeyboard, useKeyboardWireStore } from "./keyboardWireStore";

const graph = () => useGraphStore.getState();
const pending = () => useKeyboardWireStore.getState().pending;
const wires = () => graph().toDocument().edges.map((e) => `${e.source}.${e.source_port}->${e.target}.${e.target_port}`);

beforeEach(() => {
  useGraphStore.setState(initialGraphState);
  // The fixture's one wire (load -> split) is taken away: the split's input is free.
  graph().load(pipeline({ graph: { ...pipeline().graph, edges: [] } }), MODULES);
  useKeyboardWireStore.setState({ pending: null });
});

describe("a wire drawn with the keyboard", () => {
  it("joins an output picked with Enter to an input picked with Enter, as one undo step", () => {
    expect(pickPortFromKeyboard({ nodeId: "n0", port: "dataset", side: "out" })).toBe(
      "Wire from Iris dataset. Move to an input and press Enter; Escape cancels.",
    );
    expect(pending()).toEqual({ nodeId: "n0", port: "dataset", side: "out" });
    expect(pickPortFromKeyboard({ nodeId: "n1", port: "dataset", side: "in" })).toBe(
      "Wired Iris dataset to Split 70/30 dataset.",
    );
    expect(wires()).toEqual(["n0.dataset->n1.dataset"]);
    expect(pending()).toBeNull();
    graph().undo();
    expect(wires()).toEqual([]);
  });

  it("refuses a wire the canvas would refuse, saying why, and keeps the start for another try", () => {
    graph().addNode(graph().registry.bySlug.get("train_model")!, { x: 300, y: 0 });
    pickPortFromKeyboard({ nodeId: "n0", port: "dataset", side: "out" });
    expect(pickPortFromKeyboard({ nodeId: "train_model-1", port: "model", side: "in" })).toBeNull();
    expect(graph().wireRefusal?.reason).toMatch(/DataFrame/);
    expect(wires()).toEqual([]);
    expect(pending()).toEqual({ nodeId: "n0", port: "dataset", side: "out" });
    pickPortFromKeyboard({ nodeId: "train_model-1", port: "dataset", side: "in" });
    expect(wires()).toEqual(["n0.dataset->train_model-1.dataset"]);
  });

  it("drops the start on Escape", () => {
    expect(cancelKeyboardWire()).toBe(false);
    pickPortFromKeyboard({ nodeId: "n1", port: "dataset", side: "in" });
    expect(cancelKeyboardWire()).toBe(true);
    expect(pending()).toBeNull();
    expect(wires()).toEqual([]);
  });
});
