import { describe, expect, it } from "vitest";
import type { PipelineParameter } from "../graph/types";
import { fieldKind, initialTexts, parseParameters } from "./submitForm";

const PARAMS: PipelineParameter[] = [
  { name: "seed", type: "int", default: 42 },
  { name: "fraction", type: "float", default: 0.7 },
  { name: "shuffle", type: "bool", default: true },
  { name: "label", type: "str", default: null },
  { name: "columns", type: "columns", default: ["a", "b"] },
];

describe("submit form", () => {
  it("starts from the defaults, as text", () => {
    expect(initialTexts(PARAMS)).toEqual({
      seed: "42",
      fraction: "0.7",
      shuffle: "true",
      label: "",
      columns: "a, b",
    });
  });

  it("picks an input per type", () => {
    expect(PARAMS.map((p) => fieldKind(p.type))).toEqual(["number", "number", "checkbox", "text", "columns"]);
  });

  it("turns text back into typed values", () => {
    const parsed = parseParameters(PARAMS, { ...initialTexts(PARAMS), seed: " 7 ", shuffle: "false" });
    expect(parsed.errors).toEqual({});
    expect(parsed.values).toEqual({ seed: 7, fraction: 0.7, shuffle: false, label: "", columns: ["a", "b"] });
  });

  it("names every field that does not parse", () => {
    const parsed = parseParameters(PARAMS, { seed: "4.5", fraction: "lots", shuffle: "true", label: "", columns: "a" });
    expect(parsed.errors).toEqual({
      seed: "seed must be a whole number",
      fraction: "fraction must be a number",
    });
  });
});

describe("submit form, columns", () => {
  const COLUMNS: PipelineParameter[] = [{ name: "keys", type: "columns", default: ["sepal length", "species"] }];

  it("reads comma-separated names into a list, blanks dropped", () => {
    expect(parseParameters(COLUMNS, { keys: " a, b ,, c " }).values).toEqual({ keys: ["a", "b", "c"] });
    expect(parseParameters(COLUMNS, { keys: "" }).values).toEqual({ keys: [] });
    expect(parseParameters(COLUMNS, initialTexts(COLUMNS)).values).toEqual({ keys: ["sepal length", "species"] });
  });

  it("parses no JSON for types that do not exist", () => {
    const madeUp: PipelineParameter[] = [
      { name: "a", type: "list", default: null },
      { name: "b", type: "json", default: null },
    ];
    expect(parseParameters(madeUp, { a: "[1, 2]", b: '{"x": 1}' }).values).toEqual({ a: "[1, 2]", b: '{"x": 1}' });
  });
});
