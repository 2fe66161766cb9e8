// Centres the canvas on a node, selects it and gives it keyboard focus (search
// results, the problems list), so the keys for a node work on it at once.
import { useReactFlow } from "@xyflow/react";
import { useCallback } from "react";
import { useGraphStore } from "../store/graphStore";
import { focusNode } from "./keyboardFocus";

export function useFocusNode(): (nodeId: string) => void {
  const flow = useReactFlow();
  return useCallback(
    (nodeId: string) => {
      const node = useGraphStore.getState().nodes.find((n) => n.id === nodeId);
      if (!node) return;
      useGraphStore.getState().selectNodes([nodeId]);
      const width = node.measured?.width ?? 200;
      const height = node.measured?.height ?? 80;
      // Once in view: only nodes in view are drawn, so it may have no element before.
      void flow
        .setCenter(node.position.x + width / 2, node.position.y + height / 2, {
          zoom: Math.max(flow.getZoom(), 1),
          duration: 250,
        })
        .then(() => focusNode(nodeId));
    },
    [flow],
  );
}
