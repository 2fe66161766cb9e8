import { describe, expect, it } from "vitest";
import { graphToFlow } from "../graph/convert";
import { buildRegistry } from "../nodes/registry";
import { graph, MODULES, run, step } from "../test/fixtures";
import { findColumns, isSingleColumnParam, toggleColumn, upstreamDataFrame } from "./columns";

describe("column picker sources", () => {
  const { nodes, edges } = graphToFlow(graph(), buildRegistry(MODULES));

  it("finds the output wired into a node's DataFrame input", () => {
    expect(upstreamDataFrame("n1", nodes, edges)).toEqual({ node: "n0", port: "dataset" });
    expect(upstreamDataFrame("n0", nodes, edges)).toBeNull();
  });

  it("reads the columns from the newest run that produced the output", async () => {
    const runs = {
      3: run({ id: 3, steps: [step("n0", { status: "failed" })] }),
      2: run({ id: 2, steps: [step("n0", { status: "completed", outputs: { dataset: "sha" } })] }),
    };
    const asked: unknown[] = [];
    const columns = await findColumns(
      { node: "n0", port: "dataset" },
      {
        listRuns: () => Promise.resolve([{ id: 3 }, { id: 2 }]),
        getRun: (id) => Promise.resolve(runs[id as 2 | 3]),
        getColumns: (runId, node, port) => {
          asked.push([runId, node, port]);
          return Promise.resolve(["a", "label"]);
        },
      },
    );
    expect(columns).toEqual(["a", "label"]);
    expect(asked).toEqual([[2, "n0", "dataset"]]);
  });

  it("gives null when no run has the output", async () => {
    const none = await findColumns(
      { node: "n0", port: "dataset" },
      {
        listRuns: () => Promise.resolve([]),
        getRun: () => Promise.reject(new Error("unused")),
        getColumns: () => Promise.reject(new Error("unused")),
      },
    );
    expect(none).toBeNull();
  });

  it("knows single-column params and toggles picked columns in dataset order", () => {
    expect(isSingleColumnParam({ name: "label_column", type: "string" })).toBe(true);
    expect(isSingleColumnParam({ name: "columns", type: "columns" })).toBe(false);
    expect(isSingleColumnParam({ name: "name", type: "string" })).toBe(false);
    expect(toggleColumn(["c"], "a", ["a", "b", "c"])).toEqual(["a", "c"]);
    expect(toggleColumn(["a", "c"], "a", ["a", "b", "c"])).toEqual(["c"]);
    expect(toggleColumn(["zz"], "b", ["a", "b"])).toEqual(["b", "zz"]);
  });
});
