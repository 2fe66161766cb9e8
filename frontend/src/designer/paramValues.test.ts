import { describe, expect, it } from "vitest";
import type { ModuleParam } from "../api/types";
import { applyCoerced, coerceParam, fieldKind, formatParam, parseColumns } from "./paramValues";

const p = (overrides: Partial<ModuleParam> & { type: string }): ModuleParam => ({ name: "x", ...overrides });

describe("param fields", () => {
  it("pick a widget per param type", () => {
    expect(fieldKind(p({ type: "int" }))).toBe("number");
    expect(fieldKind(p({ type: "float" }))).toBe("number");
    expect(fieldKind(p({ type: "bool" }))).toBe("checkbox");
    expect(fieldKind(p({ type: "choice" }))).toBe("select");
    expect(fieldKind(p({ type: "code" }))).toBe("textarea");
    expect(fieldKind(p({ type: "text" }))).toBe("textarea");
    expect(fieldKind(p({ type: "columns" }))).toBe("columns");
    expect(fieldKind(p({ type: "string" }))).toBe("text");
  });

  it("coerce ints and floats within min and max", () => {
    const int = p({ type: "int", min: 0, max: 10 });
    expect(coerceParam(int, " 7 ")).toEqual({ ok: true, value: 7 });
    expect(coerceParam(int, "7.5")).toEqual({ ok: false, error: "must be a whole number" });
    expect(coerceParam(int, "11")).toEqual({ ok: false, error: "must be ≤ 10" });
    expect(coerceParam(int, "-1")).toEqual({ ok: false, error: "must be ≥ 0" });
    const float = p({ type: "float", min: 0, max: 1 });
    expect(coerceParam(float, "0.25")).toEqual({ ok: true, value: 0.25 });
    expect(coerceParam(float, "abc")).toEqual({ ok: false, error: "must be a number" });
  });

  it("treat an empty field as 'use the default', unless required", () => {
    expect(coerceParam(p({ type: "int" }), "")).toEqual({ ok: true, unset: true });
    expect(coerceParam(p({ type: "int", required: true }), "")).toEqual({ ok: false, error: "required" });
    expect(coerceParam(p({ type: "string", required: true }), "")).toEqual({ ok: false, error: "required" });
    expect(coerceParam(p({ type: "string" }), "")).toEqual({ ok: true, value: "" });
  });

  it("map choices back to their typed value", () => {
    const choice = p({ type: "choice", choices: ["gini", "entropy", 3] });
    expect(coerceParam(choice, "entropy")).toEqual({ ok: true, value: "entropy" });
    expect(coerceParam(choice, "3")).toEqual({ ok: true, value: 3 });
    expect(coerceParam(choice, "log")).toEqual({ ok: false, error: "not one of the choices" });
  });

  it("read bools, code verbatim and comma-separated columns", () => {
    expect(coerceParam(p({ type: "bool" }), false)).toEqual({ ok: true, value: false });
    expect(coerceParam(p({ type: "code" }), "  x = 1\n")).toEqual({ ok: true, value: "  x = 1\n" });
    expect(coerceParam(p({ type: "columns" }), "a, b ,, c")).toEqual({ ok: true, value: ["a", "b", "c"] });
    expect(parseColumns(" , ")).toEqual([]);
  });

  it("format stored values for display", () => {
    expect(formatParam(p({ type: "columns" }), ["a", "b"])).toBe("a, b");
    expect(formatParam(p({ type: "float" }), 0.5)).toBe("0.5");
    expect(formatParam(p({ type: "int" }), undefined)).toBe("");
    expect(formatParam(p({ type: "string" }), { a: 1 })).toBe('{"a":1}');
  });

  it("apply a coerced value immutably, and unset by removing the key", () => {
    const params = { x: 1, y: 2 };
    expect(applyCoerced(params, "x", { ok: true, value: 1 })).toBe(params);
    expect(applyCoerced(params, "x", { ok: false, error: "bad" })).toBe(params);
    const set = applyCoerced(params, "x", { ok: true, value: 5 });
    expect(set).toEqual({ x: 5, y: 2 });
    expect(params.x).toBe(1);
    expect(applyCoerced(params, "x", { ok: true, unset: true })).toEqual({ y: 2 });
    expect(applyCoerced(params, "z", { ok: true, unset: true })).toBe(params);
  });
});
