// A node added from the palette lands centred on the drop point. Its size is
// known only once React Flow has measured it, so it is placed near the point
// first and centred exactly on its first measurement.
import { useCallback, useEffect, useRef } from "react";
import { useGraphStore } from "../store/graphStore";

type Pending = { id: string; x: number; y: number };

export function useCentreWhenMeasured(): (id: string, point: { x: number; y: number }) => void {
  const pending = useRef<Pending | null>(null);

  useEffect(
    () =>
      useGraphStore.subscribe((state) => {
        const want = pending.current;
        if (!want) return;
        const node = state.nodes.find((n) => n.id === want.id);
        if (!node) {
          pending.current = null;
          return;
        }
        const { width, height } = node.measured ?? {};
        if (!width || !height) return;
        pending.current = null;
        state.settleNode(want.id, { x: want.x - width / 2, y: want.y - height / 2 });
      }),
    [],
  );

  return useCallback((id, point) => {
    pending.current = { id, ...point };
  }, []);
}
