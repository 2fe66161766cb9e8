import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatValue } from "../outputs/format";
import { ChartFigure } from "./ChartFigure";
import { AXIS_LABEL_STYLE, AXIS_TICK, NO_ANIMATION, seriesStyle } from "./theme";

export interface RunValue {
  /** The run's number (#3), its position on the x axis. */
  run: number;
  /** The metric in that run; null where the run did not log it (the line has a gap). */
  value: number | null;
}

export interface RunSeries {
  name: string;
  values: readonly RunValue[];
}

/** One metric over runs, one line per series (a node's metric, a model in a comparison). */
export function RunsLineChart({
  metric,
  series,
  testId = "runs-line-chart",
  width = 420,
  height = 240,
}: {
  metric: string;
  series: readonly RunSeries[];
  testId?: string;
  width?: number;
  height?: number;
}) {
  const runs = [...new Set(series.flatMap((s) => s.values.map((v) => v.run)))].sort((a, b) => a - b);
  // One row per run with a column per series: the shape recharts' shared x axis needs.
  const rows = runs.map((run) => {
    const row: Record<string, number | null> = { run };
    series.forEach((s, i) => {
      row[`s${i}`] = s.values.find((v) => v.run === run)?.value ?? null;
    });
    return row;
  });
  const caption = `${metric} by run`;
  return (
    <ChartFigure
      caption={caption}
      testId={testId}
      legend={series.map((s) => s.name)}
      table={{
        caption: `${metric} of each run`,
        columns: ["run", ...series.map((s) => s.name)],
        rows: rows.map((row) => [`#${row.run}`, ...series.map((_, i) => formatNumber(row[`s${i}`]))]),
      }}
    >
      <LineChart width={width} height={height} data={rows} margin={{ top: 8, right: 16, bottom: 22, left: 4 }} title={caption} desc={`${metric} of runs ${runs.map((r) => `#${r}`).join(", ")}`}>
        <CartesianGrid stroke="#eef1f5" />
        <XAxis
          dataKey="run"
          type="number"
          domain={["dataMin", "dataMax"]}
          allowDecimals={false}
          ticks={runs}
          tickFormatter={(run: number) => `#${run}`}
          tick={AXIS_TICK}
          label={{ value: "run", position: "insideBottom", offset: -14, style: AXIS_LABEL_STYLE }}
        />
        <YAxis tick={AXIS_TICK} width={48} domain={["auto", "auto"]} tickFormatter={(v: number) => formatNumber(v, 3)} />
        {series.map((s, i) => (
          <Line
            key={s.name}
            name={s.name}
            dataKey={`s${i}`}
            type="linear"
            connectNulls={false}
            strokeWidth={2}
            dot={{ r: 3 }}
            {...seriesStyle(i)}
            {...NO_ANIMATION}
          />
        ))}
        <Tooltip formatter={(value) => formatNumber(value)} labelFormatter={(run: unknown) => `run #${formatValue(run)}`} {...NO_ANIMATION} />
      </LineChart>
    </ChartFigure>
  );
}
