import { describe, expect, it } from "vitest";
import { buildRegistry } from "../nodes/registry";
import { MODULES } from "../test/fixtures";
import { buildOverlay } from "./overlay";
import { graphDiff, newerGraph, removedTrain, runNode } from "./testDiffs";

const registry = buildRegistry(MODULES);

describe("buildOverlay", () => {
  it("draws the newer graph and what was removed, each node marked", () => {
    const { nodes } = buildOverlay(newerGraph(), graphDiff(), registry);
    expect(nodes.map((n) => [n.id, n.data.mark])).toEqual([
      ["n0", "unchanged"],
      ["n1", "changed"],
      ["n3", "added"],
      ["n2", "removed"],
    ]);
    // The removed node stands ghosted where it was, under the others, and keeps its ports.
    const removed = nodes.find((n) => n.id === "n2");
    expect(removed?.position).toEqual(removedTrain.position);
    expect(removed?.zIndex).toBe(-1);
    expect(removed?.data.title).toBe("Train Model");
    expect(removed?.data.inputs).toEqual(["model", "dataset"]);
    expect(nodes.find((n) => n.id === "n3")?.data).toMatchObject({ title: "Holdout", moduleName: "Split Data" });
    expect(nodes.every((n) => n.draggable === false && n.data.run === null)).toBe(true);
  });

  it("marks wires added and removed, with an icon and words besides the colour", () => {
    const { edges } = buildOverlay(newerGraph(), graphDiff(), registry);
    expect(edges.map((e) => [e.source, e.target, e.data?.mark])).toEqual([
      ["n0", "n1", "unchanged"],
      ["n0", "n3", "added"],
      ["n1", "n2", "removed"],
    ]);
    const removed = edges[2];
    expect(removed?.label).toBe("−");
    expect(removed?.ariaLabel).toBe("removed wire n1.train → n2.dataset");
    expect(removed?.className).toContain("pw-diff-edge--removed");
    expect(edges[1]?.label).toBe("+");
    expect(edges[0]?.label).toBeUndefined();
    expect(new Set(edges.map((e) => e.id)).size).toBe(3);
  });

  it("marks only as many copies of a twice-drawn wire added as were added", () => {
    const newer = newerGraph();
    newer.edges.push({ source: "n0", source_port: "dataset", target: "n3", target_port: "dataset" });
    const { edges } = buildOverlay(newer, graphDiff(), registry);
    const twice = edges.filter((e) => e.target === "n3");
    expect(twice.map((e) => e.data?.mark)).toEqual(["added", "unchanged"]);
    expect(twice[0]?.id).not.toBe(twice[1]?.id);
  });

  it("gives a node the ports a wire of either graph uses, even one its module no longer declares", () => {
    const diff = graphDiff();
    diff.wires.push({ change: "removed", source: "n0", source_port: "old_output", target: "n3", target_port: "dataset" });
    const { nodes, edges } = buildOverlay(newerGraph(), diff, registry);
    expect(nodes.find((n) => n.id === "n0")?.data.outputs).toEqual(["dataset", "old_output"]);
    expect(edges.some((e) => e.sourceHandle === "old_output")).toBe(true);
  });

  it("adds each node's status in both runs and whether its outputs are the same", () => {
    const runNodes = [
      runNode("n0"),
      runNode("n1", { b: null, outputs_equal: null }),
      runNode("n3", { a: null, outputs_equal: false }),
    ];
    const { nodes } = buildOverlay(newerGraph(), graphDiff(), registry, runNodes);
    const run = Object.fromEntries(nodes.map((n) => [n.id, n.data.run]));
    expect(run.n0).toEqual({ a: "completed", b: "completed", outputsEqual: true });
    expect(run.n1).toEqual({ a: "completed", b: null, outputsEqual: null });
    expect(run.n3).toEqual({ a: null, b: "completed", outputsEqual: false });
    expect(run.n2).toBeNull();
  });
});
