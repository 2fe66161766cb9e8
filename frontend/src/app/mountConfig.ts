// Reads what the Django template put on the mount element:
// <div id="pipewright-root" data-page="designer" data-pipeline-id="ID" data-run-id="optional">

export const ROOT_ELEMENT_ID = "pipewright-root";

export type MountConfig =
  | { page: "designer"; pipelineId: string; runId: string | null }
  | { page: "unknown"; error: string };

export function readMountConfig(dataset: Readonly<Record<string, string | undefined>>): MountConfig {
  const page = dataset.page?.trim() || "designer";
  switch (page) {
    case "designer": {
      const pipelineId = dataset.pipelineId?.trim();
      if (!pipelineId) return { page: "unknown", error: "The page did not name a pipeline." };
      return { page, pipelineId, runId: dataset.runId?.trim() || null };
    }
    default:
      return { page: "unknown", error: `Unknown page "${page}".` };
  }
}
