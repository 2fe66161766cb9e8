import { ReactFlowProvider } from "@xyflow/react";
import { useEffect, useState } from "react";
import { ApiError } from "../api/client";
import { listModules } from "../api/modules";
import { getPipeline } from "../api/pipelines";
import { getRunDetail } from "../api/runs";
import { DiffView } from "../diff/DiffView";
import { closeDiff, useDiffStore } from "../diff/diffStore";
import { followRun, showRun } from "../run/controller";
import { runToFollowOnOpen } from "../run/headline";
import { startLive } from "../live/controller";
import { startAutosave } from "../save/controller";
import { startLiveValidation } from "../save/validation";
import { useGraphStore } from "../store/graphStore";
import { useRunStore } from "../store/runStore";
import { draftView, showsPast } from "../store/access";
import { useViewStore } from "../store/viewStore";
import { Banners } from "./Banners";
import { Canvas } from "./Canvas";
import { DeployDialog } from "./DeployDialog";
import { Header } from "./Header";
import { MergeDialog } from "./MergeDialog";
import { Palette } from "./Palette";
import { PublishDialog } from "./PublishDialog";
import { ReadOnlyBanner } from "./ReadOnlyBanner";
import { RunHistory } from "./RunHistory";
import { SubmitDialog } from "./SubmitDialog";
import { SidePanel } from "./SidePanel";
import { VersionHistory } from "./VersionHistory";

type Load = { state: "loading" } | { state: "ready" } | { state: "error"; message: string };

export function DesignerPage({
  pipelineId,
  initialRunId,
}: {
  pipelineId: string;
  initialRunId: string | null;
}) {
  const [load, setLoad] = useState<Load>({ state: "loading" });

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([
      getPipeline(pipelineId, controller.signal),
      listModules(controller.signal),
      initialRunId === null ? null : getRunDetail(initialRunId, controller.signal),
    ])
      .then(([pipeline, modules, run]) => {
        // A past run shows the graph it froze, read-only; the pipeline may have moved on.
        useGraphStore.getState().load(run?.graph ? { ...pipeline, graph: run.graph } : pipeline, modules);
        // A viewer of the workspace sees the draft read-only too: nothing they do could be saved.
        const role = pipeline.role ?? null;
        useViewStore.setState({ role, readOnly: run ? { runId: String(run.id), number: run.number } : draftView(role) });
        // A run still in flight is followed live at once, as if its page had never closed.
        const follow = initialRunId ?? runToFollowOnOpen(pipeline.last_run);
        if (follow !== null) showRun(follow);
        setLoad({ state: "ready" });
      })
      .catch((err: unknown) => {
        if (controller.signal.aborted) return;
        const message =
          err instanceof ApiError && err.status === 404
            ? "Pipeline not found."
            : err instanceof Error
              ? err.message
              : "Could not load the pipeline.";
        setLoad({ state: "error", message });
      });
    return () => {
      controller.abort();
    };
  }, [pipelineId, initialRunId]);

  // Follow whichever run is shown; switching runs closes the old socket.
  const runId = useRunStore((s) => s.runId);
  useEffect(() => (runId === null ? undefined : followRun(runId)), [runId]);

  // Autosave follows edits once the pipeline is loaded; a past run, a version and a
  // viewer's draft are never saved.
  const ready = load.state === "ready";
  const readOnly = useViewStore((s) => s.readOnly !== null);
  // Problems are checked for the draft whoever looks (the check saves nothing), not for the past.
  const past = useViewStore((s) => showsPast(s.readOnly));
  // A diff of two versions or runs stands in for the canvas while open; the draft waits untouched.
  const comparing = useDiffStore((s) => s.status !== "closed");
  useEffect(() => closeDiff, [pipelineId]);
  useEffect(() => (ready && !readOnly ? startAutosave() : undefined), [ready, readOnly]);
  // Who else has the pipeline open, and their saves merged in; not on a past run's page.
  useEffect(() => (ready && initialRunId === null ? startLive(pipelineId) : undefined), [ready, initialRunId, pipelineId]);
  // Problems show on load and follow every edit, saved or not.
  useEffect(() => (ready && !past ? startLiveValidation() : undefined), [ready, past]);

  if (load.state === "loading") {
    return (
      <div className="pw-app pw-app--message" data-testid="loading">
        Loading pipeline…
      </div>
    );
  }
  if (load.state === "error") {
    return (
      <div className="pw-app pw-app--message" role="alert" data-testid="load-error">
        {load.message}
      </div>
    );
  }
  return (
    <div className="pw-app">
      <Header />
      {!comparing && <ReadOnlyBanner />}
      <Banners />
      <ReactFlowProvider>
        <div className="pw-main">
          {comparing ? (
            <DiffView />
          ) : (
            <>
              {!readOnly && <Palette />}
              <Canvas />
              <SidePanel />
            </>
          )}
          <RunHistory />
          <VersionHistory />
        </div>
      </ReactFlowProvider>
      <SubmitDialog />
      <PublishDialog />
      <DeployDialog />
      <MergeDialog />
    </div>
  );
}
