// One colour per port type, used by handles, edges and the legend.
import type { PortType } from "../api/types";

const KNOWN: Readonly<Record<string, string>> = {
  DataFrame: "#2f6fde",
  UntrainedModel: "#b06ad9",
  Model: "#7b3fc4",
  Transform: "#d9822b",
  Metrics: "#1f9e89",
  AnyFile: "#6b7785",
  AnyDirectory: "#8a6d3b",
};

const EXTRA = ["#c2417a", "#3f8f3f", "#a0522d", "#4b6cb7", "#9c7b00", "#5f7f99"];

export function portColor(type: PortType): string {
  const known = KNOWN[type];
  if (known) return known;
  // A stable colour for types added later (custom modules may declare new ones).
  let hash = 0;
  for (let i = 0; i < type.length; i++) hash = (hash * 31 + type.charCodeAt(i)) >>> 0;
  return EXTRA[hash % EXTRA.length] ?? "#6b7785";
}

/** Whether an output of type `from` may feed an input of type `to`. */
export function portsCompatible(from: PortType, to: PortType): boolean {
  return from === to || to === "AnyFile" || to === "AnyDirectory";
}
