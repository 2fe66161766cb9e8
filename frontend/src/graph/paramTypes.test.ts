import { describe, expect, it } from "vitest";
import spec from "../../../designer/graph/spec.py?raw";
import { PARAM_TYPES, fieldKind, formatValue, parseText } from "./paramTypes";

describe("parameter types", () => {
  it("are the server's", () => {
    const declared = /^PARAM_TYPES: tuple\[str, \.\.\.\] = \(([^)]*)\)/m.exec(spec)?.[1] ?? "";
    expect([...declared.matchAll(/"([^"]+)"/g)].map((m) => m[1])).toEqual([...PARAM_TYPES]);
  });

  it("each have a widget", () => {
    expect(PARAM_TYPES.map((type) => fieldKind({ type }))).toEqual([
      "number",
      "number",
      "checkbox",
      "text",
      "textarea",
      "textarea",
      "select",
      "columns",
    ]);
  });

  it("read text into the JSON type the server checks", () => {
    expect(parseText({ type: "int" }, " -3 ")).toEqual({ ok: true, value: -3 });
    expect(parseText({ type: "int" }, "3.0")).toEqual({ ok: false, error: "must be a whole number" });
    expect(parseText({ type: "float" }, "1.5")).toEqual({ ok: true, value: 1.5 });
    expect(parseText({ type: "float" }, "")).toEqual({ ok: false, error: "must be a number" });
    expect(parseText({ type: "float", max: 1 }, "1.5")).toEqual({ ok: false, error: "must be ≤ 1" });
    expect(parseText({ type: "bool" }, "true")).toEqual({ ok: true, value: true });
    expect(parseText({ type: "columns" }, "a, b")).toEqual({ ok: true, value: ["a", "b"] });
    expect(parseText({ type: "choice", choices: ["l1", "l2"] }, " l2 ")).toEqual({ ok: true, value: "l2" });
    expect(parseText({ type: "choice" }, "any")).toEqual({ ok: true, value: "any" });
    expect(parseText({ type: "code" }, "  x = 1\n")).toEqual({ ok: true, value: "  x = 1\n" });
    expect(parseText({ type: "string" }, " 1.5 ")).toEqual({ ok: true, value: " 1.5 " });
  });

  it("format a value as the text that reads back to it", () => {
    const cases: [string, unknown][] = [
      ["int", 7],
      ["float", 0.25],
      ["bool", false],
      ["string", "x"],
      ["columns", ["a", "b c"]],
    ];
    for (const [type, value] of cases) {
      expect(parseText({ type }, formatValue({ type }, value))).toEqual({ ok: true, value });
    }
    expect(formatValue({ type: "columns" }, null)).toBe("");
  });
});
