// The columns a node's column params can pick from, once a run has produced
// the DataFrame wired into it; null while unknown (the field stays free text).
import { useEffect, useState } from "react";
import { getRunDetail, getStepOutputPreview, listPipelineRuns } from "../api/outputs";
import { findColumns, upstreamDataFrame } from "../edit/columns";
import { useGraphStore } from "../store/graphStore";
import { useRunStore } from "../store/runStore";

const cache = new Map<string, Promise<string[] | null>>();

export function useUpstreamColumns(nodeId: string, enabled: boolean): string[] | null {
  const pipelineId = useGraphStore((s) => s.pipeline?.id);
  // A string, so the selector's result is stable between renders.
  const source = useGraphStore((s) => {
    const up = upstreamDataFrame(nodeId, s.nodes, s.edges);
    return up ? JSON.stringify([up.node, up.port]) : null;
  });
  const key = source === null ? null : `${String(pipelineId)}:${source}`;
  // A finished run may have produced the output: look again after each run.
  const runStatus = useRunStore((s) => s.run?.status);
  const [found, setFound] = useState<{ key: string; columns: string[] | null } | null>(null);

  useEffect(() => {
    if (!enabled || key === null || source === null || pipelineId === undefined) return undefined;
    const [node, port] = JSON.parse(source) as [string, string];
    const upstream = { node, port };
    let live = true;
    const cacheKey = `${key}:${runStatus ?? ""}`;
    let pending = cache.get(cacheKey);
    if (!pending) {
      pending = findColumns(upstream, {
        listRuns: () => listPipelineRuns(pipelineId),
        getRun: (id) => getRunDetail(id),
        getColumns: async (runId, node, port) => {
          const output = await getStepOutputPreview(runId, node, port);
          return (output.preview.columns ?? []).map((c) => c.name);
        },
      }).catch(() => null);
      cache.set(cacheKey, pending);
    }
    void pending.then((columns) => {
      if (live) setFound({ key, columns });
    });
    return () => {
      live = false;
    };
  }, [enabled, key, source, pipelineId, runStatus]);

  return found !== null && found.key === key ? found.columns : null;
}
