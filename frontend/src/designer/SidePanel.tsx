import { useEffect, useLayoutEffect, useRef } from "react";
import { nodeTitle } from "../graph/convert";
import { statusLabel, type NodeStatus } from "../nodes/status";
import { loadStepLogs } from "../run/controller";
import { logSourceLabel } from "../run/logs";
import { useGraphStore } from "../store/graphStore";
import { useRunStore } from "../store/runStore";
import { mayDo, VIEWER_REASON } from "../store/access";
import { useViewStore } from "../store/viewStore";
import { StepOutputs } from "../outputs/StepOutputs";
import { NodeFields, ParamForm } from "./ParamForm";
import { RunSettings } from "./RunSettings";
import { focusNode } from "./keyboardFocus";
import { SourcePreviewButton } from "./SourcePreview";
import { PANEL_WIDTH, TAB_LABELS, panelTabs, shownTab } from "./panelLayout";
import { usePanelStore } from "./panelStore";

/** Details of the selected node, in tabs: parameters, code (script nodes), outputs, log.
 * The panel is resizable by its left edge (the width is remembered) and collapsible. */
export function SidePanel() {
  const nodeId = useGraphStore((s) => s.selectedNodeId);
  // Select the data object, not the node, so dragging does not re-render the panel.
  const data = useGraphStore((s) =>
    s.selectedNodeId === null ? undefined : s.nodes.find((n) => n.id === s.selectedNodeId)?.data,
  );
  const select = useGraphStore((s) => s.select);
  const readOnly = useViewStore((s) => s.readOnly !== null);
  // Hovering a viewer's disabled fields says why they cannot change them.
  const why = useViewStore((s) => (mayDo(s.role, "edit") ? undefined : VIEWER_REASON));
  const width = usePanelStore((s) => s.width);
  const collapsed = usePanelStore((s) => s.collapsed);
  const setCollapsed = usePanelStore((s) => s.setCollapsed);
  const wanted = usePanelStore((s) => s.tab);
  const setTab = usePanelStore((s) => s.setTab);
  // Closing the panel from the keyboard (Escape, its × button) hands focus back to the
  // node rather than dropping it on the page.
  useEffect(() => {
    if (nodeId === null) return undefined;
    return () => {
      if (document.activeElement === document.body) focusNode(nodeId);
    };
  }, [nodeId]);
  if (nodeId === null || !data) return null;

  const { definition } = data;
  if (collapsed) {
    return (
      <aside className="pw-panel pw-panel--collapsed" data-testid="side-panel" data-collapsed="true" aria-label="Node details">
        <button
          type="button"
          className="pw-button pw-button--icon"
          aria-label="Expand the node panel"
          title="Expand the node panel"
          data-testid="side-panel-expand"
          onClick={() => {
            setCollapsed(false);
          }}
        >
          «
        </button>
        <span className="pw-panel__spine">{nodeTitle(data)}</span>
      </aside>
    );
  }
  const tabs = panelTabs(definition.params);
  const tab = shownTab(wanted, tabs);
  return (
    <aside
      className="pw-panel"
      data-testid="side-panel"
      aria-label="Node details"
      style={{ width }}
      onKeyDown={(e) => {
        // Escape goes back to the node on the canvas (a second Escape there clears the
        // selection). The code editor and an open dialog (an output viewer) keep theirs.
        if (e.key !== "Escape" || e.defaultPrevented) return;
        if ((e.target as HTMLElement).closest(".cm-editor") || document.querySelector('[aria-modal="true"]')) return;
        if (focusNode(nodeId)) e.preventDefault();
      }}
    >
      <ResizeHandle />
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
        <div className="pw-panel__header-actions">
          <button
            type="button"
            className="pw-button pw-button--icon"
            aria-label="Collapse the node panel"
            title="Collapse the node panel"
            data-testid="side-panel-collapse"
            onClick={() => {
              setCollapsed(true);
            }}
          >
            »
          </button>
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
      </div>
      <div className="pw-tabs" role="tablist" aria-label="Node details">
        {tabs.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`pw-panel-tab-${t}`}
            aria-selected={t === tab}
            aria-controls="pw-panel-tabpanel"
            tabIndex={t === tab ? 0 : -1}
            className={t === tab ? "pw-tab pw-tab--on" : "pw-tab"}
            data-testid={`panel-tab-${t}`}
            onClick={() => {
              setTab(t);
            }}
            onKeyDown={(e) => {
              // Arrow keys move between tabs (the WAI-ARIA tabs pattern).
              const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
              if (step === 0) return;
              const next = tabs[(tabs.indexOf(t) + step + tabs.length) % tabs.length];
              if (next === undefined) return;
              setTab(next);
              document.getElementById(`pw-panel-tab-${next}`)?.focus();
            }}
          >
            {TAB_LABELS[t]}
          </button>
        ))}
      </div>
      <div
        className="pw-panel__body"
        role="tabpanel"
        id="pw-panel-tabpanel"
        // Reachable with Tab even when it holds nothing focusable (a past run's
        // disabled fields), so its content can be scrolled from the keyboard.
        tabIndex={0}
        aria-labelledby={`pw-panel-tab-${tab}`}
        data-testid={`panel-body-${tab}`}
      >
        {tab === "parameters" && (
          <>
            {definition.description && <p className="pw-panel__description">{definition.description}</p>}
            <fieldset className="pw-fieldset" disabled={readOnly} title={why}>
              <NodeFields nodeId={nodeId} data={data} />
              <ParamForm nodeId={nodeId} data={data} only="other" />
              <RunSettings nodeId={nodeId} data={data} />
            </fieldset>
            <SourcePreviewButton nodeId={nodeId} module={data.module} />
            <EndpointLink params={data.params} />
          </>
        )}
        {tab === "code" && (
          <fieldset className="pw-fieldset" disabled={readOnly} title={why}>
            <ParamForm nodeId={nodeId} data={data} only="code" />
          </fieldset>
        )}
        {tab === "outputs" && (
          <>
            <StepDetails nodeId={nodeId} />
            <StepOutputs nodeId={nodeId} />
          </>
        )}
        {tab === "log" && <Logs nodeId={nodeId} />}
      </div>
    </aside>
  );
}

/** The panel's left edge: drag it (or focus it and press the arrow keys) to resize. */
function ResizeHandle() {
  const width = usePanelStore((s) => s.width);
  const setWidth = usePanelStore((s) => s.setWidth);
  const commitWidth = usePanelStore((s) => s.commitWidth);
  const drag = useRef<{ x: number; width: number } | null>(null);
  return (
    <div
      className="pw-panel__resize"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the node panel"
      aria-valuenow={width}
      aria-valuemin={PANEL_WIDTH.min}
      aria-valuemax={PANEL_WIDTH.max}
      tabIndex={0}
      data-testid="side-panel-resize"
      onPointerDown={(e) => {
        e.preventDefault();
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { x: e.clientX, width };
      }}
      onPointerMove={(e) => {
        const start = drag.current;
        // The panel is on the right: dragging its edge left widens it.
        if (start) setWidth(start.width + (start.x - e.clientX));
      }}
      onPointerUp={() => {
        if (!drag.current) return;
        drag.current = null;
        commitWidth();
      }}
      onKeyDown={(e) => {
        const step = e.key === "ArrowLeft" ? 20 : e.key === "ArrowRight" ? -20 : 0;
        if (step === 0) return;
        e.preventDefault();
        setWidth(width + step);
        commitWidth();
      }}
    />
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

  if (runId === null) {
    return (
      <section className="pw-panel__section">
        <h3>Log</h3>
        <p className="pw-muted">Not run yet.</p>
      </section>
    );
  }
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
