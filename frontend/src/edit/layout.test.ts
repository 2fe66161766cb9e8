import { describe, expect, it } from "vitest";
import { layoutGraph, type LayoutNode } from "./layout";

const node = (id: string, inputs: string[], outputs: string[]): LayoutNode => ({
  id,
  width: 200,
  height: 80,
  inputs,
  outputs,
});

describe("auto-layout", () => {
  it("places a chain left to right and a join after both its inputs", async () => {
    const nodes = [
      node("eval", ["scored"], ["metrics"]),
      node("algo", [], ["model"]),
      node("train", ["model", "dataset"], ["model"]),
      node("data", [], ["dataset"]),
    ];
    const edges = [
      { source: "data", source_port: "dataset", target: "train", target_port: "dataset" },
      { source: "algo", source_port: "model", target: "train", target_port: "model" },
      { source: "train", source_port: "model", target: "eval", target_port: "scored" },
    ];
    const positions = await layoutGraph(nodes, edges);
    const x = (id: string) => positions.get(id)!.x;
    expect(positions.size).toBe(4);
    expect(x("data")).toBeLessThan(x("train"));
    expect(x("algo")).toBeLessThan(x("train"));
    expect(x("train")).toBeLessThan(x("eval"));
    // The two sources share a column without overlapping.
    expect(x("data")).toBe(x("algo"));
    expect(Math.abs(positions.get("data")!.y - positions.get("algo")!.y)).toBeGreaterThanOrEqual(80);
  });

  it("ignores wires to ports a node does not have", async () => {
    const positions = await layoutGraph(
      [node("a", [], ["out"]), node("b", ["in"], [])],
      [{ source: "a", source_port: "gone", target: "b", target_port: "in" }],
    );
    expect(positions.size).toBe(2);
  });
});
