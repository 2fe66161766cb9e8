// The charts rendered to static HTML: recharts draws its SVG only in a browser (the
// end-to-end tests look at that), but the caption and the numbers a screen reader reads
// are plain markup.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RocCurvesChart, RunsLineChart, heatColor, histogramBins, niceTicks, residualSummary, spread } from ".";

describe("overlaid ROC curves", () => {
  it("names each curve with its AUC and tables a few points of each", () => {
    const html = renderToStaticMarkup(
      createElement(RocCurvesChart, {
        curves: [
          { name: "run #3", points: [[0, 0], [0.2, 0.9], [1, 1]], auc: 0.91 },
          { name: "run #4", points: [[0, 0], [0.5, 0.6], [1, 1]], auc: 0.62 },
        ],
      }),
    );
    expect(html).toContain("<figcaption>ROC curves</figcaption>");
    expect(html).toContain("run #3 (AUC 0.91)");
    expect(html).toContain("run #4 (AUC 0.62)");
    expect(html).toContain('<th scope="row">run #4 (AUC 0.62)</th><td>0.5</td><td>0.6</td>');
  });
});

describe("a metric over runs", () => {
  it("has a row per run and a gap where a run did not log the metric", () => {
    const html = renderToStaticMarkup(
      createElement(RunsLineChart, {
        metric: "auc",
        series: [
          { name: "Evaluate", values: [{ run: 1, value: 0.8 }, { run: 3, value: 0.85 }] },
          { name: "Compare", values: [{ run: 1, value: 0.7 }, { run: 2, value: null }] },
        ],
      }),
    );
    expect(html).toContain("<figcaption>auc by run</figcaption>");
    expect(html).toContain('<th scope="row">#1</th><td>0.8</td><td>0.7</td>');
    expect(html).toContain('<th scope="row">#2</th><td>—</td><td>—</td>');
    expect(html).toContain('<th scope="row">#3</th><td>0.85</td><td>—</td>');
  });
});

describe("chart helpers", () => {
  it("spreads a long curve over a few rows, keeping both ends", () => {
    const points = Array.from({ length: 200 }, (_, i) => i);
    expect(spread(points, 5)).toEqual([0, 50, 100, 149, 199]);
    expect(spread([1, 2], 5)).toEqual([1, 2]);
  });

  it("reads a histogram's bins as ranges", () => {
    expect(histogramBins({ bins: [0, 1.5, 3], counts: [2, 4] })).toEqual([
      { range: "0 – 1.5", count: 2 },
      { range: "1.5 – 3", count: 4 },
    ]);
  });

  it("sums up residuals by their quartiles", () => {
    expect(residualSummary([3, -1, 0, 1, 2])).toEqual([
      ["smallest", "-1"],
      ["lower quartile", "0"],
      ["median", "1"],
      ["upper quartile", "2"],
      ["largest", "3"],
      ["mean", "1"],
    ]);
  });

  it("shades heat-map cells from white to blue", () => {
    expect(heatColor(0, 10)).toBe("rgb(255, 255, 255)");
    expect(heatColor(10, 10)).toBe("rgb(30, 99, 196)");
    expect(heatColor(5, 0)).toBe("rgb(255, 255, 255)");
  });
});

describe("axis ticks", () => {
  it("picks round steps that cover the values", () => {
    expect(niceTicks(0, 2.2, 5)).toEqual([0, 0.5, 1, 1.5, 2, 2.5]);
    expect(niceTicks(0, 2.2, 4)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-3.2, 7.9, 3)).toEqual([-5, 0, 5, 10]);
    expect(niceTicks(4, 4)).toEqual([4]);
  });
});
