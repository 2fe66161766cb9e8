import { useState } from "react";
import { createInferencePipeline, type InferenceKind } from "../api/inference";
import { useRunStore } from "../store/runStore";

const LABELS: Record<InferenceKind, string> = {
  realtime: "Real-time inference pipeline",
  batch: "Batch inference pipeline",
};

/** On a completed run: make an inference pipeline from what it trained, and open it. */
export function CreateInferencePipeline({ runId }: { runId: string }) {
  const status = useRunStore((s) => s.run?.status);
  const [kind, setKind] = useState<InferenceKind>("realtime");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (status !== "completed") return null;

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = await createInferencePipeline(runId, kind);
      window.location.assign(created.url);
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not create the inference pipeline");
      setBusy(false);
    }
  };

  return (
    <span className="pw-inference-create" data-testid="create-inference">
      <select
        aria-label="Inference pipeline kind"
        data-testid="inference-kind"
        value={kind}
        disabled={busy}
        onChange={(event) => {
          setKind(event.target.value as InferenceKind);
        }}
      >
        {(Object.keys(LABELS) as InferenceKind[]).map((choice) => (
          <option key={choice} value={choice}>
            {LABELS[choice]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="pw-button"
        data-testid="create-inference-pipeline"
        disabled={busy}
        onClick={() => void create()}
      >
        {busy ? "Creating…" : "Create inference pipeline"}
      </button>
      {error && <span role="alert">{error}</span>}
    </span>
  );
}
