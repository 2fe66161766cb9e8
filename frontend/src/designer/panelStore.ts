// The node panel's own state: its width and whether it is collapsed (both remembered in
// localStorage), and the tab last chosen.
import { create } from "zustand";
import {
  PANEL_COLLAPSED_KEY,
  clampPanelWidth,
  loadPanelWidth,
  savePanelWidth,
  type PanelTab,
} from "./panelLayout";

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage refused (privacy settings): nothing is remembered
  }
}

function windowWidth(): number {
  return typeof window === "undefined" ? 1600 : window.innerWidth;
}

interface PanelState {
  width: number;
  collapsed: boolean;
  tab: PanelTab;
  setTab: (tab: PanelTab) => void;
  /** While dragging: not saved until `commitWidth`. */
  setWidth: (width: number) => void;
  commitWidth: () => void;
  setCollapsed: (collapsed: boolean) => void;
}

export const usePanelStore = create<PanelState>()((set, get) => ({
  width: loadPanelWidth(storage(), windowWidth()),
  collapsed: storage()?.getItem(PANEL_COLLAPSED_KEY) === "1",
  tab: "parameters",
  setTab: (tab) => {
    set({ tab });
  },
  setWidth: (width) => {
    set({ width: clampPanelWidth(width, windowWidth()) });
  },
  commitWidth: () => {
    savePanelWidth(storage(), get().width);
  },
  setCollapsed: (collapsed) => {
    storage()?.setItem(PANEL_COLLAPSED_KEY, collapsed ? "1" : "0");
    set({ collapsed });
  },
}));
