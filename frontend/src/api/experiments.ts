import { api, seg } from "./client";
import type { Experiment, Id, Page } from "./types";

/** The experiments of a workspace, by name (the submit dialog offers them). */
export function listExperiments(workspace: Id, signal?: AbortSignal): Promise<Page<Experiment>> {
  return api.get<Page<Experiment>>(`/api/experiments/?workspace=${seg(workspace)}&limit=1000`, signal);
}
