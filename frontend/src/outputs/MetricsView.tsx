import type { MetricsDocument } from "../api/types";
import { ConfusionMatrix, ResidualsChart, UnitCurveChart } from "./Charts";
import { formatNumber, formatValue } from "./scale";

const LEFT = "scored";
const RIGHT = "scored_right";

/** An evaluate_model Metrics document: its numbers, then its charts; two models side by side. */
export function MetricsView({ document }: { document: MetricsDocument }) {
  const right = document.compare;
  const names = [...new Set([...Object.keys(document.metrics), ...Object.keys(right?.metrics ?? {})])];
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
      <div className="pw-charts">
        <Curves document={document} />
        {document.confusion_matrix && (
          <ConfusionMatrix
            title={right ? `Confusion matrix (${LEFT})` : "Confusion matrix"}
            labels={document.confusion_matrix.labels}
            matrix={document.confusion_matrix.matrix}
          />
        )}
        {right?.confusion_matrix && (
          <ConfusionMatrix
            title={`Confusion matrix (${RIGHT})`}
            labels={right.confusion_matrix.labels}
            matrix={right.confusion_matrix.matrix}
          />
        )}
        {document.residuals && (
          <ResidualsChart title={right ? `Residuals (${LEFT})` : "Residuals"} residuals={document.residuals} />
        )}
        {right?.residuals && <ResidualsChart title={`Residuals (${RIGHT})`} residuals={right.residuals} />}
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

function Curves({ document }: { document: MetricsDocument }) {
  const sides = [
    { name: LEFT, doc: document },
    ...(document.compare ? [{ name: RIGHT, doc: document.compare }] : []),
  ];
  const roc = sides.flatMap(({ name, doc }) =>
    doc.curves?.roc ? [{ name: `${name} (AUC ${formatNumber(doc.metrics.auc, 3)})`, points: doc.curves.roc }] : [],
  );
  const pr = sides.flatMap(({ name, doc }) => (doc.curves?.pr ? [{ name, points: doc.curves.pr }] : []));
  const auc = document.metrics.auc;
  return (
    <>
      {roc.length > 0 && (
        <UnitCurveChart
          testId="roc-chart"
          title={roc.length > 1 ? "ROC curves" : `ROC curve · AUC ${formatNumber(auc, 3)}`}
          xLabel="false positive rate"
          yLabel="true positive rate"
          series={roc}
          diagonal
        />
      )}
      {pr.length > 0 && (
        <UnitCurveChart testId="pr-chart" title="Precision-recall" xLabel="recall" yLabel="precision" series={pr} />
      )}
    </>
  );
}
