import { useState } from "react";
import { cloneRun } from "../api/runs";
import { useGraphStore } from "../store/graphStore";
import { useMayDo } from "../store/access";
import { useViewStore, type ReadOnlyRun, type ReadOnlyVersion } from "../store/viewStore";
import { backToDraft, restoreAsDraft } from "../versions/controller";
import { CreateInferencePipeline } from "./CreateInferencePipeline";

/** Says the canvas is read-only (a past run's frozen graph, a saved version, or the draft
 * to a viewer of the workspace) and offers a way out where there is one. */
export function ReadOnlyBanner() {
  const readOnly = useViewStore((s) => s.readOnly);
  const pipeline = useGraphStore((s) => s.pipeline);
  if (!readOnly || !pipeline) return null;
  if (readOnly.kind === "viewer") return <ViewerBanner />;
  return readOnly.kind === "version" ? <VersionBanner version={readOnly} /> : <RunBanner run={readOnly} />;
}

/** A viewer's draft: why nothing can be changed, and whom to ask. */
function ViewerBanner() {
  return (
    <div className="pw-banner pw-banner--info" role="status" data-testid="viewer-banner">
      <span>
        <strong>View only:</strong> you are a viewer in this workspace, so you can look at this pipeline, its runs and
        its versions but not change anything. Ask an owner of the workspace to make you an editor.
      </span>
    </div>
  );
}

function RunBanner({ run }: { run: ReadOnlyRun }) {
  const pipeline = useGraphStore((s) => s.pipeline);
  const [cloning, setCloning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Cloning and creating an inference pipeline make new pipelines: not for a viewer.
  const mayClone = useMayDo("clone");
  if (!pipeline) return null;

  const clone = async () => {
    setCloning(true);
    setError(null);
    try {
      const draft = await cloneRun(run.runId);
      window.location.assign(`/pipelines/${encodeURIComponent(String(draft.id))}/`);
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not clone the run");
      setCloning(false);
    }
  };

  return (
    <div className="pw-banner pw-banner--info pw-banner--actions" role="status" data-testid="read-only-banner">
      <span>
        <strong>Read-only: run #{run.number}</strong> — the graph as it was submitted. Editing is off.
      </span>
      <a className="pw-button" href={`/pipelines/${encodeURIComponent(String(pipeline.id))}/`}>
        Open pipeline
      </a>
      {mayClone && (
        <>
          <button
            type="button"
            className="pw-button pw-button--primary"
            data-testid="clone-run"
            disabled={cloning}
            onClick={() => void clone()}
          >
            {cloning ? "Cloning…" : "Clone into draft"}
          </button>
          <CreateInferencePipeline runId={run.runId} />
        </>
      )}
      {error && <span role="alert">{error}</span>}
    </div>
  );
}

function VersionBanner({ version }: { version: ReadOnlyVersion }) {
  const [restoring, setRestoring] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mayRestore = useMayDo("restoreVersion");

  const restore = async () => {
    setRestoring(true);
    setError(null);
    try {
      await restoreAsDraft(version.number);
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not restore the version");
    } finally {
      setRestoring(false);
    }
  };

  return (
    <div className="pw-banner pw-banner--info pw-banner--actions" role="status" data-testid="read-only-banner">
      <span>
        <strong>
          Read-only: version {version.number}
          {version.name && ` “${version.name}”`}
        </strong>{" "}
        — the pipeline as it was saved then. Editing is off; {mayRestore ? "your draft is unchanged" : "the draft is unchanged"}.
      </span>
      <button type="button" className="pw-button" data-testid="back-to-draft" onClick={backToDraft}>
        Back to draft
      </button>
      {mayRestore && (
        <button
          type="button"
          className="pw-button pw-button--primary"
          data-testid="restore-version"
          disabled={restoring}
          onClick={() => void restore()}
        >
          {restoring ? "Restoring…" : "Restore as draft"}
        </button>
      )}
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
