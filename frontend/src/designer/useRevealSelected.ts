// Selecting a node opens the node panel, which narrows the canvas: a node near the right
// edge would end up under it. Once the panel has taken its room, the canvas pans just
// enough to show the selected node whole (panelLayout.ts revealViewport). Resizing or
// expanding the panel does the same.
import { useReactFlow } from "@xyflow/react";
import { useEffect, type RefObject } from "react";
import { useGraphStore } from "../store/graphStore";
import { usePanelStore } from "./panelStore";
import { revealViewport } from "./panelLayout";

export function useRevealSelected(pane: RefObject<HTMLDivElement | null>): void {
  const flow = useReactFlow();
  const selected = useGraphStore((s) => s.selectedNodeId);
  const width = usePanelStore((s) => s.width);
  const collapsed = usePanelStore((s) => s.collapsed);

  useEffect(() => {
    if (selected === null) return undefined;
    // After the panel's render and the layout it causes.
    const frame = requestAnimationFrame(() => {
      const node = useGraphStore.getState().nodes.find((n) => n.id === selected);
      const el = pane.current;
      if (!node || !el) return;
      const next = revealViewport(
        flow.getViewport(),
        {
          x: node.position.x,
          y: node.position.y,
          width: node.measured?.width ?? 200,
          height: node.measured?.height ?? 80,
        },
        { width: el.clientWidth, height: el.clientHeight },
      );
      if (next) void flow.setViewport(next, { duration: 200 });
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [flow, pane, selected, width, collapsed]);
}
