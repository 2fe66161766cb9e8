import { useEffect, useLayoutEffect, useRef } from "react";
import { nodeTitle } from "../graph/convert";
import { statusLabel, type NodeStatus } from "../nodes/status";
import { loadStepLogs } from "../run/controller";
import { logSourceLabel } from "../run/logs";
import { useGraphStore } from "../store/graphStore";
import { useRunStore } from "../store/runStore";
import { useViewStore } from "../store/viewStore";
import { StepOutputs } from "../outputs/StepOutputs";
import { NodeFields, ParamForm } from "./ParamForm";
import { RunSettings } from "./RunSettings";
import { SourcePreviewButton } from "./SourcePreview";

/** Details of the selected node: editable label, comment and params; status; logs. */
export function SidePanel() {
  const nodeId = useGraphStore((s) => s.selectedNodeId);
  // Select the data object, not the node, so dragging does not re-render the panel.
  const data = useGraphStore((s) =>
    s.selectedNodeId === null ? undefined : s.nodes.find((n) => n.id === s.selectedNodeId)?.data,
  );
  const select = useGraphStore((s) => s.select);
  const readOnly = useViewStore((s) => s.readOnly !== null);
  if (nodeId === null || !data) return null;

  const { definition } = data;
  return (
    <aside className="pw-panel" data-testid="side-panel" aria-label="Node details">
      <div className="pw-panel__header">
        <div>
          <h2>{nodeTitle(data)}</h2>
          <div className="pw-panel__sub">
            {definition.name}
            {definition.version && ` · v${definition.version}`}
            {definition.status === "deprecated" && " · deprecated"}
            {!definition.known && " · unavailable"}
          </div>
        </div>
        <button
          type="button"
          className="pw-button pw-button--icon"
          aria-label="Close"
          data-testid="side-panel-close"
          onClick={() => {
            select(null);
          }}
        >
          ×
        </button>
      </div>
      {definition.description && <p className="pw-panel__description">{definition.description}</p>}
      <fieldset className="pw-fieldset" disabled={readOnly}>
        <NodeFields nodeId={nodeId} data={data} />
        <ParamForm nodeId={nodeId} data={data} />
        <RunSettings nodeId={nodeId} data={data} />
      </fieldset>
      <SourcePreviewButton nodeId={nodeId} module={data.module} />
      <EndpointLink params={data.params} />
      <StepDetails nodeId={nodeId} />
      <StepOutputs nodeId={nodeId} />
      <Logs nodeId={nodeId} />
    </aside>
  );
}

/** A node that deploys to a named endpoint (deploy_model's endpoint_name) links to its
 * page, where its versions, live version and requests are. */
function EndpointLink({ params }: { params: Record<string, unknown> }) {
  const name = params.endpoint_name;
  if (typeof name !== "string" || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(name.trim())) return null;
  return (
    <section className="pw-panel__section">
      <a href={`/endpoints/${encodeURIComponent(name.trim())}/`} data-testid="endpoint-page-link">
        Open endpoint page
      </a>
    </section>
  );
}

function duration(start?: string | null, end?: string | null): string | null {
  if (!start) return null;
  const from = Date.parse(start);
  const to = end ? Date.parse(end) : NaN;
  if (Number.isNaN(from) || Number.isNaN(to)) return null;
  const seconds = Math.max(0, (to - from) / 1000);
  return seconds < 60 ? `${seconds.toFixed(1)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

function StepDetails({ nodeId }: { nodeId: string }) {
  const runId = useRunStore((s) => s.runId);
  const step = useRunStore((s) => s.steps[nodeId]);
  if (runId === null) {
    return (
      <section className="pw-panel__section">
        <h3>Status</h3>
        <p className="pw-muted">Not run yet.</p>
      </section>
    );
  }
  const status: NodeStatus = step?.status ?? "idle";
  const took = duration(step?.started_at, step?.finished_at);
  return (
    <section className="pw-panel__section">
      <h3>Status</h3>
      <div className={`pw-step-status pw-node--${status}`} data-testid="step-status" data-status={status}>
        <span className="pw-status-dot" aria-hidden="true" /> {statusLabel(status, step?.progress)}
        {took && <span className="pw-muted"> · {took}</span>}
      </div>
      {step?.message && <p className="pw-muted">{step.message}</p>}
      {step?.reason && (
        <p className="pw-reason" data-testid="step-reason">
          {step.reason}
        </p>
      )}
      {step?.error && (
        <pre className="pw-error-text" data-testid="step-error">
          {step.error}
        </pre>
      )}
    </section>
  );
}

function Logs({ nodeId }: { nodeId: string }) {
  const runId = useRunStore((s) => s.runId);
  const hasStep = useRunStore((s) => s.steps[nodeId] !== undefined);
  const buffer = useRunStore((s) => s.logs[nodeId]);
  const fetchState = buffer?.fetch ?? "none";
  const pre = useRef<HTMLPreElement>(null);
  const stickToBottom = useRef(true);

  useEffect(() => {
    if (runId !== null && hasStep && fetchState === "none") void loadStepLogs(runId, nodeId);
  }, [runId, nodeId, hasStep, fetchState]);

  const lines = buffer?.lines;
  useLayoutEffect(() => {
    const el = pre.current;
    if (el && stickToBottom.current) el.scrollTop = el.scrollHeight;
  }, [lines]);

  if (runId === null) return null;
  const source = buffer?.source ?? null;
  return (
    <section className="pw-panel__section pw-panel__logs">
      <h3>Log</h3>
      {source && (
        // A reused step never ran: this is the log of the run that made its output.
        <p className="pw-muted" data-testid="log-source">
          <a href={`/runs/${encodeURIComponent(String(source.run))}/`}>{logSourceLabel(source)}</a>
        </p>
      )}
      <pre
        ref={pre}
        className="pw-log"
        data-testid="log-panel"
        onScroll={(e) => {
          const el = e.currentTarget;
          stickToBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
        }}
      >
        {buffer && buffer.dropped > 0 && `… ${buffer.dropped} earlier lines not shown …\n`}
        {lines && lines.length > 0
          ? lines.join("\n")
          : fetchState === "loading"
            ? "Loading…"
            : "No log output yet."}
      </pre>
    </section>
  );
}
