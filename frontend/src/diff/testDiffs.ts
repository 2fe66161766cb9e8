// Diffs as the server answers them (designer/graph/diff.py), for the tests of this folder.
import { graph } from "../test/fixtures";
import type { GraphDocument, GraphNode } from "../graph/types";
import type { GraphDiff, RunDiff, RunDiffNode, ValueChange } from "./api";

export const removedTrain: GraphNode = {
  id: "n2",
  module: "train_model",
  version: null,
  params: {},
  position: { x: 400, y: 80 },
  label: null,
};

/** The fixture graph with n1's fraction changed, n2 (and its wire) gone and n3 added. */
export function newerGraph(): GraphDocument {
  const g = graph();
  const n1 = g.nodes[1];
  if (n1) n1.params = { ...n1.params, fraction: 0.5 };
  g.nodes.push({ id: "n3", module: "split_data", version: null, params: {}, position: { x: 120, y: 300 }, label: "Holdout" });
  g.edges.push({ source: "n0", source_port: "dataset", target: "n3", target_port: "dataset" });
  return g;
}

export function change(name: string, old: unknown, new_: unknown, extra: Partial<ValueChange> = {}): ValueChange {
  return { name, change: "changed", old, new: new_, line_diff: null, ...extra };
}

export function graphDiff(overrides: Partial<GraphDiff> = {}): GraphDiff {
  return {
    identical: false,
    summary: {},
    nodes: [
      { id: "n1", change: "changed", module: "split_data", label: "Split 70/30", fields: [], params: [change("fraction", 0.7, 0.5)], position: null, node: null },
      { id: "n2", change: "removed", module: "train_model", label: "", fields: [], params: [], position: null, node: removedTrain },
      { id: "n3", change: "added", module: "split_data", label: "Holdout", fields: [], params: [], position: null, node: newerGraph().nodes[2] ?? null },
    ],
    wires: [
      { change: "removed", source: "n1", source_port: "train", target: "n2", target_port: "dataset" },
      { change: "added", source: "n0", source_port: "dataset", target: "n3", target_port: "dataset" },
    ],
    reordered_inputs: [],
    parameters: [],
    compute: null,
    ...overrides,
  };
}

export function runNode(nodeId: string, overrides: Partial<RunDiffNode> = {}): RunDiffNode {
  const step = { status: "completed" as const, module: "m", version: "1.0.0", reused: false, reused_from_run: null, error: "" };
  return { node_id: nodeId, graph_change: "unchanged", a: step, b: step, outputs: [], outputs_equal: true, metrics: [], ...overrides };
}

export function runDiff(overrides: Partial<RunDiff> = {}): RunDiff {
  const side = (id: number, number: number) => ({
    id,
    pipeline: 7,
    pipeline_name: "Iris",
    number,
    status: "completed",
    pipeline_revision: 3,
    experiment: "",
    created_at: "2025-01-01T00:00:00Z",
    main_metric: null,
  });
  return {
    a: side(11, 1),
    b: side(12, 2),
    graph: graphDiff({ identical: true, nodes: [], wires: [] }),
    parameters: [],
    main_metric_delta: null,
    nodes: [runNode("n0"), runNode("n1")],
    ...overrides,
  };
}
