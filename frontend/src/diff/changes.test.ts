import { describe, expect, it } from "vitest";
import { buildDiffList, classifyLines, formatDelta, formatValue, valueRow } from "./changes";
import { change, graphDiff, runDiff, runNode } from "./testDiffs";

const titles = new Map([
  ["n0", "Iris"],
  ["n1", "Split 70/30"],
  ["n2", "Train Model"],
  ["n3", "Holdout"],
]);

describe("values and deltas", () => {
  it("shows a value as a person reads it", () => {
    expect(formatValue(0.5)).toBe("0.5");
    expect(formatValue("a")).toBe('"a"');
    expect(formatValue({ $param: "seed" })).toBe("pipeline parameter “seed”");
    expect(formatValue(["x", "y"])).toBe('["x","y"]');
    expect(formatValue(null)).toBe("—");
    expect(formatValue("x".repeat(100))).toHaveLength(82);
  });

  it("gives old → new, with nothing on the side a value was added or removed", () => {
    expect(valueRow(change("fraction", 0.7, 0.5))).toMatchObject({ old: "0.7", new: "0.5", lines: null });
    expect(valueRow(change("seed", null, 3, { change: "added" }))).toMatchObject({ old: "—", new: "3" });
    expect(valueRow(change("seed", 3, null, { change: "removed" }))).toMatchObject({ old: "3", new: "—" });
  });

  it("signs a delta and drops float noise", () => {
    expect(formatDelta(0.95 - 0.9)).toBe("+0.05");
    expect(formatDelta(-2)).toBe("−2");
    expect(formatDelta(0)).toBe("0");
    expect(formatDelta(1e-12)).toBe("+1e-12");
    expect(formatDelta(null)).toBe("—");
  });

  it("reads a script's unified diff line by line", () => {
    expect(classifyLines(["@@ -1,2 +1,2 @@", " def main(a, b):", "-    return a,", "+    return b,"])).toEqual([
      { kind: "hunk", text: "@@ -1,2 +1,2 @@" },
      { kind: "same", text: "def main(a, b):" },
      { kind: "removed", text: "    return a," },
      { kind: "added", text: "    return b," },
    ]);
    const script = change("script", "a", "b", { line_diff: ["@@ -1 +1 @@", "-a", "+b"] });
    expect(valueRow(script).lines?.map((l) => l.kind)).toEqual(["hunk", "removed", "added"]);
  });
});

describe("buildDiffList for versions", () => {
  it("lists each node that changed, each wire, and the pipeline's parameters", () => {
    const list = buildDiffList(
      graphDiff({
        parameters: [change("seed", { type: "int", default: 42 }, { type: "int", default: 7 })],
        compute: change("compute", null, "gpu"),
        reordered_inputs: [
          {
            target: "n1",
            target_port: "dataset",
            old: [{ source: "n0", source_port: "dataset" }, { source: "n3", source_port: "train" }],
            new: [{ source: "n3", source_port: "train" }, { source: "n0", source_port: "dataset" }],
          },
        ],
      }),
      titles,
    );
    expect(list.nodes.map((n) => [n.id, n.title, n.mark])).toEqual([
      ["n1", "Split 70/30", "changed"],
      ["n2", "Train Model", "removed"],
      ["n3", "Holdout", "added"],
    ]);
    expect(list.nodes[0]?.params).toEqual([{ name: "fraction", change: "changed", old: "0.7", new: "0.5", lines: null }]);
    expect(list.nodes[0]?.reordered).toEqual(["dataset: Iris.dataset, Holdout.train → Holdout.train, Iris.dataset"]);
    expect(list.wires.map((w) => [w.change, w.text, w.nodeId])).toEqual([
      ["removed", "Split 70/30.train → Train Model.dataset", "n2"],
      ["added", "Iris.dataset → Holdout.dataset", "n3"],
    ]);
    expect(list.pipeline.map((p) => [p.name, p.old, p.new])).toEqual([
      ["seed", "42 (int)", "7 (int)"],
      ["default compute target", "—", '"gpu"'],
    ]);
    expect(list.mainMetric).toBeNull();
    expect(list.identical).toBe(false);
  });

  it("says where a moved node was and is", () => {
    const diff = graphDiff({
      nodes: [
        { id: "n0", change: "moved", module: "load_csv", label: "Iris", fields: [], params: [], position: { old: { x: 0, y: 0 }, new: { x: 40.4, y: 10 } }, node: null },
      ],
      wires: [],
    });
    expect(buildDiffList(diff, titles).nodes[0]?.moved).toBe("(0, 0) → (40, 10)");
  });
});

describe("buildDiffList for runs", () => {
  it("lists every node, the ones that differ first, with statuses, outputs and metric deltas", () => {
    const list = buildDiffList(
      runDiff().graph,
      titles,
      runDiff({
        nodes: [
          runNode("n0"),
          runNode("n1", {
            outputs_equal: false,
            metrics: [
              { name: "accuracy", a: 0.9, b: 0.95, delta: 0.95 - 0.9 },
              { name: "rows", a: 6, b: 4, delta: -2 },
              { name: "loss", a: null, b: 0.2, delta: null },
            ],
          }),
        ],
        parameters: [change("fraction", 0.7, 0.5)],
      }),
    );
    expect(list.nodes.map((n) => n.id)).toEqual(["n1", "n0"]);
    const n1 = list.nodes[0]?.run;
    expect(n1).toMatchObject({ a: "completed", b: "completed", outputsEqual: false });
    expect(n1?.metrics.map((m) => [m.name, m.a, m.b, m.delta, m.direction])).toEqual([
      ["accuracy", "0.9", "0.95", "+0.05", "up"],
      ["rows", "6", "4", "−2", "down"],
      ["loss", "—", "0.2", "—", "none"],
    ]);
    expect(list.pipeline.map((p) => [p.name, p.old, p.new])).toEqual([["run value fraction", "0.7", "0.5"]]);
    expect(list.identical).toBe(false);
  });

  it("puts the main metric's delta first and calls two equal runs the same", () => {
    const main = (value: number) => ({ name: "accuracy", value, node_id: "n1" });
    const answer = runDiff();
    answer.a.main_metric = main(0.8);
    answer.b.main_metric = main(0.75);
    answer.main_metric_delta = 0.75 - 0.8;
    const list = buildDiffList(answer.graph, titles, answer);
    expect(list.mainMetric).toMatchObject({ name: "accuracy", a: "0.8", b: "0.75", delta: "−0.05" });
    expect(list.identical).toBe(true);
    expect(list.nodes.every((n) => n.mark === "unchanged" && n.run !== null)).toBe(true);
  });

  it("a failed step in b differs, and its error is kept", () => {
    const failed = { status: "failed" as const, module: "m", version: "1", reused: false, reused_from_run: null, error: "out of memory" };
    const list = buildDiffList(runDiff().graph, titles, runDiff({ nodes: [runNode("n0"), runNode("n1", { b: failed, outputs_equal: null })] }));
    expect(list.nodes[0]?.run).toMatchObject({ b: "failed", errorB: "out of memory", outputsEqual: null });
    expect(list.identical).toBe(false);
  });
});
