import { describe, expect, it } from "vitest";
import { MODULES, moduleSpec } from "../test/fixtures";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { PaletteCard } from "../designer/PaletteCard";
import { matchesQuery, searchPalette } from "./palette";
import { buildRegistry } from "./registry";

const registry = buildRegistry([
  ...MODULES,
  moduleSpec({
    slug: "evaluate",
    name: "Evaluate Model",
    category: "Model scoring",
    description: "Computes accuracy and friends",
    inputs: [{ name: "scored", type: "DataFrame" }],
    outputs: [{ name: "metrics", type: "Metrics" }],
  }),
  moduleSpec({ slug: "old", name: "Old Thing", status: "disabled" }),
]);

describe("palette search", () => {
  it("groups every enabled module by category when the query is empty", () => {
    const groups = searchPalette(registry, "  ");
    expect(groups.map((g) => g.category)).toEqual([
      "Data input",
      "Data transformation",
      "Model scoring",
      "Model training",
    ]);
    expect(groups.flatMap((g) => g.modules.map((m) => m.slug))).not.toContain("old");
  });

  it("matches name, slug, description and port types, case-insensitively", () => {
    const slugs = (q: string) => searchPalette(registry, q).flatMap((g) => g.modules.map((m) => m.slug));
    expect(slugs("split")).toEqual(["split_data"]);
    expect(slugs("LOAD_CSV")).toEqual(["load_csv"]);
    expect(slugs("accuracy")).toEqual(["evaluate"]);
    expect(slugs("metrics")).toEqual(["evaluate"]);
    expect(slugs("untrainedmodel")).toEqual(["train_model"]);
    expect(slugs("model dataframe")).toEqual(["evaluate", "train_model"]);
    expect(slugs("nothing like it")).toEqual([]);
  });

  it("drops groups left empty by the search", () => {
    expect(searchPalette(registry, "csv").map((g) => g.category)).toEqual(["Data input"]);
  });

  it("describes ports and params in the hover card", () => {
    const def = registry.bySlug.get("split_data")!;
    const text = renderToStaticMarkup(createElement(PaletteCard, { hovered: { def, top: 0, left: 0 } }))
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ");
    expect(text).toContain("Split Data split_data v1.0.0");
    expect(text).toContain("Inputs dataset: DataFrame");
    expect(text).toContain("Outputs train: DataFrame test: DataFrame");
    expect(text).toContain("fraction: float = 0.7");
    expect(matchesQuery(def, "")).toBe(true);
  });
});
