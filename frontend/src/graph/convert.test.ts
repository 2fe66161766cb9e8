import { describe, expect, it } from "vitest";
import { buildRegistry } from "../nodes/registry";
import { portColor } from "../nodes/portTypes";
import { graph, MODULES } from "../test/fixtures";
import { edgeId, flowToGraph, graphToFlow, MODULE_NODE_TYPE, nodeTitle } from "./convert";

const registry = buildRegistry(MODULES);

describe("graphToFlow", () => {
  it("makes one module node per graph node with its definition", () => {
    const { nodes } = graphToFlow(graph(), registry);
    expect(nodes.map((n) => [n.id, n.type, n.position])).toEqual([
      ["n0", MODULE_NODE_TYPE, { x: 0, y: 0 }],
      ["n1", MODULE_NODE_TYPE, { x: 120, y: 80 }],
    ]);
    expect(nodes[1]?.data.definition.name).toBe("Split Data");
    expect(nodes[1]?.data.definition.inputs.map((p) => p.name)).toEqual(["dataset"]);
    expect(nodes[1]?.data.reuse).toBe(false);
  });

  it("wires edges to port handles, coloured by port type", () => {
    const { edges } = graphToFlow(graph(), registry);
    expect(edges).toEqual([
      expect.objectContaining({
        id: "n0:dataset->n1:dataset",
        source: "n0",
        sourceHandle: "dataset",
        target: "n1",
        targetHandle: "dataset",
        data: { portType: "DataFrame" },
        style: { stroke: portColor("DataFrame"), strokeWidth: 2 },
      }),
    ]);
  });

  it("drops edges to nodes that do not exist", () => {
    const doc = graph();
    doc.edges.push({ source: "n1", source_port: "train", target: "ghost", target_port: "x" });
    expect(graphToFlow(doc, registry).edges).toHaveLength(1);
  });

  it("gives a node of an unknown module the ports its edges use", () => {
    const doc = graph();
    doc.nodes[0] = { ...doc.nodes[0]!, module: "gone_module" };
    const { nodes } = graphToFlow(doc, registry);
    const def = nodes[0]?.data.definition;
    expect(def?.known).toBe(false);
    expect(def?.outputs.map((p) => p.name)).toEqual(["dataset"]);
    expect(def?.inputs).toEqual([]);
  });

  it("lays out nodes that have no position", () => {
    const doc = graph();
    delete doc.nodes[1]!.position;
    expect(graphToFlow(doc, registry).nodes[1]?.position).toEqual({ x: 0, y: 160 });
  });
});

describe("flowToGraph", () => {
  it("round-trips a document", () => {
    const doc = graph();
    const { nodes, edges } = graphToFlow(doc, registry);
    expect(flowToGraph(nodes, edges, doc)).toEqual(doc);
  });

  it("writes moved positions, rounded", () => {
    const doc = graph();
    const { nodes, edges } = graphToFlow(doc, registry);
    const moved = nodes.map((n) => (n.id === "n1" ? { ...n, position: { x: 10.4, y: 20.6 } } : n));
    expect(flowToGraph(moved, edges, doc).nodes[1]?.position).toEqual({ x: 10, y: 21 });
  });

  it("keeps node fields the canvas does not know", () => {
    const doc = graph();
    (doc.nodes[0] as unknown as Record<string, unknown>).future_field = 1;
    const { nodes, edges } = graphToFlow(doc, registry);
    expect(flowToGraph(nodes, edges, doc).nodes[0]).toHaveProperty("future_field", 1);
  });
});

describe("helpers", () => {
  it("names an edge by its ports", () => {
    expect(edgeId({ source: "a", source_port: "o", target: "b", target_port: "i" })).toBe("a:o->b:i");
  });

  it("titles a node by label, else module name", () => {
    const { nodes } = graphToFlow(graph(), registry);
    expect(nodeTitle(nodes[0]!.data)).toBe("Iris");
    expect(nodeTitle({ ...nodes[0]!.data, label: "  " })).toBe("Load CSV");
  });
});

describe("run settings", () => {
  it("round-trip through the canvas and stay out of documents that do not use them", () => {
    const document = {
      schema: 1,
      compute: "cpu",
      parameters: [],
      edges: [],
      nodes: [
        { id: "a", module: "m", version: null, params: {}, timeout_seconds: 90, max_retries: 2, retry_on: ["timeout"] },
        { id: "b", module: "m", version: null, params: {} },
      ],
    };
    const flow = graphToFlow(document, registry);
    expect(flow.nodes[0]!.data).toMatchObject({ timeoutSeconds: 90, maxRetries: 2, retryOn: ["timeout"] });
    const back = flowToGraph(flow.nodes, flow.edges, document);
    expect(back.compute).toBe("cpu");
    expect(back.nodes[0]).toMatchObject({ timeout_seconds: 90, max_retries: 2, retry_on: ["timeout"] });
    expect(Object.keys(back.nodes[1]!)).not.toContain("max_retries");
    expect(Object.keys(back.nodes[1]!)).not.toContain("retry_on");

    const cleared = flow.nodes.map((n) => (n.id === "a" ? { ...n, data: { ...n.data, maxRetries: 0, retryOn: undefined } } : n));
    const after = flowToGraph(cleared, flow.edges, document).nodes[0]!;
    expect(after).not.toHaveProperty("max_retries");
    expect(after).not.toHaveProperty("retry_on");
    expect(after.timeout_seconds).toBe(90);
  });
});
