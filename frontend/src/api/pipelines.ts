import { api, seg } from "./client";
import type { Id, Pipeline } from "./types";

export function getPipeline(id: Id, signal?: AbortSignal): Promise<Pipeline> {
  return api.get<Pipeline>(`/api/pipelines/${seg(id)}/`, signal);
}
