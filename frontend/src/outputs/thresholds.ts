// A two-class model's numbers at any threshold, from the counts Evaluate Model records
// (the "thresholds" part of a Metrics document) - no per-row scores needed.
import type { ThresholdTable } from "../api/types";

export interface Counts {
  threshold: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface ThresholdMetrics {
  accuracy: number;
  /** null when no row is predicted positive (the server leaves precision out then too). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** For the ROC curve's marker: false and true positive rates. */
  fpr: number | null;
  tpr: number | null;
}

/** The four counts when rows passing `table.values[index]` are predicted positive. */
export function countsAt(table: ThresholdTable, index: number): Counts {
  const i = Math.min(Math.max(0, Math.round(index)), table.values.length - 1);
  const tp = table.tp[i] ?? 0;
  const fp = table.fp[i] ?? 0;
  return { threshold: table.values[i] ?? 0, tp, fp, fn: table.positives - tp, tn: table.negatives - fp };
}

/** The same formulas as scikit-learn's, on whole numbers, so at the model's own threshold
 * they give the server's metrics to the last digit. */
export function metricsOf({ tp, fp, tn, fn }: Counts): ThresholdMetrics {
  const ratio = (top: number, bottom: number) => (bottom > 0 ? top / bottom : null);
  return {
    accuracy: (tp + tn) / (tp + fp + tn + fn),
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    f1: ratio(2 * tp, 2 * tp + fp + fn),
    fpr: ratio(fp, fp + tn),
    tpr: ratio(tp, tp + fn),
  };
}

/** Where the slider starts: the table's default threshold (0.5), or the nearest one. */
export function defaultIndex(table: ThresholdTable): number {
  let best = 0;
  table.values.forEach((v, i) => {
    if (Math.abs(v - table.default) < Math.abs((table.values[best] ?? 0) - table.default)) best = i;
  });
  return best;
}

/** The confusion matrix in the document's label order (rows true, columns predicted). */
export function confusionMatrixOf(
  counts: Counts,
  labels: readonly unknown[],
  positive: unknown,
): number[][] {
  const positiveIndex = labels.findIndex((l) => String(l) === String(positive));
  return labels.map((_, row) =>
    labels.map((__, column) => {
      const predictedPositive = column === positiveIndex;
      if (row === positiveIndex) return predictedPositive ? counts.tp : counts.fn;
      return predictedPositive ? counts.fp : counts.tn;
    }),
  );
}

export interface LiftRow {
  /** "10%": the best-scored tenth of the rows, then the best fifth, and so on. */
  decile: string;
  /** Share of all positives found in those rows. */
  captured: number;
  /** How many times more positives those rows hold than as many random rows would. */
  lift: number;
}

/** Cumulative lift at every tenth of the rows, from the cumulative gains curve. */
export function liftByDecile(gains: readonly (readonly [number, number])[]): LiftRow[] {
  const rows: LiftRow[] = [];
  for (let d = 1; d <= 10; d++) {
    const fraction = d / 10;
    const point = gains.find(([f]) => Math.abs(f - fraction) < 1e-9) ?? interpolate(gains, fraction);
    if (point === null) continue;
    rows.push({ decile: `${d * 10}%`, captured: point[1], lift: point[1] / fraction });
  }
  return rows;
}

function interpolate(points: readonly (readonly [number, number])[], x: number): [number, number] | null {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b && a[0] <= x && x <= b[0]) {
      const t = b[0] === a[0] ? 0 : (x - a[0]) / (b[0] - a[0]);
      return [x, a[1] + t * (b[1] - a[1])];
    }
  }
  return null;
}
