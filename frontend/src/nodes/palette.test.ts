import { describe, expect, it } from "vitest";
import { MODULES, moduleSpec } from "../test/fixtures";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { PaletteCard } from "../designer/PaletteCard";
import { isListed, matchesQuery, searchPalette } from "./palette";
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
  it("knows which modules a search left in the list (a hover card describes only those)", () => {
    const groups = searchPalette(registry, "evaluate");
    expect(isListed(groups, "evaluate")).toBe(true);
    expect(isListed(groups, "old")).toBe(false);
    expect(isListed(searchPalette(registry, "zzz"), "evaluate")).toBe(false);
  });

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

  it("finds modules by their keywords, each query word anywhere", () => {
    const withKeywords = buildRegistry([
      moduleSpec({
        slug: "logistic_regression",
        name: "Logistic Regression",
        category: "Algorithms",
        description: "A linear model of class probabilities.",
        keywords: ["Two-Class Logistic Regression", "binary", "classification"],
      }),
      moduleSpec({
        slug: "convert_to_indicators",
        name: "Convert to Indicator Values",
        category: "Data transformation",
        keywords: ["one-hot", "dummy"],
      }),
      moduleSpec({ slug: "linear_regression", name: "Linear Regression", category: "Algorithms" }),
    ]);
    const slugs = (q: string) =>
      searchPalette(withKeywords, q).flatMap((g) => g.modules.map((m) => m.slug));
    expect(slugs("binary")).toEqual(["logistic_regression"]);
    expect(slugs("Two-Class")).toEqual(["logistic_regression"]);
    expect(slugs("two-class regression")).toEqual(["logistic_regression"]);
    expect(slugs("ONE-HOT")).toEqual(["convert_to_indicators"]);
    expect(slugs("dummy indicator")).toEqual(["convert_to_indicators"]);
    expect(slugs("regression")).toEqual(["linear_regression", "logistic_regression"]);
    expect(slugs("binary dummy")).toEqual([]);
    // A spec from a server without keywords still searches by everything else.
    expect(matchesQuery(withKeywords.bySlug.get("linear_regression")!, "linear")).toBe(true);
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
