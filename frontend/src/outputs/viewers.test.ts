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

  it("keeps showing a document from before thresholds: the model's confusion matrix, no slider", () => {
    const html = renderToStaticMarkup(createElement(MetricsView, { document: BINARY }));
    expect(html).not.toContain('data-testid="threshold-slider"');
    expect(html).not.toContain('data-testid="lift-chart"');
    expect(html).toContain("<figcaption>Confusion matrix</figcaption>");
  });

  it("starts the threshold slider at 0.5 with the server's numbers, with gains and lift", () => {
    const doc: MetricsDocument = {
      ...BINARY,
      // 100 rows, 55 positive; at 0.5: tp 52, fp 5 (the confusion matrix above).
      metrics: { accuracy: 0.92, precision: 52 / 57, recall: 52 / 55, f1: 104 / 112, auc: 0.95 },
      curves: { ...BINARY.curves, gains: [[0, 0], [0.1, 0.18], [0.5, 0.85], [1, 1]] },
      thresholds: {
        values: [0, 0.5, 1],
        tp: [55, 52, 0],
        fp: [45, 5, 0],
        positives: 55,
        negatives: 45,
        predicted_positive: ">",
        default: 0.5,
        unlike_scored_labels: 0,
      },
    };
    const html = renderToStaticMarkup(createElement(MetricsView, { document: doc }));
    expect(html).toContain('data-testid="threshold-slider"');
    expect(html).toContain('data-testid="threshold-value">0.5</output>');
    expect(html).toContain("Predict 1 when its probability is above");
    for (const name of ["precision", "recall", "f1", "accuracy"]) {
      const shown = new RegExp(`data-testid="threshold-${name}"><th scope="row">${name}</th><td>([^<]+)</td>`);
      const server = new RegExp(`data-testid="metric-${name}"><th scope="row">${name}</th><td>([^<]+)</td>`);
      expect(html.match(shown)?.[1]).toBe(html.match(server)?.[1]);
    }
    expect(html).toContain("Confusion matrix at 0.5");
    expect(html).toContain('data-testid="cell-1-1"');
    expect(html).toContain(">52</td>");
    expect(html).not.toContain("<figcaption>Confusion matrix</figcaption>");
    expect(html).toContain("<figcaption>Cumulative gains</figcaption>");
    expect(html).toContain("<figcaption>Lift by decile</figcaption>");
    expect(html).toContain('<th scope="row">10%</th><td>1.8</td>');
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
    // The dots are drawn in the browser; their spread is also a table.
    expect(html).toContain('<th scope="row">median</th><td>0.5</td>');
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
    expect(html).toContain('aria-label="histogram of x"');
    expect(html).toContain("<li>1.5 – 1.75: 1</li>");
    expect(html).toContain("a <span class=\"pw-muted\">(2)</span>");
    expect(html).toContain("<td>—</td>");
  });
});
