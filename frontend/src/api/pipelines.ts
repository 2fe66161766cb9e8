import type { GraphDocument } from "../graph/types";
import { api, request, seg } from "./client";
import type { Id, Pipeline, ValidationIssue } from "./types";

export function getPipeline(id: Id, signal?: AbortSignal): Promise<Pipeline> {
  return api.get<Pipeline>(`/api/pipelines/${seg(id)}/`, signal);
}

/** Saves the whole graph over `revision`; 409 (ApiError, extra.revision) if someone saved first. */
export function savePipelineGraph(id: Id, revision: number, graph: GraphDocument): Promise<Pipeline> {
  return api.patch<Pipeline>(`/api/pipelines/${seg(id)}/`, { revision, graph });
}

export function createPipeline(name: string, graph: GraphDocument): Promise<Pipeline> {
  return api.post<Pipeline>("/api/pipelines/", { name, graph });
}

export interface ValidationResult {
  ok: boolean;
  problems: ValidationIssue[];
}

/**
 * 200 with warnings, or an ApiError (400) whose `issues` are the problems. With `graph`,
 * that (unsaved) graph is checked instead of the stored one; nothing is saved.
 */
export function validatePipeline(id: Id, graph?: GraphDocument): Promise<ValidationResult> {
  return api.post<ValidationResult>(`/api/pipelines/${seg(id)}/validate/`, graph ? { graph } : undefined);
}

export type ExportFormat = "python" | "yaml";

/** The download URL of the saved pipeline as SDK code or a pipeline file. */
export function exportUrl(id: Id, format: ExportFormat): string {
  return `/api/pipelines/${seg(id)}/export/?format=${format}`;
}

/** A new pipeline from a pipeline file (YAML or JSON); an ApiError lists the file's problems. */
export function importPipelineFile(file: File): Promise<Pipeline> {
  const form = new FormData();
  form.append("file", file);
  return request<Pipeline>("POST", "/api/pipelines/import/", form);
}
