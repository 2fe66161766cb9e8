// What the signed-in user may do on the canvas, from their role in the pipeline's
// workspace. The server refuses a viewer's every change with a 403 whatever the canvas
// shows (designer/roles.py); this only spares a viewer buttons that would fail and
// edits that could never be saved.
import { useViewStore, type ReadOnlyView, type WorkspaceRole } from "./viewStore";

/** Everything on the canvas that changes something on the server. */
export type CanvasAction =
  | "edit"
  | "run"
  | "cancel"
  | "resume"
  | "publish"
  | "deploy"
  | "nameVersion"
  | "restoreVersion"
  | "import"
  | "clone";

const RANK: Record<WorkspaceRole, number> = { viewer: 0, editor: 1, owner: 2 };

/** The least role each action needs (as the server's checks have it). */
const NEEDS: Record<CanvasAction, WorkspaceRole> = {
  edit: "editor",
  run: "editor",
  cancel: "editor",
  resume: "editor",
  publish: "editor",
  deploy: "editor",
  nameVersion: "editor",
  restoreVersion: "editor",
  import: "editor",
  clone: "editor",
};

/** Whether `role` may do `action`. An unknown role (an older server) is not held back:
 * the server still decides. */
export function mayDo(role: WorkspaceRole | null, action: CanvasAction): boolean {
  return role === null || RANK[role] >= RANK[NEEDS[action]];
}

/** Why a viewer is not offered an action (a title or aria-description for what is disabled). */
export const VIEWER_REASON =
  "You are a viewer in this workspace: you can look but not change anything. Ask an owner for the editor role.";

/** What the draft is shown as: read-only to a viewer, editable to everyone else. */
export function draftView(role: WorkspaceRole | null): ReadOnlyView | null {
  return role === "viewer" ? { kind: "viewer" } : null;
}

/** Whether a past run or a saved version is on the canvas rather than the draft. */
export function showsPast(view: ReadOnlyView | null): boolean {
  return view !== null && view.kind !== "viewer";
}

/** Puts the draft's view back (after a version or run was shown): a viewer stays read-only. */
export function backToDraftView(): void {
  useViewStore.setState((s) => ({ readOnly: draftView(s.role) }));
}

/** The hook the components use: may the signed-in user do `action` here? */
export function useMayDo(action: CanvasAction): boolean {
  return useViewStore((s) => mayDo(s.role, action));
}
