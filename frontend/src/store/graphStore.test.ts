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
});
