// A node of the diff overlay: its title, a badge saying how it changed (an icon and a
// title, never colour alone), its ports for the wires, and for a run diff its status in
// both runs and whether its outputs are the same artifacts.
import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { statusIcon, statusLabel } from "../nodes/status";
import type { StepStatus } from "../api/types";
import { MARKS, type DiffFlowNode, type DiffMark } from "./overlay";

export function ChangeBadge({ mark }: { mark: DiffMark }) {
  if (mark === "unchanged") return null;
  const { icon, word } = MARKS[mark];
  return (
    <span className={`pw-diff-badge pw-diff-badge--${mark}`} role="img" aria-label={word} title={word} data-testid="diff-badge">
      {icon}
    </span>
  );
}

export function StepSide({ side, status }: { side: "a" | "b"; status: StepStatus | null }) {
  const label = status === null ? "no step" : statusLabel(status);
  return (
    <span className="pw-diff-step" data-testid={`diff-step-${side}`} data-status={status ?? "none"}>
      <span className="pw-muted">{side}:</span> <span aria-hidden="true">{status === null ? "·" : statusIcon(status)}</span>{" "}
      {label}
    </span>
  );
}

export function OutputsEqual({ equal }: { equal: boolean | null }) {
  if (equal === null) return null;
  const word = equal ? "same output" : "different output";
  return (
    <span className={`pw-diff-outputs pw-diff-outputs--${equal ? "same" : "different"}`} title={word} data-testid="diff-outputs" data-equal={String(equal)}>
      <span aria-hidden="true">{equal ? "=" : "≠"}</span> {word}
    </span>
  );
}

function DiffNodeView({ id, data, selected }: NodeProps<DiffFlowNode>) {
  const classes = ["pw-node", "pw-diff-node", `pw-diff-node--${data.mark}`];
  if (selected) classes.push("pw-node--selected");
  return (
    <div className={classes.join(" ")} data-testid={`diff-node-${id}`} data-change={data.mark}>
      <div className="pw-node__header">
        <div className="pw-node__title">{data.title}</div>
        {data.moduleName && <div className="pw-node__module">{data.moduleName}</div>}
        <ChangeBadge mark={data.mark} />
      </div>
      {(data.inputs.length > 0 || data.outputs.length > 0) && (
        <div className="pw-node__ports">
          <div className="pw-node__inputs">
            {data.inputs.map((port) => (
              <div key={port} className="pw-port pw-port--in">
                <Handle type="target" position={Position.Left} id={port} className="pw-handle" isConnectable={false} />
                <span className="pw-port__name">{port}</span>
              </div>
            ))}
          </div>
          <div className="pw-node__outputs">
            {data.outputs.map((port) => (
              <div key={port} className="pw-port pw-port--out">
                <Handle type="source" position={Position.Right} id={port} className="pw-handle" isConnectable={false} />
                <span className="pw-port__name">{port}</span>
              </div>
            ))}
          </div>
        </div>
      )}
      {data.run && (
        <div className="pw-diff-node__run">
          <StepSide side="a" status={data.run.a} />
          <StepSide side="b" status={data.run.b} />
          <OutputsEqual equal={data.run.outputsEqual} />
        </div>
      )}
    </div>
  );
}

export const DiffNode = memo(DiffNodeView);
