import { useEffect, useState } from "react";
import { listVersions, nameVersion, type PipelineVersion } from "../api/versions";
import { CompareVersionsBar, PickBox, usePicks } from "../diff/ComparePicker";
import { formatStarted } from "../run/history";
import { useGraphStore } from "../store/graphStore";
import { useMayDo } from "../store/access";
import { useViewStore } from "../store/viewStore";
import { openVersion, restoreAsDraft } from "../versions/controller";

type Load =
  | { state: "loading" }
  | { state: "ready"; versions: PipelineVersion[]; at: number }
  | { state: "error"; message: string };

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : "Something went wrong";
}

/** Every save of the pipeline, newest first: open one read-only, restore it, name it. */
export function VersionHistory() {
  const open = useViewStore((s) => s.versionsOpen);
  return open ? <VersionsDrawer /> : null;
}

function VersionsDrawer() {
  const pipelineId = useGraphStore((s) => s.pipeline?.id);
  // A new save (or a restore) adds a version: refetch when the revision moves.
  const revision = useGraphStore((s) => s.pipeline?.revision);
  const shown = useViewStore((s) => (s.readOnly?.kind === "version" ? s.readOnly.number : null));
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [reloads, setReloads] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [naming, setNaming] = useState<{ number: number; name: string } | null>(null);
  const picks = usePicks<number>();
  // A viewer opens and compares versions; naming and restoring change the pipeline.
  const mayName = useMayDo("nameVersion");
  const mayRestore = useMayDo("restoreVersion");

  useEffect(() => {
    if (pipelineId === undefined) return undefined;
    const controller = new AbortController();
    listVersions(pipelineId, controller.signal)
      .then((page) => {
        setLoad({ state: "ready", versions: page.results, at: Date.now() });
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) setLoad({ state: "error", message: messageOf(err) });
      });
    return () => {
      controller.abort();
    };
  }, [pipelineId, revision, reloads]);

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const saveName = (number: number, name: string) =>
    act(async () => {
      if (pipelineId === undefined) return;
      await nameVersion(pipelineId, number, name);
      setNaming(null);
      setReloads((n) => n + 1);
    });

  return (
    <aside className="pw-history pw-versions" data-testid="version-history" aria-label="Versions">
      <div className="pw-panel__header">
        <h2>Versions</h2>
        <button
          type="button"
          className="pw-button pw-button--icon"
          aria-label="Close"
          onClick={() => {
            useViewStore.setState({ versionsOpen: false });
          }}
        >
          ×
        </button>
      </div>
      <p className="pw-muted pw-versions__help">
        {mayRestore
          ? "Every save is kept. Open one to look at it; restoring one is a save you can undo."
          : "Every save is kept. Open one to look at it, or pick two to compare."}
      </p>
      {error && (
        <p role="alert" className="pw-versions__error" data-testid="version-error">
          {error}
        </p>
      )}
      {load.state === "loading" && <p className="pw-muted">Loading…</p>}
      {load.state === "error" && <p role="alert">{load.message}</p>}
      {load.state === "ready" && (
        <CompareVersionsBar picked={picks.picked} current={load.versions.find((v) => v.current)?.number ?? null} />
      )}
      {load.state === "ready" && (
        <table className="pw-table pw-history__table">
          <thead>
            <tr>
              <th>Version</th>
              <th>Name</th>
              <th>Saved</th>
              <th>By</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {load.versions.map((v) => (
              <tr
                key={v.number}
                className={v.number === shown ? "pw-history__current" : undefined}
                data-testid={`version-${v.number}`}
              >
                <td>
                  <PickBox
                    checked={picks.picked.includes(v.number)}
                    label={`Compare version ${String(v.number)}`}
                    testId={`version-pick-${String(v.number)}`}
                    onToggle={() => {
                      picks.toggle(v.number);
                    }}
                  />
                  <button
                    type="button"
                    className="pw-button pw-button--link"
                    data-testid={`version-open-${v.number}`}
                    title="Open this version read-only on the canvas"
                    disabled={busy}
                    onClick={() => void act(() => openVersion(v.number))}
                  >
                    v{v.number}
                  </button>
                  {v.current && <span className="pw-muted"> (draft)</span>}
                  {v.message && <div className="pw-muted pw-versions__message">{v.message}</div>}
                </td>
                <td>
                  {naming?.number === v.number ? (
                    <form
                      className="pw-versions__name-form"
                      onSubmit={(event) => {
                        event.preventDefault();
                        void saveName(v.number, naming.name);
                      }}
                    >
                      <input
                        aria-label={`Name of version ${String(v.number)}`}
                        data-testid={`version-name-input-${v.number}`}
                        value={naming.name}
                        maxLength={100}
                        autoFocus
                        onChange={(event) => {
                          setNaming({ number: v.number, name: event.target.value });
                        }}
                      />
                      <button type="submit" className="pw-button" disabled={busy}>
                        Save
                      </button>
                    </form>
                  ) : (
                    <>
                      {v.name && <strong data-testid={`version-name-${v.number}`}>{v.name}</strong>}{" "}
                      {mayName && (
                      <button
                        type="button"
                        className="pw-button pw-button--link"
                        data-testid={`version-rename-${v.number}`}
                        onClick={() => {
                          setNaming({ number: v.number, name: v.name });
                        }}
                      >
                        {v.name ? "Rename" : "Name this version"}
                      </button>
                      )}
                    </>
                  )}
                </td>
                <td title={v.created_at}>{formatStarted(v.created_at, load.at)}</td>
                <td>{v.created_by ?? "—"}</td>
                <td>
                  {!v.current && mayRestore && (
                    <button
                      type="button"
                      className="pw-button"
                      data-testid={`version-restore-${v.number}`}
                      disabled={busy}
                      onClick={() => void act(() => restoreAsDraft(v.number))}
                    >
                      Restore as draft
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </aside>
  );
}
