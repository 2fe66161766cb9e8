import { describe, expect, it } from "vitest";
import { demoteParam, freeParameterName, promoteParam } from "./pipelineParams";

const fraction = { name: "fraction", type: "float", default: 0.7 };

describe("promote and demote", () => {
  it("promotes a param to a pipeline parameter holding its current value", () => {
    const result = promoteParam([], { fraction: 0.6, seed: 1 }, fraction);
    expect(result.name).toBe("fraction");
    expect(result.parameters).toEqual([{ name: "fraction", type: "float", default: 0.6 }]);
    expect(result.params).toEqual({ fraction: { $param: "fraction" }, seed: 1 });
  });

  it("uses the module default when the node has no value, and a free name", () => {
    const taken = [{ name: "fraction", type: "float", default: 0.5 }];
    const result = promoteParam(taken, {}, fraction);
    expect(result.name).toBe("fraction_2");
    expect(result.parameters.at(-1)).toEqual({ name: "fraction_2", type: "float", default: 0.7 });
    expect(freeParameterName("max depth", [])).toBe("max_depth");
  });

  it("demotes back to the pipeline parameter's value and drops the unused parameter", () => {
    const parameters = [{ name: "fraction", type: "float", default: 0.6 }];
    const result = demoteParam(parameters, { fraction: { $param: "fraction" } }, "fraction", []);
    expect(result.params).toEqual({ fraction: 0.6 });
    expect(result.parameters).toEqual([]);
  });

  it("keeps a parameter another node still uses", () => {
    const parameters = [{ name: "seed", type: "int", default: 42 }];
    const other = { params: { seed: { $param: "seed" } } };
    const result = demoteParam(parameters, { seed: { $param: "seed" } }, "seed", [other]);
    expect(result.params).toEqual({ seed: 42 });
    expect(result.parameters).toEqual(parameters);
  });

  it("leaves a literal alone", () => {
    const result = demoteParam([], { seed: 3 }, "seed", []);
    expect(result.params).toEqual({ seed: 3 });
  });
});
