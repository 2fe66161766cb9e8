// Run orchestration: submit, follow over the websocket, cancel, fetch logs.
// Talks to api/ and realtime/, writes to the stores; holds no state of its own
// except the live socket.
import { ApiError } from "../api/client";
import { useViewStore } from "../store/viewStore";
import { cancelRun, getRun, getStepLogs, resumeRun, submitRun } from "../api/runs";
import type { Id, SubmitRunRequest } from "../api/types";
import { runSocketUrl } from "../realtime/url";
import { hasUnsaved } from "../save/autosave";
import { saveNow } from "../save/controller";
import { useSaveStore } from "../store/saveStore";
import { RunSocket } from "../realtime/runSocket";
import { useGraphStore } from "../store/graphStore";
import { updateRun, useRunStore } from "../store/runStore";
import {
  applyServerMessage,
  beginResync,
  emptyRunState,
  logFetchDone,
  logFetchFailed,
  logFetchStarted,
  seedRun,
} from "./runState";
import { isRunFinished } from "./status";

function messageOf(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return "Something went wrong";
}

/** Shows `runId` on the canvas: resets run state; the page's effect then follows it. */
export function showRun(runId: Id): void {
  useRunStore.setState({ ...emptyRunState(runId), actionError: null });
}

/**
 * Submits a run of the loaded pipeline and shows it. Returns why the server
 * refused it (the submit dialog lists the problems), or null.
 */
export async function startRun(
  pipelineId: Id,
  options: Partial<SubmitRunRequest> = {},
): Promise<ApiError | Error | null> {
  const store = useRunStore.getState();
  if (store.submitting) return null;
  useRunStore.setState({ submitting: true, actionError: null });
  // The problems shown stay (live validation keeps them current); a refusal lists its own.
  try {
    const run = await submitRun(pipelineId, options);
    showRun(run.id);
    updateRun((state) => seedRun(state, run));
    return null;
  } catch (err) {
    if (err instanceof ApiError && err.issues.length > 0) {
      useGraphStore.getState().setIssues(err.issues);
    }
    useRunStore.setState({ actionError: messageOf(err) });
    return err instanceof Error ? err : new Error(messageOf(err));
  } finally {
    useRunStore.setState({ submitting: false });
  }
}

/** Submits the shown failed or canceled run again as it was: what finished is reused. */
export async function resumeShownRun(): Promise<void> {
  const { runId, submitting } = useRunStore.getState();
  if (runId === null || submitting) return;
  useRunStore.setState({ submitting: true, actionError: null });
  try {
    const run = await resumeRun(runId);
    if (useViewStore.getState().readOnly !== null) {
      // A past run's page shows that run's frozen graph: the new run has its own page.
      window.location.assign(`/runs/${encodeURIComponent(String(run.id))}/`);
      return;
    }
    showRun(run.id);
    updateRun((state) => seedRun(state, run));
  } catch (err) {
    useRunStore.setState({ actionError: messageOf(err) });
  } finally {
    useRunStore.setState({ submitting: false });
  }
}

/** Why the fix cannot be resumed yet: its edits have not all reached the server. */
function unsavedFixReason(): string | null {
  const save = useSaveStore.getState();
  if (save.status === "conflict") {
    return "Someone else saved this pipeline meanwhile: reload or save a copy, then resume";
  }
  if (save.status === "merging") {
    return "Someone else saved this pipeline meanwhile: resume once their change is merged into yours and saved";
  }
  if (hasUnsaved(save)) {
    return `The fix is not saved${save.error ? ` (${save.error})` : ""}: resume once it is`;
  }
  return null;
}

/**
 * Resumes the shown failed or canceled run with the pipeline as edited since (the
 * fix): pending edits are saved first, then the server runs the saved draft, reusing
 * every step the run finished that the fix left unchanged. The new run is shown live.
 */
export async function resumeShownRunWithFix(): Promise<void> {
  const { runId, submitting } = useRunStore.getState();
  if (runId === null || submitting) return;
  useRunStore.setState({ submitting: true, actionError: null });
  try {
    await saveNow();
    // An edit made while a save was already under way goes out in a save of its own.
    if (hasUnsaved(useSaveStore.getState())) await saveNow();
    const unsaved = unsavedFixReason();
    if (unsaved !== null) {
      useRunStore.setState({ actionError: unsaved });
      return;
    }
    const run = await resumeRun(runId, { fromDraft: true });
    showRun(run.id);
    updateRun((state) => seedRun(state, run));
  } catch (err) {
    if (err instanceof ApiError && err.issues.length > 0) {
      useGraphStore.getState().setIssues(err.issues);
    }
    useRunStore.setState({ actionError: messageOf(err) });
  } finally {
    useRunStore.setState({ submitting: false });
  }
}

export async function cancelShownRun(): Promise<void> {
  const { runId, canceling } = useRunStore.getState();
  if (runId === null || canceling) return;
  useRunStore.setState({ canceling: true, actionError: null });
  try {
    const run = await cancelRun(runId);
    // The websocket carries the outcome; until a snapshot arrives, use this copy.
    updateRun((state) => seedRun(state, run));
  } catch (err) {
    useRunStore.setState({ actionError: messageOf(err) });
  } finally {
    useRunStore.setState({ canceling: false });
  }
}

/**
 * Follows a run live: websocket deltas into the run store, a fresh snapshot on a
 * gap or a reconnect. Returns the function that stops following.
 */
export function followRun(runId: Id): () => void {
  const id = String(runId);
  const isCurrent = () => useRunStore.getState().runId === id;
  const controller = new AbortController();

  const socket: RunSocket = new RunSocket({
    url: runSocketUrl(window.location, id),
    onMessage(message) {
      if (!isCurrent()) return;
      const result = applyServerMessage(useRunStore.getState(), message);
      updateRun(() => result.state);
      if (result.requestSnapshot) socket.send({ type: "snapshot" });
    },
    onStateChange(connection) {
      if (isCurrent()) useRunStore.setState({ connection });
    },
    onReconnected() {
      if (isCurrent()) updateRun(beginResync);
    },
    // Once the run has finished nothing more will come: do not reconnect.
    shouldReconnect: () => isCurrent() && !isRunFinished(useRunStore.getState().run?.status),
  });
  socket.start();

  // The REST copy paints the canvas if the socket is slow to deliver its snapshot.
  getRun(id, controller.signal)
    .then((run) => {
      if (isCurrent()) updateRun((state) => seedRun(state, run));
    })
    .catch((err: unknown) => {
      if (controller.signal.aborted || !isCurrent()) return;
      if (err instanceof ApiError && err.status === 404) {
        useRunStore.setState({ actionError: `Run ${id} was not found` });
      }
    });

  return () => {
    controller.abort();
    socket.close();
  };
}

/** Fetches a step's log history (streamed lines keep arriving meanwhile). */
export async function loadStepLogs(runId: string, nodeId: string): Promise<void> {
  const streamedAtRequest = useRunStore.getState().logs[nodeId]?.streamed ?? 0;
  updateRun((state) => logFetchStarted(state, nodeId));
  try {
    const { text, made_by: madeBy } = await getStepLogs(runId, nodeId);
    if (useRunStore.getState().runId !== runId) return;
    updateRun((state) => logFetchDone(state, nodeId, text, streamedAtRequest, madeBy ?? null));
  } catch {
    if (useRunStore.getState().runId !== runId) return;
    updateRun((state) => logFetchFailed(state, nodeId));
  }
}
