import { describe, expect, it } from "vitest";
import { extent, formatNumber, heatColor, histogramBars, linearScale, niceTicks, unitCurvePath } from "./scale";

describe("linearScale", () => {
  it("maps the domain onto the range, also reversed", () => {
    const y = linearScale([0, 10], [100, 0]);
    expect(y(0)).toBe(100);
    expect(y(10)).toBe(0);
    expect(y(2.5)).toBe(75);
  });

  it("puts everything in the middle when the domain has no width", () => {
    expect(linearScale([3, 3], [0, 50])(3)).toBe(25);
  });
});

describe("extent and ticks", () => {
  it("ignores non-finite values", () => {
    expect(extent([3, Number.NaN, -1, Infinity, 2])).toEqual([-1, 3]);
    expect(extent([])).toEqual([0, 1]);
  });

  it("picks round steps", () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-3.2, 7.9, 10)).toEqual([-2, 0, 2, 4, 6]);
    expect(niceTicks(-3.2, 7.9, 3)).toEqual([0, 5]);
    expect(niceTicks(4, 4)).toEqual([4]);
  });
});

describe("histogramBars", () => {
  it("scales the tallest bar to the full height and keeps the bin edges", () => {
    const bars = histogramBars({ bins: [0, 1, 2, 3], counts: [2, 4, 0] }, 30, 20, 0);
    expect(bars.map((b) => b.height)).toEqual([10, 20, 0]);
    expect(bars.map((b) => b.y)).toEqual([10, 0, 20]);
    expect(bars.map((b) => b.x)).toEqual([0, 10, 20]);
    expect(bars[1]).toMatchObject({ from: 1, to: 2, count: 4, width: 10 });
  });

  it("draws nothing for an empty histogram and flat bars for all-zero counts", () => {
    expect(histogramBars({ bins: [], counts: [] }, 10, 10)).toEqual([]);
    expect(histogramBars({ bins: [0, 1], counts: [0] }, 10, 10)[0]?.height).toBe(0);
  });
});

describe("curves and colours", () => {
  it("draws a unit-square curve with y up", () => {
    expect(unitCurvePath([[0, 0], [0.5, 1], [1, 1]], 100)).toBe("M0.0,100.0L50.0,0.0L100.0,0.0");
  });

  it("shades from white to blue", () => {
    expect(heatColor(0, 10)).toBe("rgb(255, 255, 255)");
    expect(heatColor(10, 10)).toBe("rgb(30, 99, 196)");
    expect(heatColor(5, 0)).toBe("rgb(255, 255, 255)");
  });

  it("formats numbers compactly", () => {
    expect(formatNumber(0.947368421)).toBe("0.9474");
    expect(formatNumber(12)).toBe("12");
    expect(formatNumber(0.00001234)).toBe("1.23e-5");
    expect(formatNumber(null)).toBe("—");
    expect(formatNumber("setosa")).toBe("setosa");
  });
});
