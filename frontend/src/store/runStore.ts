// Live state of the run shown on the canvas. The data and its pure transitions
// live in run/runState.ts; orchestration (HTTP, websocket) in run/controller.ts.
import { create } from "zustand";
import type { ConnectionState } from "../realtime/runSocket";
import { emptyRunState, type RunState } from "../run/runState";

export interface RunStoreState extends RunState {
  connection: ConnectionState;
  submitting: boolean;
  canceling: boolean;
  /** Why the last Run or Cancel was refused, shown above the canvas. */
  actionError: string | null;
}

export const initialRunStoreState: RunStoreState = {
  ...emptyRunState(),
  connection: "idle",
  submitting: false,
  canceling: false,
  actionError: null,
};

export const useRunStore = create<RunStoreState>()(() => initialRunStoreState);

/** Replaces the run state with the result of a pure transition. */
export function updateRun(transition: (state: RunState) => RunState): void {
  useRunStore.setState((store) => {
    const next = transition(store);
    return next === store ? store : pickRunState(next);
  });
}

function pickRunState(state: RunState): RunState {
  const { runId, run, steps, logs, seq, epoch, syncing, pending } = state;
  return { runId, run, steps, logs, seq, epoch, syncing, pending };
}
