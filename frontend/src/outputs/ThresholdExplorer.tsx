import { useId } from "react";
import type { MetricsDocument, ThresholdTable } from "../api/types";
import { ConfusionMatrix } from "../charts";
import { formatNumber } from "./format";
import { confusionMatrixOf, countsAt, defaultIndex, metricsOf } from "./thresholds";

const SHOWN = ["precision", "recall", "f1", "accuracy"] as const;

/** A slider over the thresholds a two-class document records, and what the model's
 * confusion matrix, precision, recall, F1 and accuracy would be at each. */
export function ThresholdExplorer({
  document,
  table,
  index,
  onChange,
  side,
}: {
  document: MetricsDocument;
  table: ThresholdTable;
  index: number;
  onChange: (index: number) => void;
  /** Which model, when two are compared; undefined for one. */
  side?: string;
}) {
  const id = useId();
  const counts = countsAt(table, index);
  const metrics = metricsOf(counts);
  const labels = document.confusion_matrix?.labels ?? [];
  const passes = table.predicted_positive === ">" ? "above" : "at or above";
  const threshold = formatNumber(counts.threshold, 3);
  const atDefault = counts.threshold === table.default;
  return (
    <section className="pw-threshold" data-testid="threshold-explorer" data-side={side ?? "scored"} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Threshold{side ? ` (${side})` : ""}</h3>
      <div className="pw-threshold__control">
        <label htmlFor={`${id}-slider`}>
          Predict {String(document.positive_class)} when its probability is {passes}
        </label>
        <input
          id={`${id}-slider`}
          type="range"
          min={0}
          max={table.values.length - 1}
          step={1}
          value={index}
          data-testid="threshold-slider"
          aria-valuetext={`${threshold}: precision ${formatNumber(metrics.precision, 3)}, recall ${formatNumber(metrics.recall, 3)}`}
          onChange={(e) => {
            onChange(Number(e.target.value));
          }}
        />
        <output htmlFor={`${id}-slider`} data-testid="threshold-value">
          {threshold}
        </output>
        {!atDefault && (
          <button
            type="button"
            className="pw-button"
            data-testid="threshold-reset"
            onClick={() => {
              onChange(defaultIndex(table));
            }}
          >
            Back to {formatNumber(table.default)}
          </button>
        )}
      </div>
      {atDefault && table.unlike_scored_labels > 0 && (
        <p className="pw-muted pw-note">
          The model's own labels differ from this threshold in {table.unlike_scored_labels} rows, so these numbers
          differ from the metrics above.
        </p>
      )}
      <div className="pw-threshold__numbers">
        <table className="pw-table" data-testid="threshold-metrics">
          <caption className="pw-visually-hidden">Metrics at threshold {threshold}</caption>
          <tbody>
            {SHOWN.map((name) => (
              <tr key={name} data-testid={`threshold-${name}`}>
                <th scope="row">{name}</th>
                <td>{formatNumber(metrics[name])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {labels.length === 2 && (
          <ConfusionMatrix
            title={`Confusion matrix at ${threshold}${side ? ` (${side})` : ""}`}
            labels={labels}
            matrix={confusionMatrixOf(counts, labels, document.positive_class)}
          />
        )}
      </div>
    </section>
  );
}
