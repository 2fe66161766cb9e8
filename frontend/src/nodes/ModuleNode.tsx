// The view of a module node. Static data comes in through props (React Flow
// re-renders a node only when its node object changes); live status comes from
// per-node store selectors, so one step's update re-renders one node.
import { Handle, Position, useConnection, useStoreApi, type ConnectionState, type NodeProps } from "@xyflow/react";
import { memo, useEffect, useState, type KeyboardEvent } from "react";
import { asWireStart, type PortRef } from "../edit/keyboardWire";
import { nodeTitle, type ModuleFlowNode } from "../graph/convert";
import { portHint, type WireStart } from "../graph/edit";
import { useGraphStore } from "../store/graphStore";
import { cancelKeyboardWire, pickPortFromKeyboard, useKeyboardWireStore } from "../store/keyboardWireStore";
import { useRunStore } from "../store/runStore";
import { portColor } from "./portTypes";
import type { PortDef } from "./registry";
import { countRender } from "./renderCount";
import {
  elapsedSince,
  errorSummary,
  formatElapsed,
  reuseSource,
  statusIcon,
  statusLabel,
  type NodeStatus,
} from "./status";

/** Ticks once a second; only this span re-renders, not the node. */
function Elapsed({ since }: { since: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  const ms = elapsedSince(since, now);
  return ms === null ? null : (
    <span className="pw-node__elapsed" data-testid="node-elapsed">
      {formatElapsed(ms)}
    </span>
  );
}

/** The start of the wire being drawn, as one string (so a port re-renders only when a drag starts or ends). */
function wireStartKey(connection: ConnectionState): string | null {
  if (!connection.inProgress) return null;
  const { nodeId, id, type } = connection.fromHandle;
  return JSON.stringify({ nodeId, handleId: id ?? "", type } satisfies WireStart);
}

/** The wire picked from the keyboard, as one string (so a port re-renders only when it changes). */
function keyboardWireKey(state: { pending: PortRef | null }): string | null {
  return state.pending === null ? null : JSON.stringify(asWireStart(state.pending));
}

function Port({
  nodeId,
  port,
  side,
  connectable,
}: {
  nodeId: string;
  port: PortDef;
  side: "in" | "out";
  connectable: boolean;
}) {
  const notes = [port.optional && "optional", port.multiple && "takes many wires"].filter(Boolean);
  const description = `${port.name}: ${port.type}${notes.length ? ` (${notes.join(", ")})` : ""}`;
  const dragStart = useConnection(wireStartKey);
  const keyStart = useKeyboardWireStore(keyboardWireKey);
  const flow = useStoreApi();
  const self: PortRef = { nodeId, port: port.name, side };
  const picked = keyStart !== null && keyStart === JSON.stringify(asWireStart(self));
  // While a wire is drawn (dragged, or started from the keyboard): would this port
  // take it? Read once per drag, not per frame.
  const wireStart = dragStart ?? keyStart;
  let hint = null;
  if (wireStart !== null) {
    const { nodes, edges } = useGraphStore.getState();
    hint = portHint(JSON.parse(wireStart) as WireStart, { nodeId, name: port.name, side }, nodes, edges);
  }
  const tooltip =
    hint === null ? description : hint.accepts ? `${description}: takes this wire` : `${description}: ${hint.reason}`;
  const wire = hint === null ? "" : hint.accepts ? "accepts" : "refuses";
  const handleClasses = ["pw-handle"];
  // A taller bar instead of a dot: this input takes many wires.
  if (port.multiple) handleClasses.push("pw-handle--multiple");
  if (wire) handleClasses.push(`pw-handle--${wire}`);
  if (picked) handleClasses.push("pw-handle--picked");

  // The keyboard way to wire: Enter (or Space) on an output, then on an input (or the
  // other way round); Escape drops the start. Kept from the node, which would take
  // Enter as "select" and arrows as "move".
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!connectable) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      event.stopPropagation();
      const message = pickPortFromKeyboard(self);
      if (message !== null) flow.setState({ ariaLiveMessage: message });
    } else if (event.key === "Escape" && cancelKeyboardWire()) {
      event.preventDefault();
      event.stopPropagation();
      flow.setState({ ariaLiveMessage: "Wire cancelled." });
    }
  };
  return (
    <div className={`pw-port pw-port--${side}${wire ? ` pw-port--${wire}` : ""}`} title={tooltip}>
      <Handle
        type={side === "in" ? "target" : "source"}
        position={side === "in" ? Position.Left : Position.Right}
        id={port.name}
        title={tooltip}
        // A port is a button: Enter picks it as a wire's end. Off the Tab order where
        // no wire can be drawn (a past run, a version).
        role="button"
        tabIndex={connectable ? 0 : -1}
        aria-label={`${side === "in" ? "Input" : "Output"} ${tooltip}`}
        aria-pressed={connectable ? picked : undefined}
        aria-disabled={connectable ? undefined : true}
        onKeyDown={onKeyDown}
        className={handleClasses.join(" ")}
        data-multiple={port.multiple ? "true" : undefined}
        data-wire={wire || undefined}
        data-picked={picked ? "true" : undefined}
        style={{ background: portColor(port.type) }}
      />
      <span className="pw-port__name">{port.name}</span>
    </div>
  );
}

function ModuleNodeView({ id, data, selected, isConnectable }: NodeProps<ModuleFlowNode>) {
  countRender(id);
  const step = useRunStore((s) => s.steps[id]);
  const issues = useGraphStore((s) => s.issues[id]);
  const status: NodeStatus = step?.status ?? "idle";
  const { definition } = data;
  const title = nodeTitle(data);
  const error = status === "failed" ? errorSummary(step?.error) : "";
  const progress = status === "running" ? (step?.progress ?? null) : null;
  const progressMessage = status === "running" ? step?.message || step?.progress_message : null;
  // Why it was reused goes on the face; why a step re-ran is in the tooltip and the panel.
  const reason = status === "reused" ? reuseSource(step?.reason) : "";

  const classes = ["pw-node", `pw-node--${status}`];
  if (selected) classes.push("pw-node--selected");
  if (issues?.some((i) => i.severity !== "warning")) classes.push("pw-node--invalid");
  else if (issues?.length) classes.push("pw-node--warning");
  if (!definition.known) classes.push("pw-node--unknown");

  return (
    <div className={classes.join(" ")} data-testid={`node-${id}`} data-status={status}>
      <div className="pw-node__header">
        <div className="pw-node__title">{title}</div>
        {title !== definition.name && <div className="pw-node__module">{definition.name}</div>}
      </div>
      {(definition.inputs.length > 0 || definition.outputs.length > 0) && (
        <div className="pw-node__ports">
          <div className="pw-node__inputs">
            {definition.inputs.map((port) => (
              <Port key={port.name} nodeId={id} port={port} side="in" connectable={isConnectable} />
            ))}
          </div>
          <div className="pw-node__outputs">
            {definition.outputs.map((port) => (
              <Port key={port.name} nodeId={id} port={port} side="out" connectable={isConnectable} />
            ))}
          </div>
        </div>
      )}
      <div className="pw-node__status" data-testid="node-status" title={step?.reason ?? undefined}>
        <span className="pw-status-icon" aria-hidden="true">
          {statusIcon(status)}
        </span>
        <span>{statusLabel(status, progress)}</span>
        {status === "running" && step?.started_at && <Elapsed since={step.started_at} />}
        {reason && (
          <span className="pw-node__reason" data-testid="node-reason">
            {reason}
          </span>
        )}
        {!data.reuse && <span className="pw-node__flag" title="Never reused from cache">no reuse</span>}
      </div>
      {progress !== null && (
        <div className="pw-node__progress" aria-hidden="true">
          <div style={{ width: `${Math.round(progress * 100)}%` }} />
        </div>
      )}
      {progressMessage && (
        <div className="pw-node__message" data-testid="node-progress-message">
          {progressMessage}
        </div>
      )}
      {error && (
        <div className="pw-node__error" data-testid="node-error" title={step?.error ?? ""}>
          {error}
        </div>
      )}
      {issues?.map((issue, i) => (
        <div
          key={i}
          className={`pw-node__issue${issue.severity === "warning" ? " pw-node__issue--warning" : ""}`}
          data-testid="node-issue"
          data-severity={issue.severity ?? "error"}
        >
          {issue.message}
        </div>
      ))}
    </div>
  );
}

export const ModuleNode = memo(ModuleNodeView);
