// Design-time schemas and pre-run previews of data sources (runner/design_schemas.py).
import type { GraphDocument } from "../graph/types";
import { api, request, seg } from "./client";
import type { Id, OutputPreview } from "./types";

export type SchemaSource = "declared" | "propagated" | "last_known" | "unknown";

export interface SchemaColumn {
  name: string;
  type: string;
  values?: string[];
}

/** What a DataFrame port will hold, known before any run (or marked as only last known). */
export interface PortSchema {
  source: SchemaSource;
  /** null when unknown. */
  columns: SchemaColumn[] | null;
  /** The column Edit Metadata marked as the label. */
  label: string | null;
  /** The label the data source declares (a sample dataset's target). */
  suggested_label: string | null;
  /** Non-empty: more columns follow, which the data decides. */
  incomplete: string;
  /** Why it is unknown, or why only the last known columns are shown. */
  reason: string;
  /** last_known: the number of the run the columns come from. */
  run: number | null;
}

export interface NodeSchema {
  inputs: Record<string, PortSchema>;
  outputs: Record<string, PortSchema>;
}

export interface PipelineSchema {
  nodes: Record<string, NodeSchema>;
}

/** The schema of `graph` (the canvas's, saved or not); nothing is saved. */
export function postPipelineSchema(id: Id, graph: GraphDocument, signal?: AbortSignal): Promise<PipelineSchema> {
  return request<PipelineSchema>("POST", `/api/pipelines/${seg(id)}/schema/`, { graph }, signal);
}

export interface SourcePreview extends Omit<OutputPreview, "digest"> {
  /** Only the first rows of a large file were read. */
  sampled: boolean;
}

/** A data source node's first rows and column statistics, without a run (saved graph). */
export function getSourcePreview(id: Id, nodeId: string, signal?: AbortSignal): Promise<SourcePreview> {
  return api.get<SourcePreview>(`/api/pipelines/${seg(id)}/nodes/${seg(nodeId)}/preview/`, signal);
}
