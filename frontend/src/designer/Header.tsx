import { isRealtimeInferencePipeline, publishedAsLinks } from "../publish/deployForm";
import { useGraphStore } from "../store/graphStore";
import { useRunStore } from "../store/runStore";
import { cancelShownRun, resumeShownRun, resumeShownRunWithFix, showRun } from "../run/controller";
import { runHeadline } from "../run/headline";
import { runPageHref } from "../run/history";
import { runProgress, stepCounts, type RunInfo } from "../run/runState";
import { isRunActive } from "../run/status";
import { saveLabel } from "../save/autosave";
import { useSaveStore } from "../store/saveStore";
import { showsPast, useMayDo } from "../store/access";
import { useViewStore } from "../store/viewStore";
import { Presence } from "./Presence";

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

/** "Published as <endpoint> (vN)", each linking the pipeline endpoint's page. */
function PublishedAs() {
  const publishedAs = useGraphStore((s) => s.pipeline?.publishedAs);
  if (!publishedAs || publishedAs.length === 0) return null;
  const links = publishedAsLinks(publishedAs);
  return (
    <span
      className="pw-muted pw-published-as"
      data-testid="published-as"
      title={`Published as ${links.map((l) => l.label).join(", ")}`}
    >
      Published as{" "}
      {links.map((link, i) => (
        <span key={link.href}>
          {i > 0 && ", "}
          <a href={link.href} data-testid={`published-as-${publishedAs[i]?.endpoint ?? ""}`}>
            {link.label}
          </a>
        </span>
      ))}
    </span>
  );
}

/** "resumed from run #N" and "resumed as run #M", each linking that run's page. */
function RunLinks({ run }: { run: RunInfo }) {
  const from = run.resumed_from ?? null;
  const by = run.resumed_by ?? [];
  if (from === null && by.length === 0) return null;
  return (
    <span className="pw-muted pw-run-links">
      {from !== null && (
        <a href={runPageHref(from)} data-testid="resumed-from">
          resumed from run #{run.resumed_from_number ?? "?"}
        </a>
      )}
      {from !== null && by.length > 0 && " · "}
      {by.length > 0 && (
        <span data-testid="resumed-by">
          resumed as{" "}
          {by.map((next, i) => (
            <span key={String(next.id)}>
              {i > 0 && ", "}
              <a href={runPageHref(next.id)}>run #{next.number}</a>
            </span>
          ))}
        </span>
      )}
    </span>
  );
}

export function Header() {
  const pipeline = useGraphStore((s) => s.pipeline);
  // Only a real-time inference pipeline (it has a web service input) can be deployed.
  const deployable = useGraphStore((s) => isRealtimeInferencePipeline(s.nodes.map((n) => n.data.module)));
  const runId = useRunStore((s) => s.runId);
  const run = useRunStore((s) => s.run);
  const submitting = useRunStore((s) => s.submitting);
  const canceling = useRunStore((s) => s.canceling);
  const progress = useRunStore((s) => runProgress(s.run, s.steps));
  const done = useRunStore((s) => stepCounts(s.steps).done);
  const total = useRunStore((s) => Object.keys(s.steps).length);
  const readOnly = useViewStore((s) => s.readOnly);
  // A viewer of the workspace is not offered what the server would refuse them.
  const mayCancel = useMayDo("cancel");
  const mayResume = useMayDo("resume");
  const mayRestore = useMayDo("restoreVersion");
  const past = showsPast(readOnly);

  if (!pipeline) return null;
  const active = isRunActive(run?.status);
  const lastRun = pipeline.lastRun;
  // The shown run, else the latest one by name; "not run yet" only when there is none.
  const headline = runHeadline(runId, run, lastRun);
  const status = headline.shown ? headline.status : "idle";
  const percent = Math.round(progress * 100);

  return (
    <header className="pw-header">
      <div className="pw-header__title">
        <h1 title={pipeline.description || undefined}>{pipeline.name}</h1>
        {!readOnly && <SaveState />}
        {!past && <PublishedAs />}
        <Presence />
      </div>
      <div className="pw-header__run">
        {headline.number !== null && (
          <span className="pw-run-number" data-testid="run-number">
            {headline.shown ? "Run" : "Last run"} #{headline.number}
          </span>
        )}
        {headline.shown && run && <RunLinks run={run} />}
        <span
          className={`pw-run-status pw-run-status--${headline.status}`}
          data-testid="run-status"
          data-status={status}
          data-latest-status={headline.status}
        >
          {headline.text}
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
        {total > 0 && (
          <span className="pw-muted" data-testid="run-step-count">
            {done}/{total} steps
          </span>
        )}
        {runId === null && lastRun && !past && (
          <button
            type="button"
            className="pw-button pw-button--link"
            data-testid="show-last-run"
            onClick={() => {
              showRun(lastRun.id);
            }}
          >
            Show on canvas
          </button>
        )}
        {active && mayCancel && (
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
        {mayResume && (run?.status === "failed" || run?.status === "canceled") && (
          <button
            type="button"
            className="pw-button"
            data-testid="resume-button"
            title="Run it again as it was: finished steps are reused, only the rest runs"
            disabled={submitting}
            onClick={() => void resumeShownRun()}
          >
            Resume
          </button>
        )}
        {!readOnly && (run?.status === "failed" || run?.status === "canceled") && (
          <button
            type="button"
            className="pw-button"
            data-testid="resume-fix-button"
            title="Save your edits and go on with the pipeline as it is now: the steps this run finished are reused where you changed nothing; the node you fixed and what follows it run"
            disabled={submitting}
            onClick={() => void resumeShownRunWithFix()}
          >
            Resume with fix
          </button>
        )}
        <button
          type="button"
          className="pw-button"
          data-testid="history-button"
          onClick={() => {
            useViewStore.setState((s) => ({ historyOpen: !s.historyOpen, versionsOpen: false }));
          }}
        >
          History
        </button>
        {/* Versions of the pipeline's design (not on a past run's page; a version open
            read-only and a viewer's draft keep the button). */}
        {(!readOnly || readOnly.kind === "version" || readOnly.kind === "viewer") && (
          <button
            type="button"
            className="pw-button"
            data-testid="versions-button"
            title={
              mayRestore
                ? "Every save of this pipeline: open one read-only, name it, restore it as the draft"
                : "Every save of this pipeline: open one read-only, compare two"
            }
            onClick={() => {
              useViewStore.setState((s) => ({ versionsOpen: !s.versionsOpen, historyOpen: false }));
            }}
          >
            Versions
          </button>
        )}
        {!readOnly && (
          <button
            type="button"
            className="pw-button"
            data-testid="publish-button"
            title="Freeze this graph as a new version of a pipeline endpoint that can be triggered over HTTP"
            onClick={() => {
              useViewStore.setState({ publishOpen: true });
            }}
          >
            Publish
          </button>
        )}
        {!readOnly && deployable && (
          <button
            type="button"
            className="pw-button"
            data-testid="deploy-button"
            title="Make this real-time inference pipeline a new version of an endpoint that scores rows over HTTP"
            onClick={() => {
              useViewStore.setState({ deployOpen: true });
            }}
          >
            Deploy
          </button>
        )}
        {!readOnly && (
          <button
            type="button"
            className="pw-button pw-button--primary"
            data-testid="run-button"
            disabled={submitting || active}
            onClick={() => {
              useViewStore.setState({ submitOpen: true });
            }}
          >
            {submitting ? "Submitting…" : "Run"}
          </button>
        )}
      </div>
    </header>
  );
}
