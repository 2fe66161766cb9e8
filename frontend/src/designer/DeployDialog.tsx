import { useEffect, useState } from "react";
import { ApiError } from "../api/client";
import { deployPipeline, listEndpoints, type Deployed } from "../api/inference";
import { EndpointNameField, RefusalBanner } from "./EndpointDialogParts";
import type { ValidationIssue } from "../api/types";
import { deployedMessage, realtimeEndpointPageUrl } from "../publish/deployForm";
import { endpointNameError, slugifyEndpointName } from "../publish/publishForm";
import { saveNow } from "../save/controller";
import { useGraphStore } from "../store/graphStore";
import { useViewStore } from "../store/viewStore";

function close() {
  useViewStore.setState({ deployOpen: false });
}

/** Deploy button's dialog: a real-time inference pipeline becomes a version of an endpoint. */
export function DeployDialog() {
  const open = useViewStore((s) => s.deployOpen);
  return open ? <DeployForm /> : null;
}

type State =
  | { state: "editing" }
  | { state: "deploying" }
  | { state: "refused"; message: string; issues: ValidationIssue[] }
  | { state: "deployed"; deployed: Deployed };

function DeployForm() {
  const pipeline = useGraphStore((s) => s.pipeline);
  const [name, setName] = useState(() => slugifyEndpointName(pipeline?.name ?? ""));
  const [makeLive, setMakeLive] = useState(false);
  const [existing, setExisting] = useState<string[]>([]);
  const [state, setState] = useState<State>({ state: "editing" });

  useEffect(() => {
    const controller = new AbortController();
    listEndpoints(controller.signal)
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
  const busy = state.state === "deploying";

  const submit = async (event: { preventDefault: () => void }) => {
    event.preventDefault();
    if (nameError !== null || busy) return;
    setState({ state: "deploying" });
    await saveNow(); // the server deploys what it has: send pending edits first
    try {
      const deployed = await deployPipeline(pipeline.id, { endpoint: name, make_live: makeLive });
      setState({ state: "deployed", deployed });
    } catch (err) {
      setState({
        state: "refused",
        message: err instanceof Error ? err.message : "Could not deploy the pipeline",
        issues: err instanceof ApiError ? err.issues : [],
      });
    }
  };

  return (
    <div className="pw-modal-backdrop" onClick={close}>
      <form
        className="pw-modal pw-publish"
        role="dialog"
        aria-modal="true"
        aria-label="Deploy inference pipeline"
        data-testid="deploy-dialog"
        onClick={(e) => {
          e.stopPropagation();
        }}
        onSubmit={(e) => void submit(e)}
      >
        <h2>Deploy “{pipeline.name}”</h2>
        {state.state === "deployed" ? (
          <p className="pw-banner pw-banner--info" role="status" data-testid="deploy-success">
            {deployedMessage(state.deployed.endpoint, state.deployed.version, state.deployed.live)}.{" "}
            <a href={realtimeEndpointPageUrl(state.deployed.endpoint)} data-testid="deploy-endpoint-link">
              Open the endpoint
            </a>
          </p>
        ) : (
          <>
            <p className="pw-muted">
              The graph from its web service input on, with the trained model it holds, becomes a new version of a
              real-time endpoint: each request&apos;s rows go through it. Later edits do not change it.
            </p>
            <EndpointNameField
              testId="deploy-endpoint"
              listId="pw-realtime-endpoint-names"
              name={name}
              existing={existing}
              error={nameError}
              onChange={setName}
            />
            <label className="pw-check">
              <input
                type="checkbox"
                data-testid="deploy-make-live"
                checked={makeLive}
                onChange={(e) => {
                  setMakeLive(e.target.checked);
                }}
              />
              Make this version live (what callers get)
            </label>
            <p className="pw-muted" data-testid="deploy-live-note">
              The first version of an endpoint is always live. A later one is only live when you say so here, or
              when you promote it on the endpoint&apos;s page: deploying never changes what callers get unless asked.
            </p>
          </>
        )}
        {state.state === "refused" && (
          <RefusalBanner testId="deploy-error" message={state.message} issues={state.issues} />
        )}
        <div className="pw-modal__actions">
          <button type="button" className="pw-button" onClick={close}>
            {state.state === "deployed" ? "Close" : "Cancel"}
          </button>
          {state.state !== "deployed" && (
            <button
              type="submit"
              className="pw-button pw-button--primary"
              data-testid="deploy-submit"
              disabled={busy || nameError !== null}
            >
              {busy ? "Deploying…" : "Deploy"}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
