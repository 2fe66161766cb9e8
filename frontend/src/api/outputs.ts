// Runs of a pipeline and step output previews, as the column picker needs them.
import { api, seg } from "./client";
import type { Id, Run } from "./types";

export interface RunListItem {
  id: Id;
  number: number;
  status: string;
}

interface Page<T> {
  results: T[];
}

/** The newest runs of a pipeline first. */
export async function listPipelineRuns(pipelineId: Id, limit = 10, signal?: AbortSignal): Promise<RunListItem[]> {
  const page = await api.get<Page<RunListItem>>(
    `/api/runs/?pipeline=${encodeURIComponent(String(pipelineId))}&limit=${limit}`,
    signal,
  );
  return page.results;
}

export function getRunDetail(runId: Id, signal?: AbortSignal): Promise<Run> {
  return api.get<Run>(`/api/runs/${seg(runId)}/`, signal);
}

export interface OutputPreview {
  type: string;
  preview: { kind?: string; columns?: { name: string; dtype?: string }[] };
}

export function getStepOutputPreview(runId: Id, nodeId: string, port: string, signal?: AbortSignal): Promise<OutputPreview> {
  return api.get<OutputPreview>(
    `/api/runs/${seg(runId)}/steps/${seg(nodeId)}/outputs/${seg(port)}/?rows=1`,
    signal,
  );
}
