// Shapes of the HTTP API's JSON (the OpenAPI schema at /api/schema/ is the reference).
import type { GraphDocument } from "../graph/types";

export type Id = string | number;

export type PortType =
  | "DataFrame"
  | "UntrainedModel"
  | "Model"
  | "Transform"
  | "Metrics"
  | "AnyFile"
  | "AnyDirectory"
  | (string & {});

export interface ModuleInput {
  name: string;
  type: PortType;
  optional?: boolean;
  /** Takes any number of wires; the module receives a list in wire order. */
  multiple?: boolean;
  description?: string;
}

export interface ModuleOutput {
  name: string;
  type: PortType;
  description?: string;
}

export interface ModuleParam {
  name: string;
  type: string;
  default?: unknown;
  min?: number | null;
  max?: number | null;
  choices?: unknown[] | null;
  required?: boolean;
  help?: string;
}

export type ModuleStatus = "active" | "deprecated" | "disabled" | (string & {});

export interface ModuleSpec {
  slug: string;
  name: string;
  category: string;
  description: string;
  /** Other words the palette's search finds the module by (synonyms, other designers' names). */
  keywords?: string[];
  version: string;
  status: ModuleStatus;
  inputs: ModuleInput[];
  outputs: ModuleOutput[];
  params: ModuleParam[];
}

export type RunStatus = "queued" | "running" | "completed" | "failed" | "canceled";

export type StepStatus =
  | "pending"
  | "queued"
  | "running"
  | "completed"
  | "failed"
  | "canceled"
  | "reused"
  | "skipped";

export interface Step {
  node_id: string;
  module: string;
  status: StepStatus;
  error?: string | null;
  started_at?: string | null;
  finished_at?: string | null;
  progress?: number | null;
  /** Why the step was reused, or why it re-ran ("param fraction 0.7 → 0.8"). */
  reason?: string | null;
  outputs?: Record<string, string>;
  reasons?: string[];
  progress_message?: string | null;
  metrics?: Record<string, number | null>;
  images?: string[];
  reused_from_run?: number | null;
  queued_at?: string | null;
}

export interface Run {
  id: Id;
  pipeline: Id;
  number: number;
  status: RunStatus;
  created_at: string;
  started_at?: string | null;
  finished_at?: string | null;
  /** The run this one resumed (absent from older servers). */
  resumed_from?: Id | null;
  resumed_from_number?: number | null;
  /** The runs that resumed this one, oldest first. */
  resumed_by?: RunNumber[];
  steps: Step[];
}

export interface RunNumber {
  id: Id;
  number: number;
}

export interface RunRef {
  id: Id;
  /** The run's number in its pipeline ("Run #3"). */
  number: number;
  status: RunStatus;
}

export interface Pipeline {
  id: Id;
  /** The workspace it belongs to (absent from older servers). */
  workspace?: Id;
  name: string;
  description: string;
  graph: GraphDocument;
  revision: number;
  created_at: string;
  updated_at: string;
  last_run: RunRef | null;
  /** GET /api/pipelines/{id}/ only: the pipeline endpoints it is published under, each
   * with the newest version published from it. */
  published_as?: PublishedAs[];
  /** GET /api/pipelines/{id}/ only: your role in the pipeline's workspace (a viewer changes nothing). */
  role?: "owner" | "editor" | "viewer";
}

export interface PublishedAs {
  endpoint: string;
  version: number;
}

export interface SubmitRunRequest {
  parameters: Record<string, unknown>;
  force_rerun: boolean;
  experiment: string;
  /** A failed step then skips only its own downstream steps. */
  continue_on_failure: boolean;
}

/** GET /api/compute/: where steps can run. */
export interface ComputeTarget {
  id: number | null;
  name: string;
  description: string;
  scope: "builtin" | "server" | "workspace";
  executor: string;
  queue: string;
  workers: string[];
  queue_length: number | null;
}

export interface ValidationIssue {
  node_id?: string | null;
  port?: string | null;
  param?: string | null;
  message: string;
  severity?: "error" | "warning" | (string & {});
}

/** Where a reused step's log comes from: the run (and node) that made its outputs. */
export interface LogSource {
  run: Id;
  number: number;
  node_id: string;
}

export interface StepLogs {
  text: string;
  /** Set for a reused step: `text` is the log of this run, which made the output. */
  made_by?: LogSource | null;
}

// ---------------------------------------------------------------- run views

/** GET /api/runs/{id}/: the run plus the graph it froze. */
export interface RunDetail extends Run {
  experiment?: string;
  parameters?: Record<string, unknown>;
  created_by?: string | null;
  graph?: GraphDocument;
}

/** GET /api/runs/{id}/steps/{node_id}/ */
export interface StepDetail extends Step {
  traceback?: string;
  cache_key?: string;
  cache_components?: Record<string, unknown> | null;
}

/** What started a run. */
export type RunTrigger = "manual" | "endpoint" | "schedule" | "dataset";

/** One row of GET /api/runs/ */
export interface RunListItem {
  /** Absent from servers before published pipelines: a manual run. */
  trigger?: RunTrigger;
  published_version?: { endpoint: string; version: number } | null;
  schedule?: { id: number; name: string } | null;
  id: Id;
  pipeline: Id;
  pipeline_name: string;
  number: number;
  status: RunStatus;
  experiment: string;
  /** Absent from servers before experiments were objects. */
  experiment_id?: Id | null;
  /** The run's headline number (see docs/decisions.md "Experiments"), if it has one. */
  main_metric?: MainMetric | null;
  /** The run this one resumed (absent from older servers). */
  resumed_from?: Id | null;
  resumed_from_number?: number | null;
  created_by: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface MainMetric {
  name: string;
  value: number;
  node_id: string;
}

/** GET /api/experiments/: a named group of runs of a workspace. */
export interface Experiment {
  id: Id;
  workspace: Id;
  name: string;
  description: string;
  archived: boolean;
  run_count: number;
  last_run: Id | null;
  last_run_at: string | null;
}

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export interface ColumnSummary {
  name: string;
  dtype: string;
  count: number;
  missing: number;
  unique: number | null;
  mean: number | null;
  std: number | null;
  min: unknown;
  max: unknown;
  histogram: { bins: number[]; counts: number[] } | null;
  top_values: { value: unknown; count: number }[] | null;
}

export interface DataFramePreview {
  kind: "dataframe";
  row_count: number;
  column_count: number;
  columns: ColumnSummary[];
  rows: unknown[][];
  truncated: boolean;
}

/** The Metrics document evaluate_model writes (runner/modules/_metrics.py). */
/** Evaluate Model 1.1.0, two classes: true and false positives at each threshold. */
export interface ThresholdTable {
  values: number[];
  tp: number[];
  fp: number[];
  positives: number;
  negatives: number;
  /** How a probability "passes" a threshold: the comparison that gives back the model's labels at `default`. */
  predicted_positive: ">" | ">=";
  default: number;
  /** Rows whose "Scored Labels" differ from thresholding at `default` (0 for most models). */
  unlike_scored_labels: number;
}

export interface MetricsDocument {
  kind: "classification" | "regression" | "clustering" | (string & {});
  metrics: Record<string, number | null>;
  positive_class?: unknown;
  /** gains: [share of rows, best scored first; share of the positives among them] (1.1.0). */
  curves?: { roc?: [number, number][]; pr?: [number, number][]; gains?: [number, number][] };
  thresholds?: ThresholdTable;
  confusion_matrix?: { labels: unknown[]; matrix: number[][] };
  residuals?: number[];
  clusters?: { cluster: number; count: number; mean_distance?: number }[];
  notes?: string[];
  compare?: MetricsDocument;
}

export interface OutputPreview {
  digest: string;
  type: PortType;
  preview: unknown;
}
