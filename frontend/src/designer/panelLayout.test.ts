import { describe, expect, it } from "vitest";
import {
  PANEL_WIDTH,
  PANEL_WIDTH_KEY,
  clampPanelWidth,
  loadPanelWidth,
  panelTabs,
  revealViewport,
  savePanelWidth,
  shownTab,
} from "./panelLayout";

const PANE = { width: 800, height: 600 };
const NODE = { x: 0, y: 0, width: 200, height: 80 };

describe("revealViewport", () => {
  it("leaves a node already in view where it is, even close to the edge", () => {
    expect(revealViewport({ x: 100, y: 100, zoom: 1 }, NODE, PANE)).toBeNull();
    expect(revealViewport({ x: 595, y: 515, zoom: 1 }, NODE, PANE)).toBeNull();
  });

  it("pans left just enough to bring a node out from under the panel", () => {
    // The node's left edge at 750: the narrowed pane ends at 800.
    const next = revealViewport({ x: 750, y: 100, zoom: 1 }, NODE, PANE);
    expect(next).toEqual({ x: 800 - 24 - 200, y: 100, zoom: 1 });
  });

  it("accounts for the zoom and pans on both axes", () => {
    const next = revealViewport({ x: 0, y: 0, zoom: 2 }, { x: 390, y: -20, width: 100, height: 40 }, PANE);
    // Left edge at 780 and 200 wide on screen; top at -40.
    expect(next).toEqual({ x: 800 - 24 - 980, y: 24 + 40, zoom: 2 });
  });

  it("shows the top-left corner of a node bigger than the pane", () => {
    const next = revealViewport({ x: -500, y: 0, zoom: 1 }, { x: 0, y: 100, width: 2000, height: 80 }, PANE);
    expect(next).toEqual({ x: 24, y: 0, zoom: 1 });
  });
});

describe("the panel's width", () => {
  it("stays between its bounds and leaves the canvas room", () => {
    expect(clampPanelWidth(100, 1600)).toBe(PANEL_WIDTH.min);
    expect(clampPanelWidth(5000, 1600)).toBe(PANEL_WIDTH.max);
    expect(clampPanelWidth(800, 1000)).toBe(640);
    expect(clampPanelWidth(Number.NaN, 1600)).toBe(PANEL_WIDTH.default);
  });

  it("is remembered across page loads", () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    };
    expect(loadPanelWidth(storage, 1600)).toBe(PANEL_WIDTH.default);
    savePanelWidth(storage, 612.4);
    expect(items.get(PANEL_WIDTH_KEY)).toBe("612");
    expect(loadPanelWidth(storage, 1600)).toBe(612);
    items.set(PANEL_WIDTH_KEY, "junk");
    expect(loadPanelWidth(storage, 1600)).toBe(PANEL_WIDTH.default);
  });
});

describe("the panel's tabs", () => {
  it("give code its own tab only on nodes with code", () => {
    expect(panelTabs([{ type: "code" }, { type: "int" }])).toEqual(["parameters", "code", "outputs", "log"]);
    expect(panelTabs([{ type: "int" }])).toEqual(["parameters", "outputs", "log"]);
  });

  it("keep the chosen tab from node to node where it exists", () => {
    expect(shownTab("log", ["parameters", "outputs", "log"])).toBe("log");
    expect(shownTab("code", ["parameters", "outputs", "log"])).toBe("parameters");
  });
});
