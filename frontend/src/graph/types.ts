// The graph document (schema 1) exchanged by the canvas, the API and the runner.
// The server reads it in designer/graph/document.py. Kept free of React Flow types.

export const GRAPH_SCHEMA = 1;

/** A node parameter bound to a pipeline parameter: {"$param": "seed"}. */
export interface ParamBinding {
  $param: string;
}

export interface GraphPosition {
  x: number;
  y: number;
}

export interface GraphNode {
  id: string;
  module: string;
  /** null means the module's default version. */
  version: string | null;
  params: Record<string, unknown>;
  /** Documents written by hand or by an SDK may omit it; the canvas lays such nodes out. */
  position?: GraphPosition;
  label?: string | null;
  comment?: string | null;
  compute?: string | null;
  reuse?: boolean;
  /** Run settings: the node's own time limit, and which failures it retries how often. */
  timeout_seconds?: number | null;
  max_retries?: number;
  retry_on?: string[];
}

/** Failure kinds a node may retry on (designer/graph/document.py RETRY_KINDS). */
export const RETRY_KINDS = ["error", "timeout", "killed", "worker_lost"] as const;

export interface GraphEdge {
  source: string;
  source_port: string;
  target: string;
  target_port: string;
}

export interface PipelineParameter {
  name: string;
  type: string;
  default: unknown;
}

export interface GraphDocument {
  schema: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  parameters: PipelineParameter[];
  /** The pipeline's default compute target; absent or null: the server's. */
  compute?: string | null;
}

export function isParamBinding(value: unknown): value is ParamBinding {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Record<string, unknown>).$param === "string"
  );
}

export function emptyGraph(): GraphDocument {
  return { schema: GRAPH_SCHEMA, nodes: [], edges: [], parameters: [] };
}
