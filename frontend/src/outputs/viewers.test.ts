// The viewers rendered to static HTML: what a person would see, without a browser.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { DataFramePreview, MetricsDocument } from "../api/types";
import { DataFrameView } from "./DataFrameView";
import { MetricsView } from "./MetricsView";

const BINARY: MetricsDocument = {
  kind: "classification",
  metrics: { accuracy: 0.9, auc: 0.95 },
  positive_class: 1,
  curves: { roc: [[0, 0], [0.1, 0.8], [1, 1]], pr: [[0, 1], [1, 0.5]] },
  confusion_matrix: { labels: [0, 1], matrix: [[40, 5], [3, 52]] },
};

describe("MetricsView", () => {
  it("shows a classifier's numbers, ROC with AUC, PR and the confusion matrix", () => {
    const html = renderToStaticMarkup(createElement(MetricsView, { document: BINARY }));
    expect(html).toContain('data-testid="metric-accuracy"');
    expect(html).toContain("ROC curve · AUC 0.95");
    expect(html).toContain('data-testid="pr-chart"');
    expect(html).toContain(">52</td>");
  });

  it("puts two regression models side by side", () => {
    const doc: MetricsDocument = {
      kind: "regression",
      metrics: { mae: 1.5, r2: 0.8 },
      residuals: [0.5, -1, 2],
      compare: { kind: "regression", metrics: { mae: 2.5, r2: 0.6 }, residuals: [1, -2], notes: ["few rows"] },
    };
    const html = renderToStaticMarkup(createElement(MetricsView, { document: doc }));
    expect(html).toContain("<th>scored_right</th>");
    expect(html).toContain("Residuals (scored)");
    expect(html).toContain("Residuals (scored_right)");
    expect(html.match(/<circle/g)).toHaveLength(5);
    expect(html).toContain("few rows (scored_right)");
  });
});

describe("DataFrameView", () => {
  it("shows statistics with a histogram or top values per column, then rows", () => {
    const preview: DataFramePreview = {
      kind: "dataframe",
      row_count: 3,
      column_count: 2,
      truncated: false,
      rows: [[1.5, "a"], [2, "b"], [null, "a"]],
      columns: [
        {
          name: "x", dtype: "float64", count: 2, missing: 1, unique: 2, mean: 1.75, std: 0.35, min: 1.5, max: 2,
          histogram: { bins: [1.5, 1.75, 2], counts: [1, 1] }, top_values: null,
        },
        {
          name: "y", dtype: "str", count: 3, missing: 0, unique: 2, mean: null, std: null, min: null, max: null,
          histogram: null, top_values: [{ value: "a", count: 2 }, { value: "b", count: 1 }],
        },
      ],
    };
    const html = renderToStaticMarkup(createElement(DataFrameView, { preview }));
    expect(html).toContain("3 rows × 2 columns");
    expect(html.match(/<rect/g)).toHaveLength(2);
    expect(html).toContain("a <span class=\"pw-muted\">(2)</span>");
    expect(html).toContain("<td>—</td>");
  });
});
