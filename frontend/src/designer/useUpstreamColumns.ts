// The schema of the DataFrame wired into a node, for its column pickers: known as
// soon as a data source is wired (no run needed), asked of the server for the
// canvas's current graph (saved or not) whenever an edit changes what decides it.
import { useEffect, useMemo, useState } from "react";
import { postPipelineSchema, type PipelineSchema, type PortSchema } from "../api/schema";
import { pickerSchema, schemaSignature } from "../edit/columns";
import { useGraphStore } from "../store/graphStore";
import { useRunStore } from "../store/runStore";

// Answers by pipeline, run state and graph signature: going back to a graph (undo,
// another node selected) asks nothing again.
const cache = new Map<string, PipelineSchema>();
const CACHE_SIZE = 50;
// Typing in a field edits on every key: ask once the typing pauses.
const DEBOUNCE_MS = 150;

export function useInputSchema(
  nodeId: string,
  enabled: boolean,
  inputs: readonly { name: string; type: string }[],
): PortSchema | null {
  const pipelineId = useGraphStore((s) => s.pipeline?.id);
  const editVersion = useGraphStore((s) => s.editVersion);
  // A finished run may make a script's columns known (last known).
  const runStatus = useRunStore((s) => s.run?.status);
  const signature = useMemo(
    () => (enabled ? schemaSignature(useGraphStore.getState().toDocument()) : null),
    // editVersion counts the edits: the document is read again after each.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [enabled, editVersion],
  );
  const key = signature === null || pipelineId === undefined ? null : `${String(pipelineId)}:${runStatus ?? ""}:${signature}`;
  const [found, setFound] = useState<PipelineSchema | null>(null);

  useEffect(() => {
    if (key === null || pipelineId === undefined) return undefined;
    if (cache.has(key)) return undefined;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      postPipelineSchema(pipelineId, useGraphStore.getState().toDocument(), controller.signal)
        .then((schema) => {
          if (cache.size >= CACHE_SIZE) cache.clear();
          cache.set(key, schema);
          setFound(schema);
        })
        // No schema (a network error, a graph the server cannot read): the fields stay free text.
        .catch(() => undefined);
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [key, pipelineId]);

  // Until the answer for this graph comes, the previous one (the pickers do not flicker).
  const schema = (key === null ? undefined : cache.get(key)) ?? found;
  return pickerSchema(schema?.nodes[nodeId], inputs);
}
