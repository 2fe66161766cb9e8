// The graph store's editing actions with undo/redo.
import { beforeEach, describe, expect, it } from "vitest";
import { MODULES, pipeline } from "../test/fixtures";
import { initialGraphState, useGraphStore } from "./graphStore";

const store = () => useGraphStore.getState();
const ids = () => store().nodes.map((n) => n.id);

beforeEach(() => {
  useGraphStore.setState(initialGraphState);
  store().load(pipeline(), MODULES);
});

describe("editing with undo/redo", () => {
  it("undoes and redoes adding a node, counting edits for autosave", () => {
    store().addNode(store().registry.bySlug.get("train_model")!, { x: 0, y: 0 });
    expect(ids()).toEqual(["n0", "n1", "train_model-1"]);
    const v = store().editVersion;
    store().undo();
    expect(ids()).toEqual(["n0", "n1"]);
    expect(store().selectedNodeId).toBeNull();
    expect(store().editVersion).toBe(v + 1);
    store().redo();
    expect(ids()).toEqual(["n0", "n1", "train_model-1"]);
    expect(store().history.future).toHaveLength(0);
  });

  it("makes one undo step of a whole drag", () => {
    const { onNodesChange } = store();
    onNodesChange([{ type: "position", id: "n0", position: { x: 1, y: 1 }, dragging: true }]);
    onNodesChange([{ type: "position", id: "n0", position: { x: 2, y: 2 }, dragging: true }]);
    onNodesChange([{ type: "position", id: "n0", position: { x: 30, y: 40 }, dragging: true }]);
    onNodesChange([{ type: "position", id: "n0", dragging: false }]);
    expect(store().history.past).toHaveLength(1);
    store().undo();
    expect(store().nodes[0]?.position).toEqual({ x: 0, y: 0 });
    store().redo();
    expect(store().nodes[0]?.position).toEqual({ x: 30, y: 40 });
    // The next drag is a new step.
    store().onNodesChange([{ type: "position", id: "n0", position: { x: 5, y: 5 }, dragging: true }]);
    expect(store().history.past).toHaveLength(2);
  });

  it("coalesces typing in one field but not across fields", () => {
    store().updateNodeData("n1", { label: "S" });
    store().updateNodeData("n1", { label: "Sp" });
    store().updateNodeData("n1", { label: "Spl" });
    expect(store().history.past).toHaveLength(1);
    store().updateNodeData("n1", { comment: "x" });
    expect(store().history.past).toHaveLength(2);
    store().undo();
    store().undo();
    expect(store().nodes[1]?.data.label).toBe("Split 70/30");
  });

  it("undoes wiring and unwiring", () => {
    store().onEdgesChange([{ type: "remove", id: "n0:dataset->n1:dataset" }]);
    expect(store().edges).toEqual([]);
    store().undo();
    expect(store().edges).toHaveLength(1);
    const train = store().addNode(store().registry.bySlug.get("train_model")!, { x: 0, y: 0 });
    store().connect({ source: "n1", sourceHandle: "train", target: train, targetHandle: "dataset" });
    expect(store().edges).toHaveLength(2);
    store().undo();
    expect(store().edges).toHaveLength(1);
  });

  it("deletes the selection with its wires in one step", () => {
    store().selectNodes(["n0"]);
    store().deleteSelection();
    expect(ids()).toEqual(["n1"]);
    expect(store().edges).toEqual([]);
    store().undo();
    expect(ids()).toEqual(["n0", "n1"]);
    expect(store().edges).toHaveLength(1);
  });

  it("copies and pastes with fresh ids, kept inner wires, and undo", () => {
    store().selectAll();
    const content = store().copySelection()!;
    const pasted = store().paste(content);
    expect(pasted).toEqual(["load_csv-1", "split_data-1"]);
    expect(store().nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(pasted);
    expect(store().toDocument().edges).toContainEqual({
      source: "load_csv-1",
      source_port: "dataset",
      target: "split_data-1",
      target_port: "dataset",
    });
    expect(store().nodes.find((n) => n.id === "split_data-1")?.position).toEqual({ x: 160, y: 120 });
    // A second paste lands further along.
    store().paste(content);
    expect(store().nodes.find((n) => n.id === "split_data-2")?.position).toEqual({ x: 200, y: 160 });
    store().undo();
    store().undo();
    expect(ids()).toEqual(["n0", "n1"]);
  });

  it("pastes into another pipeline, bringing the pipeline parameters along", () => {
    store().selectNodes(["n1"]);
    const content = store().copySelection()!;
    store().load(pipeline({ id: 8, graph: { schema: 1, nodes: [], edges: [], parameters: [] } }), MODULES);
    store().paste(content);
    const doc = store().toDocument();
    expect(doc.nodes.map((n) => n.id)).toEqual(["split_data-1"]);
    expect(doc.parameters).toEqual([{ name: "seed", type: "int", default: 42 }]);
  });

  it("moves nodes (auto-layout) in one undoable step", () => {
    store().moveNodes(
      new Map([
        ["n0", { x: 10, y: 10 }],
        ["n1", { x: 300, y: 10 }],
      ]),
    );
    expect(store().nodes.map((n) => n.position)).toEqual([
      { x: 10, y: 10 },
      { x: 300, y: 10 },
    ]);
    store().undo();
    expect(store().nodes.map((n) => n.position)).toEqual([
      { x: 0, y: 0 },
      { x: 120, y: 80 },
    ]);
  });

  it("promotes and demotes a param, undoably", () => {
    const fraction = store().nodes[1]!.data.definition.params.find((p) => p.name === "fraction")!;
    store().promoteParam("n1", fraction);
    let doc = store().toDocument();
    expect(doc.nodes[1]?.params.fraction).toEqual({ $param: "fraction" });
    expect(doc.parameters.map((p) => p.name)).toEqual(["seed", "fraction"]);
    expect(doc.parameters[1]?.default).toBe(0.7);

    store().demoteParam("n1", "fraction");
    doc = store().toDocument();
    expect(doc.nodes[1]?.params.fraction).toBe(0.7);
    expect(doc.parameters.map((p) => p.name)).toEqual(["seed"]);

    store().undo();
    expect(store().toDocument().parameters.map((p) => p.name)).toEqual(["seed", "fraction"]);
    store().undo();
    expect(store().toDocument().nodes[1]?.params.fraction).toBe(0.7);
    expect(store().toDocument().parameters.map((p) => p.name)).toEqual(["seed"]);
  });

  it("forgets history when another pipeline is loaded", () => {
    store().addNode(store().registry.bySlug.get("train_model")!, { x: 0, y: 0 });
    store().load(pipeline(), MODULES);
    expect(store().history.past).toEqual([]);
  });
});

describe("placing a dropped node", () => {
  it("settles its position without a new undo step", () => {
    const id = store().addNode(store().registry.bySlug.get("train_model")!, { x: 0, y: 0 });
    const v = store().editVersion;
    store().settleNode(id, { x: 10.4, y: 20.6 });
    expect(store().nodes.at(-1)?.position).toEqual({ x: 10, y: 21 });
    expect(store().editVersion).toBe(v + 1);
    expect(store().history.past).toHaveLength(1);
    store().undo();
    expect(ids()).toEqual(["n0", "n1"]);
  });
});

describe("pasting out of sight", () => {
  it("centres the pasted nodes in the given view", () => {
    store().selectNodes(["n0"]);
    const content = store().copySelection()!;
    const [id] = store().paste(content, { x: 5000, y: 5000, width: 1000, height: 1000 });
    expect(store().nodes.find((n) => n.id === id)?.position).toEqual({ x: 5500, y: 5500 });
  });
});
