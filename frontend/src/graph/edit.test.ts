import { describe, expect, it } from "vitest";
import { MODULES, moduleSpec, pipeline } from "../test/fixtures";
import { buildRegistry } from "../nodes/registry";
import { graphToFlow } from "./convert";
import { checkConnection, createNode, defaultParams, newNodeId, portHint } from "./edit";

const registry = buildRegistry([
  ...MODULES,
  moduleSpec({
    slug: "save_file",
    inputs: [{ name: "file", type: "AnyFile" }],
  }),
  moduleSpec({
    slug: "combine_rows",
    inputs: [{ name: "datasets", type: "DataFrame", multiple: true }],
  }),
  moduleSpec({
    slug: "score",
    inputs: [{ name: "model", type: "Model" }],
    outputs: [{ name: "scored", type: "DataFrame" }],
  }),
]);

function flow() {
  const { nodes, edges } = graphToFlow(pipeline().graph, registry);
  const extra = ["train_model", "save_file", "score", "combine_rows"].map((slug, i) =>
    createNode(registry.bySlug.get(slug)!, { x: i * 10, y: 0 }, nodes.map((n) => n.id)),
  );
  return { nodes: [...nodes, ...extra], edges };
}

describe("new nodes", () => {
  it("get '<slug>-<n>' ids unique in the graph", () => {
    expect(newNodeId("split_data", ["n0", "n1"])).toBe("split_data-1");
    expect(newNodeId("split_data", ["split_data-1", "split_data-7", "split_data-x"])).toBe("split_data-8");
    expect(newNodeId("split", ["split_data-3"])).toBe("split-1");
  });

  it("start at the module defaults, labelled with the module name", () => {
    const def = registry.bySlug.get("split_data")!;
    const node = createNode(def, { x: 10.4, y: 20.6 }, ["split_data-1"]);
    expect(node.id).toBe("split_data-2");
    expect(node.position).toEqual({ x: 10, y: 21 });
    expect(node.data).toMatchObject({
      module: "split_data",
      version: null,
      params: { fraction: 0.7, seed: 0 },
      label: "Split Data",
      reuse: true,
    });
    expect(defaultParams(registry.bySlug.get("train_model")!)).toEqual({});
  });
});

describe("the wire rule", () => {
  const { nodes, edges } = flow();
  const check = (source: string, sourceHandle: string, target: string, targetHandle: string) =>
    checkConnection({ source, sourceHandle, target, targetHandle }, nodes, edges);

  it("allows equal types and Any* inputs", () => {
    expect(check("n1", "train", "train_model-1", "dataset")).toEqual({ ok: true, portType: "DataFrame" });
    expect(check("train_model-1", "model", "save_file-1", "file")).toEqual({ ok: true, portType: "Model" });
  });

  it("refuses mismatched types, saying which", () => {
    expect(check("n1", "train", "score-1", "model")).toEqual({
      ok: false,
      reason: "DataFrame output cannot feed a Model input",
    });
  });

  it("refuses a second wire into one input", () => {
    expect(check("n1", "test", "n1", "dataset")).toMatchObject({ ok: false });
    expect(check("split_data-x", "train", "n1", "dataset")).toMatchObject({ ok: false });
    expect(
      checkConnection(
        { source: "score-1", sourceHandle: "scored", target: "n1", targetHandle: "dataset" },
        nodes,
        edges,
      ),
    ).toEqual({ ok: false, reason: "input 'dataset' already has a wire" });
  });

  it("refuses cycles, self-wires and unknown ports", () => {
    const withWire = [
      ...edges,
      { id: "x", source: "n1", sourceHandle: "train", target: "train_model-1", targetHandle: "dataset" },
      { id: "y", source: "train_model-1", sourceHandle: "model", target: "score-1", targetHandle: "model" },
    ];
    expect(
      checkConnection(
        { source: "score-1", sourceHandle: "scored", target: "train_model-1", targetHandle: "dataset" },
        nodes,
        withWire,
      ),
    ).toMatchObject({ ok: false });
    expect(
      checkConnection({ source: "score-1", sourceHandle: "scored", target: "n1", targetHandle: "nope" }, nodes, []),
    ).toEqual({ ok: false, reason: "'nope' is not an input" });
  });
});

describe("an input that takes many wires", () => {
  const { nodes, edges } = flow();
  const wire = (source: string, sourceHandle: string) => ({
    id: `${source}.${sourceHandle}`,
    source,
    sourceHandle,
    target: "combine_rows-1",
    targetHandle: "datasets",
  });
  const into = (source: string, sourceHandle: string, existing: typeof edges) =>
    checkConnection({ source, sourceHandle, target: "combine_rows-1", targetHandle: "datasets" }, nodes, existing);

  it("takes a second and a third wire", () => {
    expect(into("n1", "train", edges)).toEqual({ ok: true, portType: "DataFrame" });
    expect(into("n1", "test", [...edges, wire("n1", "train")])).toEqual({ ok: true, portType: "DataFrame" });
    expect(into("score-1", "scored", [...edges, wire("n1", "train"), wire("n1", "test")])).toEqual({
      ok: true,
      portType: "DataFrame",
    });
  });

  it("refuses the same output twice, and still checks types", () => {
    expect(into("n1", "train", [...edges, wire("n1", "train")])).toEqual({
      ok: false,
      reason: "n1.train is already wired to 'datasets'",
    });
    expect(into("train_model-1", "model", edges)).toMatchObject({ ok: false });
  });

  it("is marked as such in the registry, and single inputs are not", () => {
    expect(registry.bySlug.get("combine_rows")!.inputs.map((p) => p.multiple)).toEqual([true]);
    expect(registry.bySlug.get("train_model")!.inputs.every((p) => !p.multiple)).toBe(true);
  });
});

describe("port hints while a wire is drawn", () => {
  const { nodes, edges } = flow();
  const fromTrain = { nodeId: "n1", handleId: "train", type: "source" as const };
  const hint = (from: typeof fromTrain | { nodeId: string; handleId: string; type: "target" }, nodeId: string, name: string, side: "in" | "out") =>
    portHint(from, { nodeId, name, side }, nodes, edges);

  it("lights the inputs a DataFrame output may feed and dims the rest, saying why", () => {
    expect(hint(fromTrain, "train_model-1", "dataset", "in")).toEqual({ accepts: true });
    expect(hint(fromTrain, "save_file-1", "file", "in")).toEqual({ accepts: true }); // AnyFile takes anything
    expect(hint(fromTrain, "combine_rows-1", "datasets", "in")).toEqual({ accepts: true });
    expect(hint(fromTrain, "train_model-1", "model", "in")).toEqual({
      accepts: false,
      reason: "DataFrame output cannot feed a UntrainedModel input",
    });
    expect(hint(fromTrain, "score-1", "scored", "out")).toMatchObject({ accepts: false });
  });

  it("dims a single-wire input that already has its wire, and its own node's input", () => {
    // n1.dataset is wired from n0 in the fixture; a drop there would be refused.
    expect(hint({ nodeId: "score-1", handleId: "scored", type: "source" }, "n1", "dataset", "in")).toEqual({
      accepts: false,
      reason: "input 'dataset' already has a wire",
    });
    expect(hint(fromTrain, "n1", "dataset", "in")).toMatchObject({ accepts: false });
  });

  it("works backwards from an input, and says nothing on the port the wire starts from", () => {
    const fromModelInput = { nodeId: "train_model-1", handleId: "model", type: "target" as const };
    expect(hint(fromModelInput, "n1", "train", "out")).toMatchObject({ accepts: false });
    expect(hint(fromModelInput, "train_model-1", "model", "in")).toBeNull();
    const fromDatasetInput = { nodeId: "train_model-1", handleId: "dataset", type: "target" as const };
    expect(hint(fromDatasetInput, "n1", "train", "out")).toEqual({ accepts: true });
  });
});
