import type { ValidationIssue } from "../api/types";
import { nodeTitle } from "../graph/convert";
import { useGraphStore } from "../store/graphStore";
import { useRunStore } from "../store/runStore";
import { reloadFromServer, saveAsCopy } from "../save/controller";
import { useSaveStore } from "../store/saveStore";

/** Connection trouble and refused actions, between the header and the canvas. */
export function Banners() {
  const connection = useRunStore((s) => s.connection);
  const actionError = useRunStore((s) => s.actionError);
  const issues = useGraphStore((s) => s.issues);
  const graphIssues = useGraphStore((s) => s.graphIssues);
  const hasIssues = graphIssues.length > 0 || Object.keys(issues).length > 0;

  return (
    <>
      <ConflictBanner />
      {connection === "reconnecting" && (
        <div className="pw-banner pw-banner--warning" role="status" data-testid="connection-banner">
          Connection lost — reconnecting…
        </div>
      )}
      {actionError && (
        <div className="pw-banner pw-banner--error" role="alert" data-testid="run-error">
          <strong>{actionError}</strong>
          {hasIssues && <IssueList issues={issues} graphIssues={graphIssues} />}
        </div>
      )}
    </>
  );
}

function IssueList({
  issues,
  graphIssues,
}: {
  issues: Readonly<Record<string, readonly ValidationIssue[]>>;
  graphIssues: readonly ValidationIssue[];
}) {
  // Subscribed here, not in Banners, so dragging nodes re-renders nothing when all is well.
  const nodes = useGraphStore((s) => s.nodes);
  const rows = Object.entries(issues).flatMap(([nodeId, list]) => {
    const node = nodes.find((n) => n.id === nodeId);
    const name = node ? nodeTitle(node.data) : nodeId;
    return list.map((issue) => ({ name, issue }));
  });
  return (
    <ul>
      {graphIssues.map((issue, i) => (
        <li key={`g${i}`}>{issue.message}</li>
      ))}
      {rows.map(({ name, issue }, i) => (
        <li key={`n${i}`}>
          <b>{name}</b>
          {issue.port ? ` (${issue.port})` : issue.param ? ` (${issue.param})` : ""}: {issue.message}
        </li>
      ))}
    </ul>
  );
}

/** Someone else saved first: the user picks which copy wins. Local edits stay until then. */
function ConflictBanner() {
  const status = useSaveStore((s) => s.status);
  const revision = useSaveStore((s) => s.conflictRevision);
  const resolving = useSaveStore((s) => s.resolving);
  const resolveError = useSaveStore((s) => s.resolveError);
  if (status !== "conflict") return null;
  return (
    <div className="pw-banner pw-banner--error pw-banner--actions" role="alert" data-testid="conflict-banner">
      <span>
        Someone else saved this pipeline{revision !== null ? ` (revision ${revision})` : ""}. Your
        changes are not saved.
      </span>
      <button
        type="button"
        className="pw-button"
        data-testid="conflict-reload"
        disabled={resolving}
        onClick={() => void reloadFromServer()}
      >
        Reload (discard my changes)
      </button>
      <button
        type="button"
        className="pw-button pw-button--primary"
        data-testid="conflict-save-copy"
        disabled={resolving}
        onClick={() => void saveAsCopy()}
      >
        Save as copy
      </button>
      {resolveError && <span data-testid="conflict-error">{resolveError}</span>}
    </div>
  );
}
