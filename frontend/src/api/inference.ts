import { api, seg } from "./client";
import type { Id } from "./types";

export type InferenceKind = "realtime" | "batch";

export interface InferencePipelineCreated {
  id: number;
  name: string;
  kind: InferenceKind;
  /** The new pipeline's canvas. */
  url: string;
  api_url: string;
  published_version: number | null;
  endpoint: string;
}

/** A new draft pipeline that scores with what the completed run trained. */
export function createInferencePipeline(runId: Id, kind: InferenceKind): Promise<InferencePipelineCreated> {
  return api.post<InferencePipelineCreated>(`/api/runs/${seg(runId)}/inference-pipeline/`, { kind });
}
