import { useState } from "react";
import { getStepDetail, stepImageUrl } from "../api/runs";
import type { StepDetail } from "../api/types";
import { useGraphStore } from "../store/graphStore";
import { useRunStore } from "../store/runStore";
import { OutputViewer } from "./OutputViewer";
import { formatNumber } from "./format";
import { useFetch } from "./useFetch";

const HAS_OUTPUTS = new Set(["completed", "reused"]);

/** The selected node's outputs (a viewer per port), logged metrics and images. */
export function StepOutputs({ nodeId }: { nodeId: string }) {
  const runId = useRunStore((s) => s.runId);
  const status = useRunStore((s) => s.steps[nodeId]?.status);
  const ready = runId !== null && status !== undefined && HAS_OUTPUTS.has(status);
  const detail = useFetch<StepDetail>(ready ? `${runId}/${nodeId}/${status}` : null, (signal) =>
    getStepDetail(runId ?? "", nodeId, signal),
  );
  if (!ready) return null;
  if (detail.state === "loading") return <p className="pw-muted pw-panel__section">Loading outputs…</p>;
  if (detail.state === "error") return <p className="pw-panel__section" role="alert">{detail.message}</p>;
  return <Outputs runId={runId} nodeId={nodeId} step={detail.value} />;
}

function Outputs({ runId, nodeId, step }: { runId: string; nodeId: string; step: StepDetail }) {
  const ports = useGraphStore(
    (s) => s.nodes.find((n) => n.id === nodeId)?.data.definition.outputs,
  );
  const [open, setOpen] = useState<{ port: string; type: string } | null>(null);
  const metrics = Object.entries(step.metrics ?? {});
  const images = step.images ?? [];
  const available = (ports ?? []).filter((p) => step.outputs?.[p.name]);

  return (
    <section className="pw-panel__section" data-testid="step-outputs">
      <h3>Outputs</h3>
      {step.reused_from_run != null && (
        <p className="pw-muted" data-testid="reused-from">
          Outputs reused from an{" "}
          <a href={`/runs/${encodeURIComponent(String(step.reused_from_run))}/`}>earlier run</a>.
        </p>
      )}
      {available.length === 0 && <p className="pw-muted">This step has no outputs to show.</p>}
      <ul className="pw-output-list">
        {available.map((port) => (
          <li key={port.name}>
            <button
              type="button"
              className="pw-button"
              data-testid={`view-output-${port.name}`}
              onClick={() => {
                setOpen({ port: port.name, type: port.type });
              }}
            >
              View {port.name}
            </button>{" "}
            <span className="pw-muted">{port.type}</span>
          </li>
        ))}
      </ul>
      {metrics.length > 0 && (
        <>
          <h3>Logged metrics</h3>
          <table className="pw-table" data-testid="logged-metrics">
            <tbody>
              {metrics.map(([name, value]) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td>{formatNumber(value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {images.length > 0 && (
        <>
          <h3>Logged images</h3>
          {images.map((name) => (
            <figure key={name} className="pw-logged-image">
              <img src={stepImageUrl(runId, nodeId, name)} alt={name} loading="lazy" />
              <figcaption>{name}</figcaption>
            </figure>
          ))}
        </>
      )}
      {step.cache_components && (
        <details className="pw-cache">
          <summary>What the cache key is made of</summary>
          <pre className="pw-json">{JSON.stringify(step.cache_components, null, 2)}</pre>
        </details>
      )}
      {open && (
        <OutputViewer
          runId={runId}
          nodeId={nodeId}
          port={open.port}
          type={open.type}
          onClose={() => {
            setOpen(null);
          }}
        />
      )}
    </section>
  );
}
