import { api } from "./client";
import type { ComputeTarget } from "./types";

export function listComputeTargets(signal?: AbortSignal): Promise<ComputeTarget[]> {
  return api.get<ComputeTarget[]>("/api/compute/", signal);
}
