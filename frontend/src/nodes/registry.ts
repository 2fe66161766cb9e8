// The node registry: every node kind the canvas knows, derived from the module
// specs served by GET /api/modules/. Node components, the palette and the graph
// serializer all read definitions from here rather than from the raw specs.
import type { ModuleParam, ModuleSpec, ModuleStatus, PortType } from "../api/types";
import type { GraphEdge, GraphNode } from "../graph/types";

export interface PortDef {
  name: string;
  type: PortType;
  optional: boolean;
  /** An input that takes many wires (PortSpec.multiple). */
  multiple: boolean;
  description: string;
}

export interface NodeDefinition {
  slug: string;
  name: string;
  category: string;
  description: string;
  /** Search words beyond name and description ("one-hot", "Two-Class Logistic Regression"). */
  keywords: readonly string[];
  version: string;
  status: ModuleStatus;
  inputs: readonly PortDef[];
  outputs: readonly PortDef[];
  params: readonly ModuleParam[];
  /** false for a placeholder made up for a module the server did not list. */
  known: boolean;
}

export interface NodeRegistry {
  /** Default definition by slug. */
  readonly bySlug: ReadonlyMap<string, NodeDefinition>;
  /** Every listed version, keyed "slug@version". */
  readonly byVersion: ReadonlyMap<string, NodeDefinition>;
}

export const EMPTY_REGISTRY: NodeRegistry = { bySlug: new Map(), byVersion: new Map() };

export function definitionFromSpec(spec: ModuleSpec): NodeDefinition {
  return {
    slug: spec.slug,
    name: spec.name || spec.slug,
    category: spec.category || "Other",
    description: spec.description || "",
    keywords: spec.keywords ?? [],
    version: spec.version,
    status: spec.status,
    inputs: spec.inputs.map((p) => ({
      name: p.name,
      type: p.type,
      optional: p.optional ?? false,
      multiple: p.multiple ?? false,
      description: p.description ?? "",
    })),
    outputs: spec.outputs.map((p) => ({
      name: p.name,
      type: p.type,
      optional: false,
      multiple: false,
      description: p.description ?? "",
    })),
    params: spec.params,
    known: true,
  };
}

/**
 * Builds the registry. Should the list hold several versions of one slug, the
 * first non-disabled one is its default (the server lists defaults first).
 */
export function buildRegistry(specs: readonly ModuleSpec[]): NodeRegistry {
  const bySlug = new Map<string, NodeDefinition>();
  const byVersion = new Map<string, NodeDefinition>();
  for (const spec of specs) {
    const def = definitionFromSpec(spec);
    byVersion.set(`${def.slug}@${def.version}`, def);
    const current = bySlug.get(def.slug);
    if (!current || (current.status === "disabled" && def.status !== "disabled")) {
      bySlug.set(def.slug, def);
    }
  }
  return { bySlug, byVersion };
}

/**
 * The definition a graph node renders with. A module the server does not list
 * (deleted, or not visible in this workspace) still gets a node, with the ports
 * its edges use, so the graph stays readable and its wires stay attached.
 */
export function resolveDefinition(
  registry: NodeRegistry,
  node: Pick<GraphNode, "id" | "module" | "version">,
  edges: readonly GraphEdge[],
): NodeDefinition {
  const pinned =
    node.version != null ? registry.byVersion.get(`${node.module}@${node.version}`) : undefined;
  const found = pinned ?? registry.bySlug.get(node.module);
  if (found) return found;

  const unique = (names: string[]) => [...new Set(names)];
  const port = (name: string): PortDef => ({
    name,
    type: "AnyFile",
    optional: true,
    multiple: false,
    description: "",
  });
  return {
    slug: node.module,
    name: node.module,
    category: "Unknown",
    description: `Module "${node.module}" is not available.`,
    keywords: [],
    version: node.version ?? "",
    status: "disabled",
    inputs: unique(edges.filter((e) => e.target === node.id).map((e) => e.target_port)).map(port),
    outputs: unique(edges.filter((e) => e.source === node.id).map((e) => e.source_port)).map(
      port,
    ),
    params: [],
    known: false,
  };
}

export interface PaletteGroup {
  category: string;
  modules: NodeDefinition[];
}

/** Modules for the palette: by category, then name; disabled ones left out. */
export function paletteGroups(registry: NodeRegistry): PaletteGroup[] {
  const groups = new Map<string, NodeDefinition[]>();
  for (const def of registry.bySlug.values()) {
    if (def.status === "disabled") continue;
    const list = groups.get(def.category) ?? [];
    list.push(def);
    groups.set(def.category, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, modules]) => ({
      category,
      modules: modules.sort((a, b) => a.name.localeCompare(b.name)),
    }));
}
