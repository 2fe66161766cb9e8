import { describe, expect, it } from "vitest";
import { graphToFlow } from "../graph/convert";
import { buildRegistry } from "../nodes/registry";
import { graph, MODULES } from "../test/fixtures";
import { findNodes } from "./search";

describe("search to node", () => {
  const { nodes } = graphToFlow(graph(), buildRegistry(MODULES));
  it("finds nodes by label, module name or slug", () => {
    expect(findNodes(nodes, "iris").map((m) => m.id)).toEqual(["n0"]);
    expect(findNodes(nodes, "split data").map((m) => m.id)).toEqual(["n1"]);
    expect(findNodes(nodes, "load_csv").map((m) => m.id)).toEqual(["n0"]);
    expect(findNodes(nodes, "  ")).toEqual([]);
    expect(findNodes(nodes, "nothing")).toEqual([]);
  });
});
