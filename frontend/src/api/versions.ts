// A pipeline's history: every save is a version (designer/versions.py).
import type { GraphDocument } from "../graph/types";
import { api, seg } from "./client";
import type { Id, Page, Pipeline } from "./types";

export interface PipelineVersion {
  number: number;
  name: string;
  message: string;
  restored_from: number | null;
  created_by: string | null;
  created_at: string;
  /** The draft as it is now. */
  current: boolean;
}

export interface PipelineVersionDetail extends PipelineVersion {
  graph: GraphDocument;
}

export function listVersions(pipelineId: Id, signal?: AbortSignal): Promise<Page<PipelineVersion>> {
  return api.get<Page<PipelineVersion>>(`/api/pipelines/${seg(pipelineId)}/versions/?limit=200`, signal);
}

export function getVersion(pipelineId: Id, number: number, signal?: AbortSignal): Promise<PipelineVersionDetail> {
  return api.get<PipelineVersionDetail>(`/api/pipelines/${seg(pipelineId)}/versions/${seg(number)}/`, signal);
}

/** Names (or with "" unnames) a version; 409 when another version has the name. */
export function nameVersion(pipelineId: Id, number: number, name: string): Promise<PipelineVersion> {
  return api.patch<PipelineVersion>(`/api/pipelines/${seg(pipelineId)}/versions/${seg(number)}/`, { name });
}

/** Saves the version's graph as the draft over `revision`; 409 if someone saved first. */
export function restoreVersion(pipelineId: Id, number: number, revision: number): Promise<Pipeline> {
  return api.post<Pipeline>(`/api/pipelines/${seg(pipelineId)}/versions/${seg(number)}/restore/`, { revision });
}
