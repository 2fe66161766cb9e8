import { beforeEach, describe, expect, it } from "vitest";
import { MODULES, pipeline } from "../test/fixtures";
import { initialGraphState, useGraphStore } from "./graphStore";

beforeEach(() => {
  useGraphStore.setState(initialGraphState);
  useGraphStore.getState().load(pipeline(), MODULES);
});

describe("graph store", () => {
  it("loads a pipeline into nodes and edges", () => {
    const s = useGraphStore.getState();
    expect(s.pipeline?.name).toBe("Iris");
    expect(s.nodes.map((n) => n.id)).toEqual(["n0", "n1"]);
    expect(s.edges).toHaveLength(1);
    expect(s.toDocument()).toEqual(pipeline().graph);
  });

  it("selects one node, replacing only the nodes that change", () => {
    const before = useGraphStore.getState().nodes;
    useGraphStore.getState().select("n1");
    const after = useGraphStore.getState().nodes;
    expect(useGraphStore.getState().selectedNodeId).toBe("n1");
    expect(after[0]).toBe(before[0]);
    expect(after[1]?.selected).toBe(true);
    expect(before[1]?.selected).toBeUndefined();

    useGraphStore.getState().select(null);
    expect(useGraphStore.getState().selectedNodeId).toBeNull();
    expect(useGraphStore.getState().nodes[1]?.selected).toBe(false);
  });

  it("ignores selecting a node that does not exist", () => {
    useGraphStore.getState().select("nope");
    expect(useGraphStore.getState().selectedNodeId).toBeNull();
  });

  it("follows React Flow's select and position changes", () => {
    const { onNodesChange } = useGraphStore.getState();
    onNodesChange([{ type: "select", id: "n0", selected: true }]);
    expect(useGraphStore.getState().selectedNodeId).toBe("n0");
    onNodesChange([{ type: "position", id: "n0", position: { x: 50, y: 60 } }]);
    expect(useGraphStore.getState().nodes[0]?.position).toEqual({ x: 50, y: 60 });
    expect(useGraphStore.getState().toDocument().nodes[0]?.position).toEqual({ x: 50, y: 60 });
    onNodesChange([{ type: "select", id: "n0", selected: false }]);
    expect(useGraphStore.getState().selectedNodeId).toBeNull();
  });

  it("groups problems by node", () => {
    useGraphStore.getState().setIssues([
      { node_id: "n1", port: "dataset", message: "required input" },
      { node_id: null, message: "the graph has a cycle" },
    ]);
    const s = useGraphStore.getState();
    expect(Object.keys(s.issues)).toEqual(["n1"]);
    expect(s.graphIssues.map((i) => i.message)).toEqual(["the graph has a cycle"]);
  });

  it("adds a node from the registry, selected, with defaults, counting an edit", () => {
    const s0 = useGraphStore.getState();
    const id = s0.addNode(s0.registry.bySlug.get("split_data")!, { x: 5, y: 6 });
    const s = useGraphStore.getState();
    expect(id).toBe("split_data-1");
    expect(s.selectedNodeId).toBe(id);
    expect(s.nodes.at(-1)?.data.params).toEqual({ fraction: 0.7, seed: 0 });
    expect(s.editVersion).toBe(s0.editVersion + 1);
    expect(s.toDocument().nodes.at(-1)).toMatchObject({ id, module: "split_data", label: "Split Data" });
  });

  it("connects legal wires and refuses illegal ones with a reason", () => {
    const { addNode, registry } = useGraphStore.getState();
    const train = addNode(registry.bySlug.get("train_model")!, { x: 0, y: 0 });
    const { connect } = useGraphStore.getState();
    expect(connect({ source: "n1", sourceHandle: "train", target: train, targetHandle: "model" })).toBe(false);
    expect(useGraphStore.getState().wireRefusal?.reason).toBe(
      "DataFrame output cannot feed a UntrainedModel input",
    );
    expect(connect({ source: "n1", sourceHandle: "train", target: train, targetHandle: "dataset" })).toBe(true);
    const s = useGraphStore.getState();
    expect(s.wireRefusal).toBeNull();
    expect(s.toDocument().edges).toContainEqual({
      source: "n1",
      source_port: "train",
      target: train,
      target_port: "dataset",
    });
  });

  it("updates one node's data, keeping the others' identity", () => {
    const before = useGraphStore.getState();
    before.updateNodeData("n1", { params: { fraction: 0.5 } });
    const after = useGraphStore.getState();
    expect(after.nodes[0]).toBe(before.nodes[0]);
    expect(after.nodes[1]?.data.params).toEqual({ fraction: 0.5 });
    expect(after.editVersion).toBe(before.editVersion + 1);
    after.updateNodeData("n1", { params: after.nodes[1]!.data.params });
    expect(useGraphStore.getState().editVersion).toBe(after.editVersion);
  });

  it("removes a node with its wires", () => {
    useGraphStore.getState().select("n0");
    useGraphStore.getState().onNodesChange([{ type: "remove", id: "n0" }]);
    const s = useGraphStore.getState();
    expect(s.nodes.map((n) => n.id)).toEqual(["n1"]);
    expect(s.edges).toEqual([]);
    expect(s.selectedNodeId).toBeNull();
  });

  it("does not count selection as an edit", () => {
    const v = useGraphStore.getState().editVersion;
    useGraphStore.getState().onNodesChange([{ type: "select", id: "n0", selected: true }]);
    useGraphStore.getState().onEdgesChange([{ type: "select", id: "n0:dataset->n1:dataset", selected: true }]);
    expect(useGraphStore.getState().editVersion).toBe(v);
    useGraphStore.getState().onEdgesChange([{ type: "remove", id: "n0:dataset->n1:dataset" }]);
    expect(useGraphStore.getState().edges).toEqual([]);
    expect(useGraphStore.getState().editVersion).toBe(v + 1);
  });
});
