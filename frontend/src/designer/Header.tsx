import { useGraphStore } from "../store/graphStore";
import { useRunStore } from "../store/runStore";
import { cancelShownRun, showRun, startRun } from "../run/controller";
import { runProgress } from "../run/runState";
import { isRunActive } from "../run/status";
import { saveLabel } from "../save/autosave";
import { saveNow } from "../save/controller";
import { useSaveStore } from "../store/saveStore";

/** "Saved" / "Saving…" / "Unsaved changes" / "Conflict"; a failed save says why on hover. */
function SaveState() {
  const status = useSaveStore((s) => s.status);
  const label = useSaveStore(saveLabel);
  const error = useSaveStore((s) => s.error);
  return (
    <span
      className={`pw-save-state pw-save-state--${status}`}
      data-testid="save-state"
      data-status={status}
      role="status"
      title={status === "error" && error ? `Save failed: ${error}` : undefined}
    >
      {label}
    </span>
  );
}

export function Header() {
  const pipeline = useGraphStore((s) => s.pipeline);
  const runId = useRunStore((s) => s.runId);
  const run = useRunStore((s) => s.run);
  const submitting = useRunStore((s) => s.submitting);
  const canceling = useRunStore((s) => s.canceling);
  const progress = useRunStore((s) => runProgress(s.run, s.steps));

  if (!pipeline) return null;
  const active = isRunActive(run?.status);
  const status = run?.status ?? (runId !== null ? "loading" : "idle");
  const statusText =
    status === "idle" ? "not run yet" : status === "loading" ? "connecting…" : status;
  const percent = Math.round(progress * 100);
  const lastRun = pipeline.lastRun;

  return (
    <header className="pw-header">
      <div className="pw-header__title">
        <h1 title={pipeline.description || undefined}>{pipeline.name}</h1>
        <SaveState />
      </div>
      <div className="pw-header__run">
        {run && <span className="pw-run-number">Run #{run.number}</span>}
        <span
          className={`pw-run-status pw-run-status--${status}`}
          data-testid="run-status"
          data-status={status}
        >
          {statusText}
        </span>
        <div
          className={`pw-progress pw-progress--${status}`}
          role="progressbar"
          aria-label="Run progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          data-testid="run-progress"
        >
          <div className="pw-progress__bar" style={{ width: `${percent}%` }} />
        </div>
        {runId === null && lastRun && (
          <button
            type="button"
            className="pw-button pw-button--link"
            data-testid="show-last-run"
            onClick={() => {
              showRun(lastRun.id);
            }}
          >
            Show last run ({lastRun.status})
          </button>
        )}
        {active && (
          <button
            type="button"
            className="pw-button"
            data-testid="cancel-button"
            disabled={canceling}
            onClick={() => void cancelShownRun()}
          >
            {canceling ? "Canceling…" : "Cancel"}
          </button>
        )}
        <button
          type="button"
          className="pw-button pw-button--primary"
          data-testid="run-button"
          disabled={submitting || active}
          onClick={() => {
            // The server runs what it has: send pending edits first.
            void saveNow().then(() => startRun(pipeline.id));
          }}
        >
          {submitting ? "Submitting…" : "Run"}
        </button>
      </div>
    </header>
  );
}
