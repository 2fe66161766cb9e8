// Shapes of the HTTP API's JSON (see ARCHITECTURE.md, "HTTP API").
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
}

export interface Run {
  id: Id;
  pipeline: Id;
  number: number;
  status: RunStatus;
  created_at: string;
  started_at?: string | null;
  finished_at?: string | null;
  steps: Step[];
}

export interface RunRef {
  id: Id;
  status: RunStatus;
}

export interface Pipeline {
  id: Id;
  name: string;
  description: string;
  graph: GraphDocument;
  revision: number;
  created_at: string;
  updated_at: string;
  last_run: RunRef | null;
}

export interface SubmitRunRequest {
  parameters: Record<string, unknown>;
  force_rerun: boolean;
  experiment: string;
}

export interface ValidationIssue {
  node_id?: string | null;
  port?: string | null;
  param?: string | null;
  message: string;
  severity?: "error" | "warning" | (string & {});
}

export interface StepLogs {
  text: string;
}
