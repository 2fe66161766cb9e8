import { api, seg } from "./client";
import type { Id, Page } from "./types";

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

export interface DeployRequest {
  endpoint: string;
  /** A later version only becomes what callers get when asked; the first is always live. */
  make_live: boolean;
}

/** POST /api/pipelines/{id}/deploy/ answers the new endpoint version. */
export interface Deployed {
  endpoint: string;
  version: number;
  kind: string;
  live: boolean;
  score_url: string;
  /** The endpoint's page. */
  url: string;
}

export interface EndpointSummary {
  name: string;
}

/** Deploys a real-time inference pipeline as the next version of the named endpoint. */
export function deployPipeline(pipelineId: Id, body: DeployRequest): Promise<Deployed> {
  return api.post<Deployed>(`/api/pipelines/${seg(pipelineId)}/deploy/`, body);
}

/** The workspace's real-time endpoints (their names fill the Deploy dialog's suggestions). */
export function listEndpoints(signal?: AbortSignal): Promise<Page<EndpointSummary>> {
  return api.get<Page<EndpointSummary>>("/api/endpoints/?limit=1000", signal);
}
