import { describe, expect, it } from "vitest";
import type { ThresholdTable } from "../api/types";
import { confusionMatrixOf, countsAt, defaultIndex, liftByDecile, metricsOf } from "./thresholds";

// Ten rows, four positive. At 0.5 the model predicts four rows positive, three rightly.
const TABLE: ThresholdTable = {
  values: [0, 0.25, 0.5, 0.75, 1],
  tp: [4, 3, 3, 1, 0],
  fp: [6, 3, 1, 0, 0],
  positives: 4,
  negatives: 6,
  predicted_positive: ">=",
  default: 0.5,
  unlike_scored_labels: 0,
};

describe("the numbers at a threshold", () => {
  it("starts at the default threshold and counts all four cells there", () => {
    expect(defaultIndex(TABLE)).toBe(2);
    expect(countsAt(TABLE, 2)).toEqual({ threshold: 0.5, tp: 3, fp: 1, fn: 1, tn: 5 });
  });

  it("computes precision, recall, F1 and accuracy as scikit-learn does", () => {
    expect(metricsOf(countsAt(TABLE, 2))).toEqual({
      accuracy: 0.8,
      precision: 0.75,
      recall: 0.75,
      f1: 0.75,
      fpr: 1 / 6,
      tpr: 0.75,
    });
    // A stricter threshold: one sure positive, no false alarm.
    expect(metricsOf(countsAt(TABLE, 3))).toMatchObject({ precision: 1, recall: 0.25, f1: 0.4, accuracy: 0.7 });
    // Everything positive: recall 1, precision is the share of positives.
    expect(metricsOf(countsAt(TABLE, 0))).toMatchObject({ precision: 0.4, recall: 1, accuracy: 0.4 });
  });

  it("leaves precision undefined when nothing is predicted positive, as the server does", () => {
    const top = metricsOf(countsAt(TABLE, 4));
    expect(top.precision).toBeNull();
    expect(top.recall).toBe(0);
    expect(top.f1).toBe(0);
    expect(top.accuracy).toBe(0.6);
  });

  it("gives the server's numbers to the last digit on awkward counts", () => {
    // Counts whose ratios have no exact binary fraction: the same divisions, the same doubles.
    const counts = { threshold: 0.5, tp: 104, fp: 3, fn: 4, tn: 60 };
    const metrics = metricsOf(counts);
    expect(metrics.precision).toBe(104 / 107);
    expect(metrics.recall).toBe(104 / 108);
    expect(metrics.f1).toBe(208 / 215);
    expect(metrics.accuracy).toBe(164 / 171);
  });

  it("clamps the slider's index to the table", () => {
    expect(countsAt(TABLE, -3).threshold).toBe(0);
    expect(countsAt(TABLE, 99).threshold).toBe(1);
  });

  it("lays the counts out in the document's label order, whichever class is positive", () => {
    const counts = countsAt(TABLE, 2);
    expect(confusionMatrixOf(counts, [0, 1], 1)).toEqual([
      [5, 1],
      [1, 3],
    ]);
    expect(confusionMatrixOf(counts, ["died", "survived"], "died")).toEqual([
      [3, 1],
      [1, 5],
    ]);
  });
});

describe("lift by decile", () => {
  it("divides the share of positives found by the share of rows taken", () => {
    const gains: [number, number][] = Array.from({ length: 101 }, (_, i) => [i / 100, Math.min(1, (i / 100) * 2)]);
    const lift = liftByDecile(gains);
    expect(lift).toHaveLength(10);
    expect(lift[0]).toEqual({ decile: "10%", captured: 0.2, lift: 2 });
    expect(lift[4]?.lift).toBeCloseTo(2);
    expect(lift[9]).toEqual({ decile: "100%", captured: 1, lift: 1 });
  });

  it("interpolates between points when a decile is not among them", () => {
    const lift = liftByDecile([
      [0, 0],
      [0.5, 0.8],
      [1, 1],
    ]);
    expect(lift[1]?.captured).toBeCloseTo(0.32);
    expect(lift[4]?.lift).toBeCloseTo(1.6);
  });
});
