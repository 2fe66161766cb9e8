// Centres the canvas on a node and selects it (search results, the problems list).
import { useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import { useGraphStore } from "../store/graphStore";

export function useFocusNode(): (nodeId: string) => void {
  const flow = useReactFlow();
  return useCallback(
    (nodeId: string) => {
      const node = useGraphStore.getState().nodes.find((n) => n.id === nodeId);
      if (!node) return;
      useGraphStore.getState().selectNodes([nodeId]);
      const width = node.measured?.width ?? 200;
      const height = node.measured?.height ?? 80;
      void flow.setCenter(node.position.x + width / 2, node.position.y + height / 2, {
        zoom: Math.max(flow.getZoom(), 1),
        duration: 250,
      });
    },
    [flow],
  );
}
