import { useEffect, useState } from "react";
import { ApiError } from "../api/client";
import { getPipeline } from "../api/pipelines";
import { listPipelineEndpoints, publishPipeline, type PublishedVersion } from "../api/publish";
import { EndpointNameField, RefusalBanner } from "./EndpointDialogParts";
import type { ValidationIssue } from "../api/types";
import {
  endpointNameError,
  endpointPageUrl,
  publishedMessage,
  slugifyEndpointName,
} from "../publish/publishForm";
import { saveNow } from "../save/controller";
import { useGraphStore } from "../store/graphStore";
import { useViewStore } from "../store/viewStore";

function close() {
  useViewStore.setState({ publishOpen: false });
}

/** Publish button's dialog: freeze the draft as the next version of a pipeline endpoint. */
export function PublishDialog() {
  const open = useViewStore((s) => s.publishOpen);
  return open ? <PublishForm /> : null;
}

type State =
  | { state: "editing" }
  | { state: "publishing" }
  | { state: "refused"; message: string; issues: ValidationIssue[] }
  | { state: "published"; version: PublishedVersion };

function PublishForm() {
  const pipeline = useGraphStore((s) => s.pipeline);
  const [name, setName] = useState(() => slugifyEndpointName(pipeline?.name ?? ""));
  const [description, setDescription] = useState("");
  const [makeDefault, setMakeDefault] = useState(true);
  const [existing, setExisting] = useState<string[]>([]);
  const [state, setState] = useState<State>({ state: "editing" });

  useEffect(() => {
    const controller = new AbortController();
    listPipelineEndpoints(controller.signal)
      .then((page) => {
        setExisting(page.results.map((e) => e.name));
      })
      .catch(() => {
        // The suggestions are a convenience; the dialog works without them.
      });
    return () => {
      controller.abort();
    };
  }, []);

  if (!pipeline) return null;
  const nameError = endpointNameError(name);
  const busy = state.state === "publishing";

  const submit = async (event: { preventDefault: () => void }) => {
    event.preventDefault();
    if (nameError !== null || busy) return;
    setState({ state: "publishing" });
    await saveNow(); // the server publishes what it has: send pending edits first
    try {
      const version = await publishPipeline(pipeline.id, {
        endpoint: name,
        description: description.trim(),
        make_default: makeDefault,
      });
      setState({ state: "published", version });
    } catch (err) {
      setState({
        state: "refused",
        message: err instanceof Error ? err.message : "Could not publish the pipeline",
        issues: err instanceof ApiError ? err.issues : [],
      });
      return;
    }
    // The header links where the pipeline is published: ask the server again.
    try {
      const fresh = await getPipeline(pipeline.id);
      useGraphStore.getState().setPublishedAs(fresh.published_as ?? []);
    } catch {
      // The links are a convenience; the next load of the canvas shows them.
    }
  };

  return (
    <div className="pw-modal-backdrop" onClick={close}>
      <form
        className="pw-modal pw-publish"
        role="dialog"
        aria-modal="true"
        aria-label="Publish pipeline"
        data-testid="publish-dialog"
        onClick={(e) => {
          e.stopPropagation();
        }}
        onSubmit={(e) => void submit(e)}
      >
        <h2>Publish “{pipeline.name}”</h2>
        {state.state === "published" ? (
          <p className="pw-banner pw-banner--info" role="status" data-testid="publish-success">
            {publishedMessage(state.version.endpoint, state.version.version)}
            {state.version.is_default ? " (the default version)" : ""}.{" "}
            <a href={endpointPageUrl(state.version.endpoint)} data-testid="publish-endpoint-link">
              Open the endpoint
            </a>
          </p>
        ) : (
          <>
            <p className="pw-muted">
              The graph as it is now, with its module versions and compute targets, becomes a new version of a
              pipeline endpoint that can be triggered over HTTP. Later edits do not change it.
            </p>
            <EndpointNameField
              testId="publish-endpoint"
              listId="pw-endpoint-names"
              name={name}
              existing={existing}
              error={nameError}
              onChange={setName}
            />
            <label className="pw-field">
              Description
              <textarea
                data-testid="publish-description"
                value={description}
                maxLength={2000}
                rows={2}
                placeholder="what changed in this version"
                onChange={(e) => {
                  setDescription(e.target.value);
                }}
              />
            </label>
            <label className="pw-check">
              <input
                type="checkbox"
                data-testid="publish-default"
                checked={makeDefault}
                onChange={(e) => {
                  setMakeDefault(e.target.checked);
                }}
              />
              Make this the default version (what a trigger without a version runs)
            </label>
          </>
        )}
        {state.state === "refused" && (
          <RefusalBanner testId="publish-error" message={state.message} issues={state.issues} />
        )}
        <div className="pw-modal__actions">
          <button type="button" className="pw-button" onClick={close}>
            {state.state === "published" ? "Close" : "Cancel"}
          </button>
          {state.state !== "published" && (
            <button
              type="submit"
              className="pw-button pw-button--primary"
              data-testid="publish-submit"
              disabled={busy || nameError !== null}
            >
              {busy ? "Publishing…" : "Publish"}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
