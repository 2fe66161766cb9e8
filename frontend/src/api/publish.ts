// Published pipelines: publishing the draft as a version of a named pipeline endpoint.
import { api, seg } from "./client";
import type { Id, Page } from "./types";

export interface PublishRequest {
  endpoint: string;
  description: string;
  make_default: boolean;
}

/** POST /api/pipelines/{id}/publish/ answers the new version. */
export interface PublishedVersion {
  endpoint: string;
  version: number;
  is_default: boolean;
  enabled: boolean;
  description: string;
  pipeline: Id;
  pipeline_revision: number;
  created_at: string;
  created_by: string | null;
  urls: { api: string; endpoint: string; runs: string; page: string };
}

export interface PipelineEndpointSummary {
  name: string;
  default_version: number | null;
  latest_version: number | null;
}

export function publishPipeline(pipelineId: Id, body: PublishRequest): Promise<PublishedVersion> {
  return api.post<PublishedVersion>(`/api/pipelines/${seg(pipelineId)}/publish/`, body);
}

/** The workspace's pipeline endpoints (their names fill the dialog's suggestions). */
export function listPipelineEndpoints(signal?: AbortSignal): Promise<Page<PipelineEndpointSummary>> {
  return api.get<Page<PipelineEndpointSummary>>("/api/pipeline-endpoints/?limit=1000", signal);
}
