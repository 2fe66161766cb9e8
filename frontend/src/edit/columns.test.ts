import { describe, expect, it } from "vitest";
import type { PortSchema } from "../api/schema";
import { graph } from "../test/fixtures";
import { isSingleColumnParam, pickerSchema, schemaSignature, toggleColumn } from "./columns";

describe("column picker sources", () => {
  const known = (names: string[], extra: Partial<PortSchema> = {}): PortSchema => ({
    source: "propagated",
    columns: names.map((name) => ({ name, type: "int64" })),
    label: null,
    suggested_label: null,
    incomplete: "",
    reason: "",
    run: null,
    ...extra,
  });
  const unknown = (reason: string): PortSchema => ({ ...known([]), source: "unknown", columns: null, reason });

  it("offers the first DataFrame input whose columns are known, else the first wired one", () => {
    const inputs = [
      { name: "model", type: "Model" },
      { name: "left", type: "DataFrame" },
      { name: "right", type: "DataFrame" },
    ];
    const right = known(["a", "b"]);
    expect(pickerSchema({ inputs: { left: unknown("a script"), right }, outputs: {} }, inputs)).toBe(right);
    const script = unknown("a script");
    expect(pickerSchema({ inputs: { left: script, right: unknown("not connected") }, outputs: {} }, inputs)).toBe(script);
    expect(pickerSchema({ inputs: { left: unknown("not connected") }, outputs: {} }, inputs)).toBeNull();
    expect(pickerSchema(undefined, inputs)).toBeNull();
    // The wires into a multiple input are named like the plan's.
    const first = known(["x"]);
    expect(pickerSchema({ inputs: { "datasets[0]": first }, outputs: {} }, [{ name: "datasets", type: "DataFrame" }])).toBe(first);
  });

  it("asks again when params or wires change, not when a node moves", () => {
    const base = graph();
    const moved = { ...base, nodes: base.nodes.map((n) => ({ ...n, position: { x: 999, y: 1 }, label: "renamed" })) };
    expect(schemaSignature(moved)).toBe(schemaSignature(base));
    const edited = { ...base, nodes: base.nodes.map((n, i) => (i === 0 ? { ...n, params: { name: "titanic" } } : n)) };
    expect(schemaSignature(edited)).not.toBe(schemaSignature(base));
    expect(schemaSignature({ ...base, edges: [] })).not.toBe(schemaSignature(base));
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
