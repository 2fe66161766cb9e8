import { useState } from "react";
import type { MetricsDocument } from "../api/types";
import { BarsChart, ConfusionMatrix, CurvesChart, ResidualsChart, RocCurvesChart, type Marker } from "../charts";
import { formatNumber, formatValue } from "./format";
import { ThresholdExplorer } from "./ThresholdExplorer";
import { countsAt, defaultIndex, liftByDecile, metricsOf } from "./thresholds";

const LEFT = "scored";
const RIGHT = "scored_right";

interface Side {
  name: string;
  doc: MetricsDocument;
}

/** An evaluate_model Metrics document: its numbers, then its charts; two models side by side.
 * A two-class document from Evaluate Model 1.1.0 also gets a threshold slider per model
 * and the cumulative gains and lift charts; older documents show as they always did. */
export function MetricsView({ document }: { document: MetricsDocument }) {
  const right = document.compare;
  const sides: Side[] = [{ name: LEFT, doc: document }, ...(right ? [{ name: RIGHT, doc: right }] : [])];
  const names = [...new Set([...Object.keys(document.metrics), ...Object.keys(right?.metrics ?? {})])];
  // The slider position of each model, as an index into its thresholds.
  const [indexes, setIndexes] = useState<Record<string, number>>({});
  const indexOf = (side: Side) =>
    indexes[side.name] ?? (side.doc.thresholds ? defaultIndex(side.doc.thresholds) : 0);
  const marker = (side: Side): Marker | undefined => {
    if (!side.doc.thresholds) return undefined;
    const { fpr, tpr } = metricsOf(countsAt(side.doc.thresholds, indexOf(side)));
    return fpr !== null && tpr !== null ? { x: fpr, y: tpr } : undefined;
  };
  return (
    <div className="pw-metrics" data-testid="metrics-view" data-kind={document.kind}>
      <p className="pw-muted">
        {document.kind} metrics
        {document.positive_class != null && ` · positive class ${formatValue(document.positive_class)}`}
      </p>
      <table className="pw-table" data-testid="metrics-table">
        <thead>
          <tr>
            <th>Metric</th>
            <th>{right ? LEFT : "value"}</th>
            {right && <th>{RIGHT}</th>}
          </tr>
        </thead>
        <tbody>
          {names.map((name) => (
            <tr key={name} data-testid={`metric-${name}`}>
              <th scope="row">{name}</th>
              <td>{formatNumber(document.metrics[name])}</td>
              {right && <td>{formatNumber(right.metrics[name])}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {sides.map(
        (side) =>
          side.doc.thresholds && (
            <ThresholdExplorer
              key={side.name}
              document={side.doc}
              table={side.doc.thresholds}
              index={indexOf(side)}
              side={right ? side.name : undefined}
              onChange={(index) => {
                setIndexes((current) => ({ ...current, [side.name]: index }));
              }}
            />
          ),
      )}
      <div className="pw-charts">
        <Curves sides={sides} marker={sides.length === 1 && sides[0] ? marker(sides[0]) : undefined} />
        {sides.map(
          ({ name, doc }) =>
            // With thresholds the slider's confusion matrix takes this one's place.
            doc.confusion_matrix &&
            !doc.thresholds && (
              <ConfusionMatrix
                key={name}
                title={right ? `Confusion matrix (${name})` : "Confusion matrix"}
                labels={doc.confusion_matrix.labels}
                matrix={doc.confusion_matrix.matrix}
              />
            ),
        )}
        {sides.map(
          ({ name, doc }) =>
            doc.residuals && (
              <ResidualsChart key={name} caption={right ? `Residuals (${name})` : "Residuals"} residuals={doc.residuals} />
            ),
        )}
        {document.clusters && (
          <table className="pw-table" data-testid="clusters-table">
            <thead>
              <tr>
                <th>Cluster</th>
                <th>Rows</th>
                <th>Mean distance</th>
              </tr>
            </thead>
            <tbody>
              {document.clusters.map((c) => (
                <tr key={c.cluster}>
                  <td>{c.cluster}</td>
                  <td>{c.count}</td>
                  <td>{formatNumber(c.mean_distance)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {[...(document.notes ?? []), ...(right?.notes ?? []).map((n) => `${n} (${RIGHT})`)].map((note) => (
        <p key={note} className="pw-muted pw-note">
          {note}
        </p>
      ))}
    </div>
  );
}

function Curves({ sides, marker }: { sides: Side[]; marker: Marker | undefined }) {
  const roc = sides.flatMap(({ name, doc }) =>
    doc.curves?.roc ? [{ name, points: doc.curves.roc, auc: doc.metrics.auc }] : [],
  );
  const pr = sides.flatMap(({ name, doc }) => (doc.curves?.pr ? [{ name, points: doc.curves.pr }] : []));
  const gains = sides.flatMap(({ name, doc }) => (doc.curves?.gains ? [{ name, points: doc.curves.gains }] : []));
  const lift = gains.map(({ name, points }) => ({ name, rows: liftByDecile(points) }));
  return (
    <>
      {roc.length > 0 && <RocCurvesChart curves={roc} marker={marker} />}
      {pr.length > 0 && (
        <CurvesChart caption="Precision-recall" testId="pr-chart" xLabel="recall" yLabel="precision" curves={pr} />
      )}
      {gains.length > 0 && (
        <CurvesChart
          caption="Cumulative gains"
          testId="gains-chart"
          xLabel="share of rows, highest probability first"
          yLabel="share of positives found"
          curves={gains}
          diagonal
        />
      )}
      {lift.length > 0 && (
        <BarsChart
          caption="Lift by decile"
          testId="lift-chart"
          xLabel="best-scored share of rows"
          yLabel="lift"
          categories={(lift[0]?.rows ?? []).map((r) => r.decile)}
          series={lift.map(({ name, rows }) => ({ name, values: rows.map((r) => r.lift) }))}
          reference={{ y: 1, label: "lift 1, no better than rows picked at random" }}
        />
      )}
    </>
  );
}
