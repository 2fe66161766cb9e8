import { useState } from "react";
import { cloneRun } from "../api/runs";
import { useGraphStore } from "../store/graphStore";
import { useViewStore } from "../store/viewStore";
import { CreateInferencePipeline } from "./CreateInferencePipeline";

/** On /runs/{id}/: says the canvas is a past run's frozen graph, and offers a way out. */
export function ReadOnlyBanner() {
  const readOnly = useViewStore((s) => s.readOnly);
  const pipeline = useGraphStore((s) => s.pipeline);
  const [cloning, setCloning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!readOnly || !pipeline) return null;

  const clone = async () => {
    setCloning(true);
    setError(null);
    try {
      const draft = await cloneRun(readOnly.runId);
      window.location.assign(`/pipelines/${encodeURIComponent(String(draft.id))}/`);
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not clone the run");
      setCloning(false);
    }
  };

  return (
    <div className="pw-banner pw-banner--info pw-banner--actions" role="status" data-testid="read-only-banner">
      <span>
        <strong>Read-only: run #{readOnly.number}</strong> — the graph as it was submitted. Editing is off.
      </span>
      <a className="pw-button" href={`/pipelines/${encodeURIComponent(String(pipeline.id))}/`}>
        Open pipeline
      </a>
      <button
        type="button"
        className="pw-button pw-button--primary"
        data-testid="clone-run"
        disabled={cloning}
        onClick={() => void clone()}
      >
        {cloning ? "Cloning…" : "Clone into draft"}
      </button>
      <CreateInferencePipeline runId={readOnly.runId} />
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
