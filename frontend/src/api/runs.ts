import { api, seg } from "./client";
import type { Id, Run, StepLogs, SubmitRunRequest } from "./types";

export function submitRun(
  pipelineId: Id,
  options: Partial<SubmitRunRequest> = {},
): Promise<Run> {
  const body: SubmitRunRequest = {
    parameters: options.parameters ?? {},
    force_rerun: options.force_rerun ?? false,
    experiment: options.experiment ?? "",
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
