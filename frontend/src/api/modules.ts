import { api } from "./client";
import type { ModuleSpec } from "./types";

export async function listModules(signal?: AbortSignal): Promise<ModuleSpec[]> {
  const body = await api.get<ModuleSpec[] | { results: ModuleSpec[] }>("/api/modules/", signal);
  // The endpoint is unpaginated; accept DRF's paginated shape too should that change.
  return Array.isArray(body) ? body : body.results;
}
