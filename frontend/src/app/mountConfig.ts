// Reads what the Django template put on the mount element:
// <div id="pipewright-root" data-page="designer" data-pipeline-id="ID" data-run-id="optional">
// <div id="pipewright-root" data-page="compare" data-experiment-id="ID" data-run-ids="1,2,3">
import { parseRunIds } from "../compare/model";

export const ROOT_ELEMENT_ID = "pipewright-root";

export type MountConfig =
  | { page: "designer"; pipelineId: string; runId: string | null }
  | { page: "compare"; experimentId: string; runIds: number[] }
  | { page: "unknown"; error: string };

export function readMountConfig(dataset: Readonly<Record<string, string | undefined>>): MountConfig {
  const page = dataset.page?.trim() || "designer";
  switch (page) {
    case "designer": {
      const pipelineId = dataset.pipelineId?.trim();
      if (!pipelineId) return { page: "unknown", error: "The page did not name a pipeline." };
      return { page, pipelineId, runId: dataset.runId?.trim() || null };
    }
    case "compare": {
      const experimentId = dataset.experimentId?.trim();
      if (!experimentId) return { page: "unknown", error: "The page did not name an experiment." };
      const runIds = parseRunIds(dataset.runIds ?? "");
      if (runIds.length < 2) return { page: "unknown", error: "Choose at least two runs to compare." };
      return { page, experimentId, runIds };
    }
    default:
      return { page: "unknown", error: `Unknown page "${page}".` };
  }
}
