import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber, formatValue } from "../outputs/format";
import { ChartFigure } from "./ChartFigure";
import { AXIS_LABEL_STYLE, AXIS_TICK, MUTED, NO_ANIMATION, niceTicks, seriesStyle } from "./theme";

export interface BarSeries {
  name: string;
  /** One value per category, in the categories' order. */
  values: readonly (number | null)[];
}

/** Bars per category, one bar per named series side by side, with an optional
 * horizontal reference (lift 1: as good as picking rows at random). */
export function BarsChart({
  caption,
  testId,
  categories,
  xLabel,
  yLabel,
  series,
  reference,
  width = 340,
  height = 240,
}: {
  caption: string;
  testId: string;
  categories: readonly string[];
  xLabel: string;
  yLabel: string;
  series: readonly BarSeries[];
  /** A horizontal dashed line and what it means ("lift 1: as good as random rows"). */
  reference?: { y: number; label: string };
  width?: number;
  height?: number;
}) {
  const rows = categories.map((category, c) => {
    const row: Record<string, string | number | null> = { category };
    series.forEach((s, i) => {
      row[`s${i}`] = s.values[c] ?? null;
    });
    return row;
  });
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const ticks = niceTicks(Math.min(0, ...values), Math.max(reference?.y ?? 0, ...values), 5);
  return (
    <ChartFigure
      caption={caption}
      testId={testId}
      legend={series.map((s) => s.name)}
      table={{
        caption: `${caption}: ${yLabel} by ${xLabel}`,
        columns: [xLabel, ...series.map((s) => (series.length > 1 ? `${yLabel} (${s.name})` : yLabel))],
        rows: rows.map((row) => [String(row.category), ...series.map((_, i) => formatNumber(row[`s${i}`], 3))]),
      }}
    >
      <BarChart width={width} height={height} data={rows} margin={{ top: 8, right: 12, bottom: 22, left: 4 }} title={caption} desc={`${yLabel} by ${xLabel}`}>
        <CartesianGrid stroke="#eef1f5" vertical={false} />
        <XAxis
          dataKey="category"
          tick={AXIS_TICK}
          label={{ value: xLabel, position: "insideBottom", offset: -14, style: AXIS_LABEL_STYLE }}
        />
        <YAxis
          tick={AXIS_TICK}
          width={40}
          ticks={ticks}
          domain={[ticks[0] ?? 0, ticks[ticks.length - 1] ?? "auto"]}
          tickFormatter={(v: number) => formatNumber(v, 3)}
        />
        {reference && (
          <ReferenceLine y={reference.y} stroke={MUTED} strokeDasharray="4 3" />
        )}
        {series.map((s, i) => (
          <Bar key={s.name} name={s.name} dataKey={`s${i}`} fill={seriesStyle(i).stroke} {...NO_ANIMATION} />
        ))}
        <Tooltip formatter={(value) => formatNumber(value, 3)} labelFormatter={(label: unknown) => `${xLabel} ${formatValue(label)}`} {...NO_ANIMATION} />
      </BarChart>
      {reference && <p className="pw-muted pw-note">Dashed line: {reference.label}.</p>}
    </ChartFigure>
  );
}
