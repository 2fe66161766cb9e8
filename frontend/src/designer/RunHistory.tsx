import { useEffect, useState } from "react";
import { listRuns } from "../api/runs";
import type { RunListItem } from "../api/types";
import { CompareRunsBar, PickBox, usePicks } from "../diff/ComparePicker";
import { runPageHref, runRow } from "../run/history";
import { useGraphStore } from "../store/graphStore";
import { useRunStore } from "../store/runStore";
import { useViewStore } from "../store/viewStore";

type Load = { state: "loading" } | { state: "ready"; runs: RunListItem[]; at: number } | { state: "error"; message: string };

/** The pipeline's past runs; a row opens that run read-only on the canvas. */
export function RunHistory() {
  const open = useViewStore((s) => s.historyOpen);
  return open ? <HistoryDrawer /> : null;
}

function HistoryDrawer() {
  const pipelineId = useGraphStore((s) => s.pipeline?.id);
  const shownRunId = useRunStore((s) => s.runId);
  // Refetch when the shown run's status changes, so a finishing run updates its row.
  const shownStatus = useRunStore((s) => s.run?.status);
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const picks = usePicks<string>();

  useEffect(() => {
    if (pipelineId === undefined) return undefined;
    const controller = new AbortController();
    listRuns(pipelineId, controller.signal)
      .then((page) => {
        setLoad({ state: "ready", runs: page.results, at: Date.now() });
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) {
          setLoad({ state: "error", message: err instanceof Error ? err.message : "Could not load runs" });
        }
      });
    return () => {
      controller.abort();
    };
  }, [pipelineId, shownStatus]);

  return (
    <aside className="pw-history" data-testid="run-history" aria-label="Run history">
      <div className="pw-panel__header">
        <h2>Run history</h2>
        <button
          type="button"
          className="pw-button pw-button--icon"
          aria-label="Close"
          onClick={() => {
            useViewStore.setState({ historyOpen: false });
          }}
        >
          ×
        </button>
      </div>
      {load.state === "loading" && <p className="pw-muted">Loading…</p>}
      {load.state === "error" && <p role="alert">{load.message}</p>}
      {load.state === "ready" && load.runs.length === 0 && <p className="pw-muted">No runs yet.</p>}
      {load.state === "ready" && load.runs.length > 1 && (
        <CompareRunsBar picked={load.runs.filter((r) => picks.picked.includes(String(r.id)))} />
      )}
      {load.state === "ready" && load.runs.length > 0 && (
        <table className="pw-table pw-history__table">
          <thead>
            <tr>
              <th>Run</th>
              <th>Status</th>
              <th>Started by</th>
              <th>Experiment</th>
              <th>Main metric</th>
              <th>Started</th>
              <th>Duration</th>
              <th>By</th>
            </tr>
          </thead>
          <tbody>
            {load.runs.map((run) => {
              const row = runRow(run, load.at);
              return (
                <tr
                  key={row.id}
                  className={row.id === shownRunId ? "pw-history__current" : undefined}
                  data-testid={`history-run-${run.number}`}
                >
                  <td>
                    <PickBox
                      checked={picks.picked.includes(row.id)}
                      label={`Compare run ${row.number}`}
                      testId={`history-pick-${String(run.number)}`}
                      onToggle={() => {
                        picks.toggle(row.id);
                      }}
                    />
                    <a href={runPageHref(row.id)}>{row.number}</a>
                    {row.resumedFrom && (
                      <>
                        {" "}
                        <a
                          className="pw-muted"
                          href={row.resumedFrom.href}
                          data-testid={`history-resumed-${run.number}`}
                        >
                          {row.resumedFrom.label}
                        </a>
                      </>
                    )}
                  </td>
                  <td>
                    <span className={`pw-run-status pw-run-status--${row.status}`}>{row.status}</span>
                  </td>
                  <td>
                    <span
                      className={`pw-trigger pw-trigger--${row.trigger.kind}`}
                      title={row.trigger.title}
                      data-testid={`history-trigger-${run.number}`}
                      data-trigger={row.trigger.kind}
                    >
                      {row.trigger.label}
                    </span>
                    {row.trigger.detail && <span className="pw-muted"> {row.trigger.detail}</span>}
                  </td>
                  <td>{row.experimentHref ? <a href={row.experimentHref}>{row.experiment}</a> : row.experiment}</td>
                  <td data-testid={`history-metric-${run.number}`}>{row.metric}</td>
                  <td>{row.started}</td>
                  <td>{row.duration}</td>
                  <td>{row.who}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </aside>
  );
}
