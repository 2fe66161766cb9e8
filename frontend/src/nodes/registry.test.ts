import { describe, expect, it } from "vitest";
import { moduleSpec, MODULES } from "../test/fixtures";
import { buildRegistry, paletteGroups, resolveDefinition } from "./registry";
import { portColor, portsCompatible } from "./portTypes";

describe("buildRegistry", () => {
  it("keys definitions by slug and by slug@version", () => {
    const registry = buildRegistry([
      moduleSpec({ slug: "a", version: "2.0.0" }),
      moduleSpec({ slug: "a", version: "1.0.0" }),
    ]);
    expect(registry.bySlug.get("a")?.version).toBe("2.0.0");
    expect(registry.byVersion.get("a@1.0.0")?.version).toBe("1.0.0");
  });

  it("does not make a disabled version the default when another is listed", () => {
    const registry = buildRegistry([
      moduleSpec({ slug: "a", version: "2.0.0", status: "disabled" }),
      moduleSpec({ slug: "a", version: "1.0.0" }),
    ]);
    expect(registry.bySlug.get("a")?.version).toBe("1.0.0");
  });

  it("defaults optional fields of ports", () => {
    const def = buildRegistry(MODULES).bySlug.get("train_model");
    expect(def?.inputs[0]).toEqual({
      name: "model",
      type: "UntrainedModel",
      optional: false,
      multiple: false,
      description: "",
    });
  });
});

describe("resolveDefinition", () => {
  const registry = buildRegistry([
    moduleSpec({ slug: "a", version: "2.0.0" }),
    moduleSpec({ slug: "a", version: "1.0.0", name: "A one" }),
  ]);

  it("uses the pinned version when listed, else the default", () => {
    expect(resolveDefinition(registry, { id: "x", module: "a", version: "1.0.0" }, []).name).toBe("A one");
    expect(resolveDefinition(registry, { id: "x", module: "a", version: "9.9.9" }, []).version).toBe("2.0.0");
    expect(resolveDefinition(registry, { id: "x", module: "a", version: null }, []).version).toBe("2.0.0");
  });
});

describe("paletteGroups", () => {
  it("groups by category in order and leaves disabled modules out", () => {
    const groups = paletteGroups(
      buildRegistry([...MODULES, moduleSpec({ slug: "old", category: "Data input", status: "disabled" })]),
    );
    expect(groups.map((g) => g.category)).toEqual(["Data input", "Data transformation", "Model training"]);
    expect(groups[0]?.modules.map((m) => m.slug)).toEqual(["load_csv"]);
  });
});

describe("port types", () => {
  it("has a stable colour for every type", () => {
    expect(portColor("DataFrame")).not.toBe(portColor("Model"));
    expect(portColor("SomethingNew")).toBe(portColor("SomethingNew"));
  });

  it("accepts equal types and Any* inputs", () => {
    expect(portsCompatible("DataFrame", "DataFrame")).toBe(true);
    expect(portsCompatible("Model", "AnyFile")).toBe(true);
    expect(portsCompatible("Model", "DataFrame")).toBe(false);
  });
});
