import { describe, expect, it } from "vitest";
import {
  defaultMetrics,
  metricNames,
  metricSeries,
  parameterRows,
  parseRunIds,
  rocSeries,
  runLabels,
  sameValue,
  showValue,
  visibleRows,
} from "./model";
import type { CompareRun, CompareStep } from "./types";

function step(node_id: string, params: Record<string, unknown>, bound: Record<string, string> = {}): CompareStep {
  return { node_id, label: node_id.toUpperCase(), module: node_id, params, bound };
}

function run(id: number, fields: Partial<CompareRun> = {}): CompareRun {
  return {
    id,
    number: id,
    pipeline: 1,
    pipeline_name: "Titanic",
    status: "completed",
    created_at: "2025-01-01T00:00:00Z",
    parameters: {},
    steps: [],
    metrics: {},
    main_metric: null,
    roc: null,
    ...fields,
  };
}

describe("parameterRows", () => {
  const first = run(1, {
    parameters: { train_fraction: 0.7 },
    steps: [
      step("split", { fraction: 0.7, seed: 42 }, { fraction: "train_fraction" }),
      step("train", { label_column: "Survived", options: { a: 1, b: [1, 2] } }),
    ],
  });
  const second = run(2, {
    parameters: { train_fraction: 0.5 },
    steps: [
      step("split", { fraction: 0.5, seed: 42 }, { fraction: "train_fraction" }),
      step("train", { label_column: "Survived", options: { b: [1, 2], a: 1 } }),
      step("extra", { depth: 3 }),
    ],
  });

  it("puts pipeline parameters first, then each node's parameters in plan order, one value per run", () => {
    const rows = parameterRows([first, second]);
    expect(rows.map((r) => `${r.nodeLabel}.${r.name}`)).toEqual([
      "Pipeline parameters.train_fraction",
      "SPLIT.fraction",
      "SPLIT.seed",
      "TRAIN.label_column",
      "TRAIN.options",
      "EXTRA.depth",
    ]);
    const fraction = rows.find((r) => r.nodeId === "split" && r.name === "fraction")!;
    expect(fraction.values).toEqual([0.7, 0.5]);
    expect(fraction.shown).toEqual(["0.7", "0.5"]);
    expect(fraction.boundTo).toBe("train_fraction");
  });

  it("flags a row that differs, a parameter one run lacks included, and not objects whose keys are reordered", () => {
    const flags = Object.fromEntries(parameterRows([first, second]).map((r) => [`${r.nodeId}.${r.name}`, r.differs]));
    expect(flags).toEqual({
      ".train_fraction": true,
      "split.fraction": true,
      "split.seed": false,
      "train.label_column": false,
      "train.options": false,
      "extra.depth": true,
    });
    const depth = parameterRows([first, second]).find((r) => r.name === "depth")!;
    expect(depth.shown).toEqual(["—", "3"]);
  });

  it("keeps only the differing rows when asked", () => {
    const rows = parameterRows([first, second]);
    expect(visibleRows(rows, true).map((r) => r.name)).toEqual(["train_fraction", "fraction", "depth"]);
    expect(visibleRows(rows, false)).toHaveLength(rows.length);
  });

  it("finds no difference between identical runs", () => {
    expect(parameterRows([first, { ...first, id: 9 }]).some((r) => r.differs)).toBe(false);
  });
});

describe("values", () => {
  it("compares JSON values by content", () => {
    expect(sameValue(1, 1.0)).toBe(true);
    expect(sameValue("1", 1)).toBe(false);
    expect(sameValue(null, undefined)).toBe(false);
    expect(sameValue(["a", "b"], ["b", "a"])).toBe(false);
  });

  it("shows lists and objects as JSON and missing values as a dash", () => {
    expect(showValue(["Age", "Fare"])).toBe('["Age","Fare"]');
    expect(showValue(true)).toBe("true");
    expect(showValue(null)).toBe("null");
    expect(showValue(undefined)).toBe("—");
    expect(showValue("")).toBe("(empty)");
  });
});

describe("runLabels", () => {
  it("names runs by number, with the pipeline when they come from several", () => {
    expect(runLabels([run(1), run(2)])).toEqual(["#1", "#2"]);
    expect(runLabels([run(1), run(2, { pipeline: 2, pipeline_name: "Iris" })])).toEqual(["Titanic #1", "Iris #2"]);
  });
});

describe("metrics", () => {
  const runs = [
    run(1, { metrics: { auc: 0.8, accuracy: 0.7 }, main_metric: { name: "auc", value: 0.8, node_id: "evaluate" } }),
    run(2, { metrics: { auc: 0.85, f1: 0.6 }, main_metric: { name: "auc", value: 0.85, node_id: "evaluate" } }),
  ];

  it("lists every metric name and charts the main metric first", () => {
    expect(metricNames(runs)).toEqual(["accuracy", "auc", "f1"]);
    expect(defaultMetrics(runs)).toEqual(["auc"]);
    expect(defaultMetrics([run(1, { metrics: { rows: 3, loss: 1 } })])).toEqual(["loss"]);
    expect(defaultMetrics([run(1)])).toEqual([]);
  });

  it("makes one point per run with a value per chosen metric, null where a run lacks it", () => {
    expect(metricSeries(runs, ["auc", "f1"])).toEqual([
      { run: "#1", auc: 0.8, f1: null },
      { run: "#2", auc: 0.85, f1: 0.6 },
    ]);
  });
});

describe("rocSeries", () => {
  it("makes one curve per run that has one, named after the run and its AUC", () => {
    const series = rocSeries([
      run(1, { roc: { node_id: "evaluate", label: "Evaluate", auc: 0.8123, points: [[0, 0], [0.2, 0.7], [1, 1]] } }),
      run(2),
      run(3, { roc: { node_id: "evaluate", label: "Evaluate", auc: null, points: [[0, 0], [1, 1]] } }),
    ]);
    expect(series.map((s) => s.label)).toEqual(["Run #1 (AUC 0.812)", "Run #3"]);
    expect(series[0]!.points[1]).toEqual({ fpr: 0.2, tpr: 0.7 });
  });
});

describe("parseRunIds", () => {
  it("reads the ids the page was given and ignores anything else", () => {
    expect(parseRunIds("3, 5,x,,8")).toEqual([3, 5, 8]);
  });
});
