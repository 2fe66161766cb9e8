import { describe, expect, it } from "vitest";
import type { GraphDocument, GraphEdge, GraphNode } from "../graph/types";
import { allChosen, canonical, conflictSubject, describeValue, mergeGraphs, type MergeConflict } from "./merge";

function node(id: string, params: Record<string, unknown> = {}, extra: Partial<GraphNode> = {}): GraphNode {
  return { id, module: "split_data", version: null, params, position: { x: 0, y: 0 }, label: id, ...extra };
}

function wire(source: string, target: string, targetPort = "dataset", sourcePort = "dataset"): GraphEdge {
  return { source, source_port: sourcePort, target, target_port: targetPort };
}

function doc(nodes: GraphNode[], edges: GraphEdge[] = [], extra: Partial<GraphDocument> = {}): GraphDocument {
  return { schema: 1, nodes, edges, parameters: [], ...extra };
}

/** base: data -> split -> train, each with a parameter or two. */
const base = doc(
  [node("data", { text: "a\n1\n" }), node("split", { fraction: 0.7, seed: 1 }), node("train", { depth: 3 })],
  [wire("data", "split"), wire("split", "train")],
);

function edit(document: GraphDocument, id: string, change: (n: GraphNode) => GraphNode): GraphDocument {
  return { ...document, nodes: document.nodes.map((n) => (n.id === id ? change(n) : n)) };
}

const setParam = (document: GraphDocument, id: string, name: string, value: unknown) =>
  edit(document, id, (n) => ({ ...n, params: { ...n.params, [name]: value } }));

const nodeOf = (document: GraphDocument, id: string) => document.nodes.find((n) => n.id === id);

describe("mergeGraphs", () => {
  it("merges edits of different nodes without asking", () => {
    const mine = setParam(base, "split", "fraction", 0.5);
    const theirs = setParam(base, "train", "depth", 8);
    const { document, conflicts } = mergeGraphs(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(nodeOf(document, "split")?.params).toEqual({ fraction: 0.5, seed: 1 });
    expect(nodeOf(document, "train")?.params).toEqual({ depth: 8 });
    expect(document.edges).toEqual(base.edges);
  });

  it("merges different parameters of one node, and fields beside parameters", () => {
    const mine = edit(setParam(base, "split", "fraction", 0.5), "split", (n) => ({ ...n, comment: "mine" }));
    const theirs = edit(setParam(base, "split", "seed", 9), "split", (n) => ({ ...n, label: "Split 50/50" }));
    const { document, conflicts } = mergeGraphs(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(nodeOf(document, "split")).toMatchObject({
      params: { fraction: 0.5, seed: 9 },
      comment: "mine",
      label: "Split 50/50",
    });
  });

  it("makes the same parameter changed differently a conflict, settled by the choice", () => {
    const mine = setParam(base, "split", "fraction", 0.5);
    const theirs = setParam(base, "split", "fraction", 0.8);
    const first = mergeGraphs(base, mine, theirs);
    expect(first.conflicts).toEqual([
      { id: "node:split:param:fraction", kind: "param", nodeId: "split", name: "fraction", base: 0.7, mine: 0.5, theirs: 0.8 },
    ]);
    const conflict = first.conflicts[0] as MergeConflict;
    expect(conflictSubject(conflict)).toBe("parameter fraction");
    expect([describeValue(conflict, "mine"), describeValue(conflict, "theirs")]).toEqual(["0.5", "0.8"]);
    expect(allChosen(first.conflicts, {})).toBe(false);
    const mineWins = mergeGraphs(base, mine, theirs, { choices: { [conflict.id]: "mine" } });
    expect(nodeOf(mineWins.document, "split")?.params.fraction).toBe(0.5);
    const theirsWin = mergeGraphs(base, mine, theirs, { choices: { [conflict.id]: "theirs" } });
    expect(nodeOf(theirsWin.document, "split")?.params.fraction).toBe(0.8);
    // The same change on both sides is no conflict.
    expect(mergeGraphs(base, mine, mine).conflicts).toEqual([]);
  });

  it("treats a parameter reset to its default (removed) against a change as a conflict", () => {
    const mine = edit(base, "split", (n) => ({ ...n, params: { seed: 1 } }));
    const theirs = setParam(base, "split", "fraction", 0.9);
    const { conflicts, document } = mergeGraphs(base, mine, theirs, { choices: { "node:split:param:fraction": "mine" } });
    expect(conflicts.map((c) => c.id)).toEqual(["node:split:param:fraction"]);
    expect(nodeOf(document, "split")?.params).toEqual({ seed: 1 });
    expect(describeValue(conflicts[0] as MergeConflict, "mine")).toBe("(default)");
  });

  it("merges script code edited by one side and conflicts when both change it", () => {
    const code = { language: "python", source: "return df,\n" };
    const withScript = setParam(base, "train", "script", code);
    const mine = setParam(withScript, "train", "script", { language: "python", source: "df = df.dropna()\nreturn df,\n" });
    expect(mergeGraphs(withScript, mine, withScript).document).toEqual(mine);
    const theirs = setParam(withScript, "train", "script", { source: "return df.head(),\n", language: "python" });
    expect(mergeGraphs(withScript, mine, theirs).conflicts.map((c) => c.id)).toEqual(["node:train:param:script"]);
    // Key order is not a change.
    const reordered = setParam(withScript, "train", "script", { source: "return df,\n", language: "python" });
    expect(mergeGraphs(withScript, mine, reordered).conflicts).toEqual([]);
  });

  it("makes delete versus edit a conflict, and keeps the edited node with its wires when chosen", () => {
    const mine = setParam(base, "train", "depth", 10);
    const theirs = doc(base.nodes.filter((n) => n.id !== "train"), [wire("data", "split")]);
    const { conflicts, document } = mergeGraphs(base, mine, theirs);
    expect(conflicts.map((c) => [c.id, c.kind])).toEqual([["node:train", "node"]]);
    const conflict = conflicts[0] as MergeConflict;
    expect([describeValue(conflict, "mine"), describeValue(conflict, "theirs")]).toEqual(["kept, with changes", "deleted"]);
    expect(nodeOf(document, "train")).toBeUndefined();
    expect(document.edges).toEqual([wire("data", "split")]);

    const kept = mergeGraphs(base, mine, theirs, { choices: { "node:train": "mine" } }).document;
    expect(nodeOf(kept, "train")?.params).toEqual({ depth: 10 });
    expect(kept.edges).toEqual(base.edges);
    // The other way round: I deleted, they edited.
    expect(mergeGraphs(base, theirs, mine).conflicts.map((c) => c.id)).toEqual(["node:train"]);
  });

  it("lets a deletion stand against a node only moved, or left alone, on the other side", () => {
    const moved = edit(base, "train", (n) => ({ ...n, position: { x: 400, y: 90 } }));
    const deleted = doc(base.nodes.filter((n) => n.id !== "train"), [wire("data", "split")]);
    for (const other of [moved, base]) {
      const { conflicts, document } = mergeGraphs(base, other, deleted);
      expect(conflicts).toEqual([]);
      expect(document.nodes.map((n) => n.id)).toEqual(["data", "split"]);
      expect(document.edges).toEqual([wire("data", "split")]);
    }
  });

  it("merges moves of different nodes and of one node moved by one side", () => {
    const mine = edit(base, "data", (n) => ({ ...n, position: { x: 10, y: 20 } }));
    const theirs = edit(base, "train", (n) => ({ ...n, position: { x: 300, y: 40 } }));
    const { document, conflicts } = mergeGraphs(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(nodeOf(document, "data")?.position).toEqual({ x: 10, y: 20 });
    expect(nodeOf(document, "train")?.position).toEqual({ x: 300, y: 40 });
    const clash = edit(base, "data", (n) => ({ ...n, position: { x: 99, y: 99 } }));
    expect(mergeGraphs(base, mine, clash).conflicts.map((c) => c.id)).toEqual(["node:data:field:position"]);
  });

  it("keeps nodes and wires added on each side", () => {
    const mine = doc([...base.nodes, node("score")], [...base.edges, wire("train", "score", "model", "model")]);
    const theirs = doc([...base.nodes, node("evaluate")], [...base.edges, wire("split", "evaluate")]);
    const { document, conflicts } = mergeGraphs(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(document.nodes.map((n) => n.id)).toEqual(["data", "split", "train", "evaluate", "score"]);
    expect(document.edges).toEqual([...base.edges, wire("split", "evaluate"), wire("train", "score", "model", "model")]);
  });

  it("keeps both nodes when both sides added one under the same id", () => {
    const mine = doc([...base.nodes, node("split_data-1", { fraction: 0.2 })], [...base.edges, wire("data", "split_data-1")]);
    const theirs = doc([...base.nodes, node("split_data-1", { fraction: 0.9 })], base.edges);
    const { document, conflicts, renamed } = mergeGraphs(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(renamed).toEqual({ "split_data-1": "split_data-2" });
    expect(document.nodes.map((n) => [n.id, n.params.fraction])).toEqual([
      ["data", undefined],
      ["split", 0.7],
      ["train", undefined],
      ["split_data-1", 0.9],
      ["split_data-2", 0.2],
    ]);
    expect(document.edges).toContainEqual(wire("data", "split_data-2"));
    expect(document.edges).not.toContainEqual(wire("data", "split_data-1"));
  });

  it("merges wires removed on one side and conflicts when one input is rewired differently", () => {
    const extra = doc([...base.nodes, node("other")], base.edges);
    const mineRemoved = { ...extra, edges: [wire("data", "split")] };
    expect(mergeGraphs(extra, mineRemoved, extra).document.edges).toEqual([wire("data", "split")]);

    const mine = { ...extra, edges: [wire("data", "split"), wire("other", "train")] };
    const theirs = { ...extra, edges: [wire("data", "split"), wire("data", "train")] };
    const { conflicts, document } = mergeGraphs(extra, mine, theirs, { choices: { "wires:train:dataset": "mine" } });
    expect(conflicts.map((c) => c.id)).toEqual(["wires:train:dataset"]);
    expect(describeValue(conflicts[0] as MergeConflict, "theirs")).toBe("data.dataset");
    expect(document.edges).toEqual([wire("data", "split"), wire("other", "train")]);
  });

  it("keeps every side's wires into an input that takes many", () => {
    const combine = doc([node("a"), node("b"), node("c"), node("combine")], [wire("a", "combine", "datasets")]);
    const mine = { ...combine, edges: [...combine.edges, wire("b", "combine", "datasets")] };
    const theirs = { ...combine, edges: [...combine.edges, wire("c", "combine", "datasets")] };
    const acceptsMany = (n: GraphNode, port: string) => n.id === "combine" && port === "datasets";
    const { conflicts, document } = mergeGraphs(combine, mine, theirs, { acceptsMany });
    expect(conflicts).toEqual([]);
    expect(document.edges.map((e) => e.source)).toEqual(["a", "c", "b"]);
    // Without the fan-in, the same edits are a conflict over the one input.
    expect(mergeGraphs(combine, mine, theirs).conflicts.map((c) => c.id)).toEqual(["wires:combine:datasets"]);
  });

  it("does not read a deleted neighbour as unwiring the input beside it", () => {
    const extra = doc([...base.nodes, node("other")], base.edges);
    // They delete "data" (and so its wire into split); I rewire split from "other".
    const theirs = doc(extra.nodes.filter((n) => n.id !== "data"), [wire("split", "train")]);
    const mine = { ...extra, edges: [wire("other", "split"), wire("split", "train")] };
    const { conflicts, document } = mergeGraphs(extra, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(document.nodes.map((n) => n.id)).toEqual(["split", "train", "other"]);
    expect(document.edges).toEqual([wire("split", "train"), wire("other", "split")]);
  });

  it("merges pipeline parameters by name and the pipeline's compute target", () => {
    const withSeed = { ...base, parameters: [{ name: "seed", type: "int", default: 1 }] };
    const mine = { ...withSeed, parameters: [...withSeed.parameters, { name: "rate", type: "float", default: 0.1 }] };
    const theirs = { ...withSeed, parameters: [{ name: "seed", type: "int", default: 7 }], compute: "gpu" };
    const { document, conflicts } = mergeGraphs(withSeed, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(document.parameters).toEqual([
      { name: "seed", type: "int", default: 7 },
      { name: "rate", type: "float", default: 0.1 },
    ]);
    expect(document.compute).toBe("gpu");
    const clash = { ...withSeed, parameters: [{ name: "seed", type: "int", default: 3 }] };
    expect(mergeGraphs(withSeed, clash, theirs).conflicts.map((c) => c.id)).toEqual(["parameter:seed"]);
  });

  it("gives the same document for the same inputs, whatever else", () => {
    const mine = setParam(base, "split", "fraction", 0.5);
    const theirs = setParam(base, "train", "depth", 8);
    expect(canonical(mergeGraphs(base, mine, theirs).document)).toBe(canonical(mergeGraphs(base, mine, theirs).document));
    expect(mergeGraphs(base, base, theirs).document).toEqual(theirs);
    expect(mergeGraphs(base, mine, base).document).toEqual(mine);
  });
});
