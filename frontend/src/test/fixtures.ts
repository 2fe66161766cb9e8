// Small builders shared by the tests.
import type { ModuleSpec, Pipeline, Run, Step } from "../api/types";
import type { GraphDocument } from "../graph/types";

export function moduleSpec(overrides: Partial<ModuleSpec> & { slug: string }): ModuleSpec {
  return {
    name: overrides.slug,
    category: "Data",
    description: "",
    version: "1.0.0",
    status: "active",
    inputs: [],
    outputs: [],
    params: [],
    ...overrides,
  };
}

export const MODULES: ModuleSpec[] = [
  moduleSpec({
    slug: "load_csv",
    name: "Load CSV",
    category: "Data input",
    outputs: [{ name: "dataset", type: "DataFrame" }],
    params: [{ name: "path", type: "str", default: "", required: true }],
  }),
  moduleSpec({
    slug: "split_data",
    name: "Split Data",
    category: "Data transformation",
    inputs: [{ name: "dataset", type: "DataFrame", optional: false }],
    outputs: [
      { name: "train", type: "DataFrame" },
      { name: "test", type: "DataFrame" },
    ],
    params: [
      { name: "fraction", type: "float", default: 0.7, min: 0, max: 1 },
      { name: "seed", type: "int", default: 0 },
    ],
  }),
  moduleSpec({
    slug: "train_model",
    name: "Train Model",
    category: "Model training",
    inputs: [
      { name: "model", type: "UntrainedModel" },
      { name: "dataset", type: "DataFrame" },
    ],
    outputs: [{ name: "model", type: "Model" }],
  }),
];

export function graph(): GraphDocument {
  return {
    schema: 1,
    nodes: [
      {
        id: "n0",
        module: "load_csv",
        version: null,
        params: { path: "iris.csv" },
        position: { x: 0, y: 0 },
        label: "Iris",
        comment: null,
        compute: null,
        reuse: true,
      },
      {
        id: "n1",
        module: "split_data",
        version: null,
        params: { fraction: 0.7, seed: { $param: "seed" } },
        position: { x: 120, y: 80 },
        label: "Split 70/30",
        comment: "keep it simple",
        compute: null,
        reuse: false,
      },
    ],
    edges: [{ source: "n0", source_port: "dataset", target: "n1", target_port: "dataset" }],
    parameters: [{ name: "seed", type: "int", default: 42 }],
  };
}

export function pipeline(overrides: Partial<Pipeline> = {}): Pipeline {
  return {
    id: 7,
    name: "Iris",
    description: "",
    graph: graph(),
    revision: 3,
    created_at: "2025-01-01T00:00:00Z",
    updated_at: "2025-01-01T00:00:00Z",
    last_run: null,
    ...overrides,
  };
}

export function step(nodeId: string, overrides: Partial<Step> = {}): Step {
  return { node_id: nodeId, module: "m", status: "pending", ...overrides };
}

export function run(overrides: Partial<Run> = {}): Run {
  return {
    id: 5,
    pipeline: 7,
    number: 1,
    status: "queued",
    created_at: "2025-01-01T00:00:00Z",
    started_at: null,
    finished_at: null,
    steps: [step("n0"), step("n1")],
    ...overrides,
  };
}
