// The diff endpoints: two versions of a pipeline, or two runs, compared on the server
// (designer/graph/diff.py, runner/run_diffs.py). Shapes as api/diff_serializers.py
// describes them; nodes are matched by id.
import { api, seg } from "../api/client";
import type { Id, MainMetric, StepStatus } from "../api/types";
import type { PipelineVersion } from "../api/versions";
import type { GraphEdge, GraphNode } from "../graph/types";

export type ChangeKind = "added" | "removed" | "changed";
export type NodeChangeKind = ChangeKind | "moved";

/** One named value added, removed or changed; `line_diff` only for scripts. */
export interface ValueChange {
  name: string;
  change: ChangeKind;
  old: unknown;
  new: unknown;
  /** A unified diff, hunks only ("@@ ...", " kept", "-old", "+new"); null for values that are not scripts. */
  line_diff: string[] | null;
}

export interface NodeDiff {
  id: string;
  change: NodeChangeKind;
  module: string;
  label: string;
  fields: ValueChange[];
  params: ValueChange[];
  position: { old: { x: number; y: number }; new: { x: number; y: number } } | null;
  /** The whole node, for an added or removed one. */
  node: GraphNode | null;
}

export interface WireDiff extends GraphEdge {
  change: "added" | "removed";
}

export interface InputOrder {
  target: string;
  target_port: string;
  old: { source: string; source_port: string }[];
  new: { source: string; source_port: string }[];
}

export interface GraphDiff {
  identical: boolean;
  summary: Record<string, number>;
  nodes: NodeDiff[];
  wires: WireDiff[];
  reordered_inputs: InputOrder[];
  parameters: ValueChange[];
  compute: ValueChange | null;
}

export interface VersionDiff {
  pipeline: Id;
  old: PipelineVersion;
  new: PipelineVersion;
  diff: GraphDiff;
}

export interface RunDiffRun {
  id: Id;
  pipeline: Id;
  pipeline_name: string;
  number: number;
  status: string;
  pipeline_revision: number;
  experiment: string;
  created_at: string;
  main_metric: MainMetric | null;
}

export interface RunDiffStep {
  status: StepStatus;
  module: string;
  version: string;
  reused: boolean;
  reused_from_run: Id | null;
  error: string;
}

export interface MetricDelta {
  name: string;
  a: number | null;
  b: number | null;
  /** b - a, when both runs have it. */
  delta: number | null;
}

export interface RunDiffNode {
  node_id: string;
  graph_change: NodeChangeKind | "unchanged";
  a: RunDiffStep | null;
  b: RunDiffStep | null;
  outputs: { port: string; a: string | null; b: string | null; equal: boolean }[];
  /** Every output the same artifact; null while either step has none to compare. */
  outputs_equal: boolean | null;
  metrics: MetricDelta[];
}

export interface RunDiff {
  a: RunDiffRun;
  b: RunDiffRun;
  graph: GraphDiff;
  parameters: ValueChange[];
  main_metric_delta: number | null;
  nodes: RunDiffNode[];
}

export function getVersionDiff(pipelineId: Id, from: number, to: number, signal?: AbortSignal): Promise<VersionDiff> {
  return api.get<VersionDiff>(
    `/api/pipelines/${seg(pipelineId)}/versions/diff/?from=${seg(from)}&to=${seg(to)}`,
    signal,
  );
}

export function getRunDiff(a: Id, b: Id, signal?: AbortSignal): Promise<RunDiff> {
  return api.get<RunDiff>(`/api/runs/diff/?a=${seg(a)}&b=${seg(b)}`, signal);
}
