// The answer of GET /api/experiments/{id}/compare/?runs=… (api/experiment_views.py).
import type { MainMetric } from "../api/types";

export interface CompareStep {
  node_id: string;
  label: string;
  module: string;
  /** Every module parameter as the step ran with it, defaults filled in. */
  params: Record<string, unknown>;
  /** Module parameter -> the pipeline parameter it was bound to. */
  bound: Record<string, string>;
}

export interface CompareRoc {
  node_id: string;
  label: string;
  auc: number | null;
  /** [[false positive rate, true positive rate], ...] */
  points: [number, number][];
}

export interface CompareRun {
  id: number;
  number: number;
  pipeline: number;
  pipeline_name: string;
  status: string;
  created_at: string;
  parameters: Record<string, unknown>;
  steps: CompareStep[];
  metrics: Record<string, number>;
  main_metric: MainMetric | null;
  roc: CompareRoc | null;
}

export interface Comparison {
  experiment: { id: number; name: string };
  /** Oldest first. */
  runs: CompareRun[];
}
