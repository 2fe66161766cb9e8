// Where and how a node runs: compute target, cache reuse, time limit and retries.
import { useEffect, useState } from "react";
import { listComputeTargets } from "../api/compute";
import type { ComputeTarget } from "../api/types";
import type { ModuleNodeData } from "../graph/convert";
import { RETRY_KINDS } from "../graph/types";
import { useGraphStore } from "../store/graphStore";

const RETRY_LABELS: Record<(typeof RETRY_KINDS)[number], string> = {
  error: "the module raised",
  timeout: "time limit",
  killed: "killed (memory, processes, signal)",
  worker_lost: "worker lost",
};

let targetsRequest: Promise<ComputeTarget[]> | null = null;

/** The compute targets the user may pick from, fetched once per page. */
function useComputeTargets(): ComputeTarget[] {
  const [targets, setTargets] = useState<ComputeTarget[]>([]);
  useEffect(() => {
    let live = true;
    targetsRequest ??= listComputeTargets().catch(() => {
      targetsRequest = null; // try again next time the panel opens
      return [];
    });
    void targetsRequest.then((list) => {
      if (live) setTargets(list);
    });
    return () => {
      live = false;
    };
  }, []);
  return targets;
}

function describe(target: ComputeTarget): string {
  const workers = target.workers.length === 0 ? "no worker online" : `${target.workers.length} worker(s)`;
  return `${target.name} (${target.executor}, ${workers})`;
}

export function RunSettings({ nodeId, data }: { nodeId: string; data: ModuleNodeData }) {
  const update = useGraphStore((s) => s.updateNodeData);
  const pipelineTarget = useGraphStore((s) => s.document.compute ?? null);
  const targets = useComputeTargets();
  const retryOn = data.retryOn ?? [...RETRY_KINDS];
  const maxRetries = data.maxRetries ?? 0;
  const known = data.compute === null || targets.some((t) => t.name === data.compute);

  return (
    <section className="pw-panel__section pw-fields" data-testid="run-settings">
      <h3>Run settings</h3>
      <label className="pw-field">
        <span>Compute target</span>
        <select
          data-testid="node-compute"
          value={data.compute ?? ""}
          onChange={(e) => {
            update(nodeId, { compute: e.target.value === "" ? null : e.target.value });
          }}
        >
          <option value="">{pipelineTarget ? `pipeline default (${pipelineTarget})` : "pipeline default (local)"}</option>
          {targets.map((t) => (
            <option key={`${t.scope}:${t.name}`} value={t.name}>
              {describe(t)}
            </option>
          ))}
          {!known && data.compute !== null && <option value={data.compute}>{data.compute} (unknown)</option>}
        </select>
      </label>
      <label className="pw-check">
        <input
          type="checkbox"
          data-testid="node-reuse"
          checked={data.reuse}
          onChange={(e) => {
            update(nodeId, { reuse: e.target.checked });
          }}
        />
        <span>Reuse cached results when nothing changed</span>
      </label>
      <label className="pw-field">
        <span>Time limit (seconds)</span>
        <input
          type="number"
          min={1}
          data-testid="node-timeout"
          placeholder="the target's"
          value={data.timeoutSeconds ?? ""}
          onChange={(e) => {
            const value = Number(e.target.value);
            update(nodeId, { timeoutSeconds: e.target.value === "" || !(value > 0) ? null : value }, "timeout");
          }}
        />
      </label>
      <label className="pw-field">
        <span>Retries</span>
        <input
          type="number"
          min={0}
          max={10}
          data-testid="node-retries"
          value={maxRetries}
          onChange={(e) => {
            const value = Math.max(0, Math.min(10, Math.trunc(Number(e.target.value) || 0)));
            update(nodeId, { maxRetries: value }, "retries");
          }}
        />
      </label>
      {maxRetries > 0 && (
        <fieldset className="pw-field" data-testid="node-retry-on">
          <legend>Retry when</legend>
          {RETRY_KINDS.map((kind) => (
            <label key={kind} className="pw-check">
              <input
                type="checkbox"
                checked={retryOn.includes(kind)}
                onChange={(e) => {
                  const next = RETRY_KINDS.filter((k) => (k === kind ? e.target.checked : retryOn.includes(k)));
                  update(nodeId, { retryOn: next.length === RETRY_KINDS.length ? undefined : [...next] });
                }}
              />
              {RETRY_LABELS[kind]}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
