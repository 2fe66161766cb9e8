import { useEffect, useState } from "react";
import { ApiError } from "../api/client";
import { listExperiments } from "../api/experiments";
import type { Experiment, ValidationIssue } from "../api/types";
import { nodeTitle } from "../graph/convert";
import { startRun } from "../run/controller";
import { fieldKind, initialTexts, parseParameters } from "../run/submitForm";
import { saveNow } from "../save/controller";
import { useGraphStore } from "../store/graphStore";
import { useRunStore } from "../store/runStore";
import { useViewStore } from "../store/viewStore";

function close() {
  useViewStore.setState({ submitOpen: false });
}

/** Run button's dialog: experiment, parameter values, force re-run. */
export function SubmitDialog() {
  const open = useViewStore((s) => s.submitOpen);
  return open ? <SubmitForm /> : null;
}

function SubmitForm() {
  const pipeline = useGraphStore((s) => s.pipeline);
  const parameters = useGraphStore((s) => s.document.parameters);
  const submitting = useRunStore((s) => s.submitting);
  const [experiment, setExperiment] = useState("");
  const [experiments, setExperiments] = useState<Experiment[]>([]);
  const [forceRerun, setForceRerun] = useState(false);
  const [continueOnFailure, setContinueOnFailure] = useState(false);
  const [texts, setTexts] = useState(() => initialTexts(parameters));
  const [refusal, setRefusal] = useState<{ message: string; issues: ValidationIssue[] } | null>(null);
  const parsed = parseParameters(parameters, texts);
  const fieldErrors = Object.values(parsed.errors);
  const workspace = pipeline?.workspace;

  useEffect(() => {
    if (workspace === undefined) return undefined;
    const controller = new AbortController();
    listExperiments(workspace, controller.signal)
      .then((page) => {
        setExperiments(page.results);
      })
      .catch(() => {
        // Only the suggestions are missing: a typed name still works.
      });
    return () => {
      controller.abort();
    };
  }, [workspace]);

  if (!pipeline) return null;
  const typed = experiment.trim();
  const isNew = typed !== "" && !experiments.some((e) => e.name === typed);

  const submit = async (event: { preventDefault: () => void }) => {
    event.preventDefault();
    if (fieldErrors.length > 0) return;
    setRefusal(null);
    await saveNow(); // the server runs what it has: send pending edits first
    const error = await startRun(pipeline.id, {
      parameters: parsed.values,
      force_rerun: forceRerun,
      experiment: experiment.trim(),
      continue_on_failure: continueOnFailure,
    });
    if (error === null) close();
    else setRefusal({ message: error.message, issues: error instanceof ApiError ? error.issues : [] });
  };

  return (
    <div className="pw-modal-backdrop" onClick={close}>
      <form
        className="pw-modal pw-submit"
        role="dialog"
        aria-modal="true"
        aria-label="Run pipeline"
        data-testid="submit-dialog"
        onClick={(e) => {
          e.stopPropagation();
        }}
        onSubmit={(e) => void submit(e)}
      >
        <h2>Run “{pipeline.name}”</h2>
        <label className="pw-field">
          Experiment
          <input
            type="text"
            data-testid="submit-experiment"
            list="submit-experiments"
            value={experiment}
            maxLength={200}
            placeholder={pipeline.name}
            autoFocus
            onChange={(e) => {
              setExperiment(e.target.value);
            }}
          />
          <datalist id="submit-experiments" data-testid="submit-experiments">
            {experiments.map((e) => (
              <option key={String(e.id)} value={e.name}>
                {`${String(e.run_count)} run${e.run_count === 1 ? "" : "s"}`}
              </option>
            ))}
          </datalist>
          <span className="pw-muted" data-testid="submit-experiment-hint">
            {typed === ""
              ? `Blank: the experiment “${pipeline.name}”, named after the pipeline.`
              : isNew
                ? `A new experiment “${typed}” will be created.`
                : `Adds a run to the experiment “${typed}”.`}
          </span>
        </label>
        {parameters.length > 0 && (
          <fieldset className="pw-submit__params">
            <legend>Pipeline parameters</legend>
            {parameters.map((p) => {
              const kind = fieldKind(p.type);
              const text = texts[p.name] ?? "";
              const set = (value: string) => {
                setTexts((t) => ({ ...t, [p.name]: value }));
              };
              return (
                <label key={p.name} className="pw-field">
                  <span>
                    {p.name} <span className="pw-muted">({p.type})</span>
                  </span>
                  {kind === "checkbox" ? (
                    <input
                      type="checkbox"
                      data-testid={`submit-param-${p.name}`}
                      checked={text === "true"}
                      onChange={(e) => {
                        set(String(e.target.checked));
                      }}
                    />
                  ) : (
                    <input
                      type={kind === "number" ? "number" : "text"}
                      step={p.type === "int" ? 1 : "any"}
                      placeholder={kind === "columns" ? "column names, separated by commas" : undefined}
                      data-testid={`submit-param-${p.name}`}
                      value={text}
                      aria-invalid={parsed.errors[p.name] ? true : undefined}
                      onChange={(e) => {
                        set(e.target.value);
                      }}
                    />
                  )}
                  {parsed.errors[p.name] && <span className="pw-field-error">{parsed.errors[p.name]}</span>}
                </label>
              );
            })}
          </fieldset>
        )}
        <label className="pw-check">
          <input
            type="checkbox"
            data-testid="submit-force"
            checked={forceRerun}
            onChange={(e) => {
              setForceRerun(e.target.checked);
            }}
          />
          Force re-run (reuse nothing from the cache)
        </label>
        <label className="pw-check">
          <input
            type="checkbox"
            data-testid="submit-continue"
            checked={continueOnFailure}
            onChange={(e) => {
              setContinueOnFailure(e.target.checked);
            }}
          />
          Continue on failure (a failed step stops only the steps that need its output)
        </label>
        {refusal && <Refusal message={refusal.message} issues={refusal.issues} />}
        <div className="pw-modal__actions">
          <button type="button" className="pw-button" onClick={close}>
            Cancel
          </button>
          <button
            type="submit"
            className="pw-button pw-button--primary"
            data-testid="submit-run"
            disabled={submitting || fieldErrors.length > 0}
          >
            {submitting ? "Submitting…" : "Submit run"}
          </button>
        </div>
      </form>
    </div>
  );
}

function Refusal({ message, issues }: { message: string; issues: readonly ValidationIssue[] }) {
  const nodes = useGraphStore((s) => s.nodes);
  const name = (id: string) => {
    const node = nodes.find((n) => n.id === id);
    return node ? nodeTitle(node.data) : id;
  };
  return (
    <div className="pw-banner pw-banner--error" role="alert" data-testid="submit-error">
      <strong>{message}</strong>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue, i) => (
            <li key={i}>
              {issue.node_id ? (
                <>
                  <b>{name(issue.node_id)}</b>
                  {issue.param ? ` (${issue.param})` : issue.port ? ` (${issue.port})` : ""}:{" "}
                </>
              ) : (
                issue.param && <b>{issue.param}: </b>
              )}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
