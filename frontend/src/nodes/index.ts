// Node kinds React Flow can draw. New kinds (comments, parameter nodes, groups)
// are added here; the object must stay module-level so React Flow sees a stable
// reference and does not remount every node.
import type { NodeTypes } from "@xyflow/react";
import { MODULE_NODE_TYPE } from "../graph/convert";
import { ModuleNode } from "./ModuleNode";

export const nodeTypes: NodeTypes = {
  [MODULE_NODE_TYPE]: ModuleNode,
};
