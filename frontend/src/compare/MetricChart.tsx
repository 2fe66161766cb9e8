// One series per chosen metric over the runs (x: the runs, oldest first), and the same
// numbers as a table for screen readers.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { metricSeries, runLabels } from "./model";
import { seriesStyle } from "./palette";
import type { CompareRun } from "./types";

function show(value: number | null | undefined): string {
  return value == null ? "—" : String(Number(value.toPrecision(6)));
}

export function MetricChart({ runs, chosen }: { runs: readonly CompareRun[]; chosen: readonly string[] }) {
  if (chosen.length === 0) return <p data-testid="compare-metric-chart-empty">Choose a metric to chart.</p>;
  const data = metricSeries(runs, chosen);
  const labels = runLabels(runs);
  const title = `${chosen.join(", ")} over runs ${labels.join(", ")}`;
  return (
    <figure className="pw-compare-figure" data-testid="compare-metric-chart" aria-label={title}>
      <LineChart
        responsive
        style={{ width: "100%", height: 300 }}
        data={data}
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        title={title}
        desc="Each line is a metric; each point a run, oldest first."
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="run" padding={{ left: 40, right: 40 }} label={{ value: "run", position: "insideBottomRight", offset: -4 }} />
        <YAxis width={60} domain={["auto", "auto"]} tickFormatter={(v: number) => show(v)} />
        <Tooltip formatter={(value) => (typeof value === "number" ? show(value) : String(value))} />
        <Legend />
        {chosen.map((name, index) => (
          <Line
            key={name}
            type="linear"
            dataKey={name}
            name={name}
            {...seriesStyle(index)}
            strokeWidth={2}
            dot={{ r: 4 }}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
      <figcaption>
        <table className="sr-only" data-testid="compare-metric-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Run</th>
              {chosen.map((name) => (
                <th scope="col" key={name}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {runs.map((run, index) => (
              <tr key={run.id}>
                <th scope="row">{labels[index]}</th>
                {chosen.map((name) => (
                  <td key={name}>{show(run.metrics[name])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
