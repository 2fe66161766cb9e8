// Search-to-node: which nodes match what was typed, best first.
import { nodeTitle, type ModuleFlowNode } from "../graph/convert";

export interface NodeMatch {
  id: string;
  title: string;
  module: string;
}

/** Nodes whose label, module name, slug or id contain every word of the query; title prefixes first. */
export function findNodes(nodes: readonly ModuleFlowNode[], query: string): NodeMatch[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { match: NodeMatch; score: number }[] = [];
  for (const node of nodes) {
    const title = nodeTitle(node.data);
    const haystack = [title, node.data.definition.name, node.data.module, node.id].join(" ").toLowerCase();
    if (!words.every((w) => haystack.includes(w))) continue;
    const score = title.toLowerCase().startsWith(words[0] ?? "") ? 0 : 1;
    scored.push({ match: { id: node.id, title, module: node.data.definition.name }, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.match.title.localeCompare(b.match.title))
    .map((s) => s.match);
}
