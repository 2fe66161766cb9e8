import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "../outputs/format";
import { ChartFigure } from "./ChartFigure";
import { AXIS_LABEL_STYLE, AXIS_TICK, MUTED, NO_ANIMATION, SERIES_COLORS } from "./theme";

/** Residuals (true - predicted) by row, around a zero line. */
export function ResidualsChart({
  residuals,
  caption,
  testId = "residuals-chart",
}: {
  residuals: readonly number[];
  caption: string;
  testId?: string;
}) {
  const points = residuals.map((r, row) => ({ row, residual: r }));
  const summary = residualSummary(residuals);
  return (
    <ChartFigure
      caption={caption}
      testId={testId}
      table={{ caption: `${caption}: ${residuals.length} rows`, columns: ["statistic", "residual"], rows: summary }}
    >
      <ScatterChart width={368} height={208} margin={{ top: 8, right: 12, bottom: 22, left: 4 }} title={caption} desc={`residual (true minus predicted) of ${residuals.length} rows`}>
        <CartesianGrid stroke="#eef1f5" />
        <XAxis
          type="number"
          dataKey="row"
          domain={[0, Math.max(1, residuals.length - 1)]}
          allowDecimals={false}
          tick={AXIS_TICK}
          label={{ value: "row", position: "insideBottom", offset: -14, style: AXIS_LABEL_STYLE }}
        />
        <YAxis type="number" dataKey="residual" tick={AXIS_TICK} width={48} tickFormatter={(v: number) => formatNumber(v, 3)} />
        <ReferenceLine y={0} stroke={MUTED} strokeDasharray="4 3" />
        <Scatter name="residual" data={points} fill={SERIES_COLORS[0]} fillOpacity={0.6} shape="circle" {...NO_ANIMATION} />
        <Tooltip formatter={(value) => formatNumber(value, 4)} {...NO_ANIMATION} />
      </ScatterChart>
    </ChartFigure>
  );
}

/** What the dots show, in numbers: their spread and where the middle lies. */
export function residualSummary(residuals: readonly number[]): [string, string][] {
  if (residuals.length === 0) return [];
  const sorted = [...residuals].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.round(q * (sorted.length - 1))] ?? 0;
  const mean = residuals.reduce((sum, r) => sum + r, 0) / residuals.length;
  return [
    ["smallest", formatNumber(at(0))],
    ["lower quartile", formatNumber(at(0.25))],
    ["median", formatNumber(at(0.5))],
    ["upper quartile", formatNumber(at(0.75))],
    ["largest", formatNumber(at(1))],
    ["mean", formatNumber(mean)],
  ];
}
