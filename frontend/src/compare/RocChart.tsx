// The runs' ROC curves in one chart (false positive rate against true positive rate),
// the diagonal of a random guess behind them, a legend naming each run with its AUC,
// and a table of the AUCs (the curves' points under "Curve points").
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { rocSeries } from "./model";
import { seriesStyle } from "./palette";
import type { CompareRun } from "./types";

const RATE_TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

function rate(value: number): string {
  return String(Number(value.toFixed(3)));
}

export function RocChart({ runs }: { runs: readonly CompareRun[] }) {
  const series = rocSeries(runs);
  if (series.length === 0) {
    return (
      <p data-testid="compare-roc-empty">
        None of these runs evaluated a binary classifier, so there is no ROC curve to draw.
      </p>
    );
  }
  const title = `ROC curves of ${series.map((s) => s.label).join(", ")}`;
  const without = runs.length - series.length;
  return (
    <figure className="pw-compare-figure" data-testid="compare-roc-chart" aria-label={title}>
      <LineChart
        responsive
        style={{ width: "100%", maxWidth: 640, height: 420 }}
        margin={{ top: 8, right: 24, bottom: 24, left: 8 }}
        title={title}
        desc="False positive rate across, true positive rate up; the dashed diagonal is a random guess."
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="fpr"
          domain={[0, 1]}
          ticks={RATE_TICKS}
          label={{ value: "false positive rate", position: "insideBottom", offset: -16 }}
        />
        <YAxis
          type="number"
          dataKey="tpr"
          domain={[0, 1]}
          ticks={RATE_TICKS}
          width={60}
          label={{ value: "true positive rate", angle: -90, position: "insideLeft" }}
        />
        <ReferenceLine
          segment={[
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ]}
          stroke="#8c96a3"
          strokeDasharray="4 4"
        />
        <Tooltip
          formatter={(value) => (typeof value === "number" ? rate(value) : String(value))}
          labelFormatter={(label: unknown) => (typeof label === "number" ? `false positive rate ${rate(label)}` : "")}
        />
        <Legend position="top" />
        {series.map((curve, index) => (
          <Line
            key={curve.runId}
            data={curve.points}
            type="linear"
            dataKey="tpr"
            name={curve.label}
            {...seriesStyle(index)}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
      <figcaption>
        {without > 0 ? (
          <p>
            {without} of the runs {without === 1 ? "has" : "have"} no ROC curve (no binary classifier evaluated).
          </p>
        ) : null}
        <table className="pw-compare-table pw-compare-auc" data-testid="compare-roc-table">
          <caption className="sr-only">Area under each run's ROC curve</caption>
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">Evaluated by</th>
              <th scope="col">AUC</th>
            </tr>
          </thead>
          <tbody>
            {series.map((curve) => (
              <tr key={curve.runId}>
                <th scope="row">{curve.label.replace(/ \(AUC .*\)$/, "")}</th>
                <td>{curve.evaluatedBy}</td>
                <td>{curve.auc == null ? "—" : rate(curve.auc)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <details>
          <summary>Curve points</summary>
          {series.map((curve) => (
            <table className="pw-compare-table" key={curve.runId}>
              <caption>{curve.label}</caption>
              <thead>
                <tr>
                  <th scope="col">false positive rate</th>
                  <th scope="col">true positive rate</th>
                </tr>
              </thead>
              <tbody>
                {curve.points.map((point, index) => (
                  <tr key={index}>
                    <td>{rate(point.fpr)}</td>
                    <td>{rate(point.tpr)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </details>
      </figcaption>
    </figure>
  );
}
