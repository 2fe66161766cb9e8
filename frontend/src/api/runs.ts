import { api, seg } from "./client";
import type {
  Id,
  OutputPreview,
  Page,
  Pipeline,
  Run,
  RunDetail,
  RunListItem,
  StepDetail,
  StepLogs,
  SubmitRunRequest,
} from "./types";

export function submitRun(
  pipelineId: Id,
  options: Partial<SubmitRunRequest> = {},
): Promise<Run> {
  const body: SubmitRunRequest = {
    parameters: options.parameters ?? {},
    force_rerun: options.force_rerun ?? false,
    experiment: options.experiment ?? "",
    continue_on_failure: options.continue_on_failure ?? false,
  };
  return api.post<Run>(`/api/pipelines/${seg(pipelineId)}/runs/`, body);
}

export function getRun(runId: Id, signal?: AbortSignal): Promise<Run> {
  return api.get<Run>(`/api/runs/${seg(runId)}/`, signal);
}

export function cancelRun(runId: Id): Promise<Run> {
  return api.post<Run>(`/api/runs/${seg(runId)}/cancel/`);
}

export function getStepLogs(runId: Id, nodeId: string, signal?: AbortSignal): Promise<StepLogs> {
  return api.get<StepLogs>(`/api/runs/${seg(runId)}/steps/${seg(nodeId)}/logs/`, signal);
}

export function getRunDetail(runId: Id, signal?: AbortSignal): Promise<RunDetail> {
  return api.get<RunDetail>(`/api/runs/${seg(runId)}/`, signal);
}

export function listRuns(pipelineId: Id, signal?: AbortSignal): Promise<Page<RunListItem>> {
  return api.get<Page<RunListItem>>(`/api/runs/?pipeline=${seg(pipelineId)}&limit=100`, signal);
}

/**
 * Starts a new run that goes on from a failed or canceled one, reusing the steps that
 * finished there. `fromDraft` runs the pipeline's saved draft (with the user's fix)
 * instead of the run's own frozen graph.
 */
export function resumeRun(runId: Id, options: { fromDraft?: boolean } = {}): Promise<Run> {
  return api.post<Run>(`/api/runs/${seg(runId)}/resume/`, { from_draft: options.fromDraft ?? false });
}

export function cloneRun(runId: Id): Promise<Pipeline> {
  return api.post<Pipeline>(`/api/runs/${seg(runId)}/clone/`);
}

export function getStepDetail(runId: Id, nodeId: string, signal?: AbortSignal): Promise<StepDetail> {
  return api.get<StepDetail>(`/api/runs/${seg(runId)}/steps/${seg(nodeId)}/`, signal);
}

export function getStepOutput(runId: Id, nodeId: string, port: string, signal?: AbortSignal): Promise<OutputPreview> {
  return api.get<OutputPreview>(`/api/runs/${seg(runId)}/steps/${seg(nodeId)}/outputs/${seg(port)}/`, signal);
}

export function stepImageUrl(runId: Id, nodeId: string, name: string): string {
  return `/api/runs/${seg(runId)}/steps/${seg(nodeId)}/images/${seg(name)}/`;
}
