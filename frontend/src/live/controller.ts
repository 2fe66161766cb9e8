// The canvas on its pipeline's channel: keeps the presence store current and hands
// every save announced there to the save controller, which merges it into the draft.
import { getPipeline } from "../api/pipelines";
import { abandonMerge, resumeCatchingUp, savedElsewhereBy } from "../save/controller";
import { useGraphStore } from "../store/graphStore";
import { usePresenceStore } from "../store/presenceStore";
import { showsPast } from "../store/access";
import { useViewStore } from "../store/viewStore";
import { PipelineSocket, pipelineSocketUrl } from "./pipelineSocket";

/** Joins the pipeline's channel; returns the function that leaves it (the page's effect). */
export function startLive(pipelineId: string): () => void {
  const socket = new PipelineSocket({
    url: pipelineSocketUrl(window.location, pipelineId),
    onMessage(message) {
      if (message.type === "presence") {
        usePresenceStore.setState({ people: message.people, you: message.you });
      } else {
        savedElsewhereBy(message.revision, message.saved_by.name || message.saved_by.username);
      }
    },
    onLost() {
      usePresenceStore.setState({ people: [], you: null });
    },
    onReconnected() {
      // Saves announced while the connection was down were missed: ask for the revision.
      getPipeline(pipelineId)
        .then((pipeline) => {
          if (pipeline.revision > (useGraphStore.getState().pipeline?.revision ?? 0)) {
            savedElsewhereBy(pipeline.revision, null);
          }
        })
        .catch(() => {
          // The next announcement, or the next save's 409, brings it in.
        });
    },
  });
  socket.start();
  // Back from a past version to the draft: merge what was saved meanwhile.
  const unsubscribe = useViewStore.subscribe((state, prev) => {
    if (showsPast(prev.readOnly) && !showsPast(state.readOnly)) resumeCatchingUp();
  });
  return () => {
    unsubscribe();
    socket.close();
    abandonMerge();
    usePresenceStore.setState({ people: [], you: null });
  };
}
