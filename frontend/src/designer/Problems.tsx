// Validation problems as a list over the canvas; a click centres and selects the node.
import { Panel } from "@xyflow/react";
import { useState } from "react";
import { nodeTitle } from "../graph/convert";
import { useGraphStore } from "../store/graphStore";
import { useFocusNode } from "./useFocusNode";

export function Problems() {
  const any = useGraphStore((s) => s.graphIssues.length > 0 || Object.keys(s.issues).length > 0);
  // The list reads the nodes (for their titles): mounted only when there are problems,
  // so dragging a valid graph re-renders nothing here.
  return any ? <ProblemList /> : null;
}

function ProblemList() {
  const issues = useGraphStore((s) => s.issues);
  const graphIssues = useGraphStore((s) => s.graphIssues);
  const nodes = useGraphStore((s) => s.nodes);
  const focus = useFocusNode();
  const [open, setOpen] = useState(true);

  const rows = Object.entries(issues).flatMap(([nodeId, list]) => {
    const node = nodes.find((n) => n.id === nodeId);
    return list.map((issue) => ({ nodeId: node ? nodeId : null, name: node ? nodeTitle(node.data) : nodeId, issue }));
  });
  const count = rows.length + graphIssues.length;
  if (count === 0) return null;
  const errors =
    graphIssues.filter((i) => i.severity !== "warning").length + rows.filter((r) => r.issue.severity !== "warning").length;

  return (
    <Panel position="bottom-left" className="pw-problems" data-testid="problems">
      <button
        type="button"
        className={`pw-problems__toggle${errors > 0 ? " pw-problems__toggle--error" : ""}`}
        aria-expanded={open}
        data-testid="problems-toggle"
        onClick={() => {
          setOpen(!open);
        }}
      >
        <span className="pw-problems__mark" aria-hidden="true">
          !
        </span>{" "}
        {count} problem{count === 1 ? "" : "s"}
      </button>
      {open && (
        <ul className="pw-problems__list">
          {graphIssues.map((issue, i) => (
            <li key={`g${i}`} data-testid="problem">
              {issue.message}
            </li>
          ))}
          {rows.map(({ nodeId, name, issue }, i) => (
            <li key={`n${i}`} data-testid="problem" data-node={nodeId ?? ""}>
              <button
                type="button"
                className="pw-button--link"
                disabled={nodeId === null}
                onClick={() => {
                  if (nodeId !== null) focus(nodeId);
                }}
              >
                <b>{name}</b>
                {issue.port ? ` (${issue.port})` : issue.param ? ` (${issue.param})` : ""}: {issue.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
