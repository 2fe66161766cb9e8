// Auto-layout with elkjs: layered, left to right, ports in their declared order.
import ELK from "elkjs/lib/elk.bundled.js";
import type { GraphEdge } from "../graph/types";

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  inputs: readonly string[];
  outputs: readonly string[];
}

export type Positions = Map<string, { x: number; y: number }>;

export const DEFAULT_NODE_SIZE = { width: 220, height: 90 };

const elk = new ELK();

const port = (nodeId: string, side: "in" | "out", name: string) => `${nodeId}::${side}::${name}`;

/** New top-left positions for every node; inputs on the left, outputs on the right. */
export async function layoutGraph(nodes: readonly LayoutNode[], edges: readonly GraphEdge[]): Promise<Positions> {
  const ports = new Set(
    nodes.flatMap((n) => [...n.inputs.map((p) => port(n.id, "in", p)), ...n.outputs.map((p) => port(n.id, "out", p))]),
  );
  const result = await elk.layout({
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.spacing.nodeNode": "40",
      "elk.layered.spacing.nodeNodeBetweenLayers": "80",
      "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
      "elk.padding": "[top=20,left=20,bottom=20,right=20]",
    },
    children: nodes.map((n) => ({
      id: n.id,
      width: n.width,
      height: n.height,
      layoutOptions: { "elk.portConstraints": "FIXED_ORDER" },
      ports: [
        ...n.inputs.map((name, i) => ({
          id: port(n.id, "in", name),
          layoutOptions: { "elk.port.side": "WEST", "elk.port.index": String(i) },
        })),
        ...n.outputs.map((name, i) => ({
          id: port(n.id, "out", name),
          layoutOptions: { "elk.port.side": "EAST", "elk.port.index": String(i) },
        })),
      ],
    })),
    edges: edges
      .filter((e) => ports.has(port(e.source, "out", e.source_port)) && ports.has(port(e.target, "in", e.target_port)))
      .map((e, i) => ({
        id: `e${i}`,
        sources: [port(e.source, "out", e.source_port)],
        targets: [port(e.target, "in", e.target_port)],
      })),
  });
  const positions: Positions = new Map();
  for (const child of result.children ?? []) {
    positions.set(child.id, { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) });
  }
  return positions;
}
