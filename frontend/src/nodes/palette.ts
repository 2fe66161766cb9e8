// Pure palette logic: search, grouping and the hover text of an item. The
// palette view (designer/Palette.tsx) only renders what these return.
import type { ModuleParam } from "../api/types";
import { paletteGroups, type NodeDefinition, type NodeRegistry, type PaletteGroup } from "./registry";

/**
 * Whether `def` matches every word of `query`, case-insensitively, in its name, slug,
 * description, category, keywords or port types. Each word may be found in a different
 * place: "two-class logistic" finds Logistic Regression by its keyword and its name.
 */
export function matchesQuery(def: NodeDefinition, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [
    def.name,
    def.slug,
    def.description,
    def.category,
    ...def.keywords,
    ...def.inputs.map((p) => p.type),
    ...def.outputs.map((p) => p.type),
  ]
    .join("\n")
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** The palette's groups with only the modules matching `query`; empty groups dropped. */
export function searchPalette(registry: NodeRegistry, query: string): PaletteGroup[] {
  return paletteGroups(registry)
    .map((group) => ({ ...group, modules: group.modules.filter((m) => matchesQuery(m, query)) }))
    .filter((group) => group.modules.length > 0);
}

/** Whether the module is among the listed groups (a hover card may only describe one that is). */
export function isListed(groups: readonly PaletteGroup[], slug: string): boolean {
  return groups.some((group) => group.modules.some((m) => m.slug === slug));
}

export function paramSummary(param: ModuleParam): string {
  const parts = [`${param.name}: ${param.type}`];
  if (param.default !== undefined && param.default !== null && param.default !== "") {
    parts.push(`= ${JSON.stringify(param.default)}`);
  }
  if (param.required) parts.push("(required)");
  return parts.join(" ");
}

