import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  type Node,
} from "@xyflow/react";
import { useCallback } from "react";
import { nodeTypes } from "../nodes";
import { STATUS_COLORS } from "../nodes/status";
import { useGraphStore } from "../store/graphStore";
import { useRunStore } from "../store/runStore";

export function Canvas() {
  const nodes = useGraphStore((s) => s.nodes);
  const edges = useGraphStore((s) => s.edges);
  const onNodesChange = useGraphStore((s) => s.onNodesChange);
  const select = useGraphStore((s) => s.select);

  const onPaneClick = useCallback(() => {
    select(null);
  }, [select]);

  return (
    <div className="pw-canvas" data-testid="canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onPaneClick={onPaneClick}
        nodesConnectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        fitView
        fitViewOptions={{ padding: 0.2, maxZoom: 1.2 }}
        minZoom={0.1}
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
        <StatusMiniMap />
      </ReactFlow>
    </div>
  );
}

/** The minimap colours nodes by status; only it re-renders when statuses change. */
function StatusMiniMap() {
  const steps = useRunStore((s) => s.steps);
  const nodeColor = useCallback(
    (node: Node) => STATUS_COLORS[steps[node.id]?.status ?? "idle"],
    [steps],
  );
  return (
    <MiniMap
      nodeColor={nodeColor}
      nodeStrokeWidth={2}
      style={{ width: 160, height: 110 }}
      pannable
      zoomable
    />
  );
}
