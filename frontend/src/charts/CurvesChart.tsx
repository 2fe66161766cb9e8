import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "../outputs/format";
import { ChartFigure } from "./ChartFigure";
import { AXIS_LABEL_STYLE, AXIS_TICK, MUTED, NO_ANIMATION, seriesStyle, spread } from "./theme";

export type Point = readonly [number, number];

export interface Curve {
  name: string;
  points: readonly Point[];
}

export interface Marker {
  x: number;
  y: number;
}

const SIZE = { width: 280, height: 260 };
const UNIT_TICKS = [0, 0.25, 0.5, 0.75, 1];
const TABLE_ROWS = 11;

/** Named curves in the unit square (ROC, precision-recall, cumulative gains), overlaid,
 * optionally with the chance diagonal and a marked point (the slider's threshold). */
export function CurvesChart({
  caption,
  testId,
  xLabel,
  yLabel,
  curves,
  diagonal = false,
  marker,
}: {
  caption: string;
  testId: string;
  xLabel: string;
  yLabel: string;
  curves: readonly Curve[];
  diagonal?: boolean;
  marker?: Marker;
}) {
  const names = curves.map((c) => c.name);
  return (
    <ChartFigure
      caption={caption}
      testId={testId}
      legend={names}
      table={{
        caption: `${caption}: ${yLabel} against ${xLabel}, at up to ${TABLE_ROWS} points of each curve`,
        columns: [curves.length > 1 ? "curve" : xLabel, ...(curves.length > 1 ? [xLabel] : []), yLabel],
        rows: curves.flatMap((c) =>
          spread(c.points, TABLE_ROWS).map(([x, y]) =>
            curves.length > 1 ? [c.name, formatNumber(x, 3), formatNumber(y, 3)] : [formatNumber(x, 3), formatNumber(y, 3)],
          ),
        ),
      }}
    >
      <LineChart {...SIZE} margin={{ top: 8, right: 12, bottom: 22, left: 4 }} title={caption} desc={`${yLabel} against ${xLabel}`}>
        <CartesianGrid stroke="#eef1f5" />
        <XAxis
          type="number"
          dataKey="x"
          domain={[0, 1]}
          ticks={UNIT_TICKS}
          tick={AXIS_TICK}
          label={{ value: xLabel, position: "insideBottom", offset: -14, style: AXIS_LABEL_STYLE }}
        />
        <YAxis
          type="number"
          dataKey="y"
          domain={[0, 1]}
          ticks={UNIT_TICKS}
          tick={AXIS_TICK}
          width={52}
          label={{ value: yLabel, angle: -90, position: "insideLeft", style: { ...AXIS_LABEL_STYLE, textAnchor: "middle" } }}
        />
        {diagonal && <ReferenceLine segment={[{ x: 0, y: 0 }, { x: 1, y: 1 }]} stroke={MUTED} strokeDasharray="4 3" />}
        {curves.map((curve, i) => (
          <Line
            key={curve.name}
            name={curve.name}
            data={curve.points.map(([x, y]) => ({ x, y }))}
            dataKey="y"
            type="linear"
            dot={false}
            strokeWidth={2}
            {...seriesStyle(i)}
            {...NO_ANIMATION}
          />
        ))}
        {marker && (
          <ReferenceDot x={marker.x} y={marker.y} r={5} fill="#fff" stroke="#1d2733" strokeWidth={2} ifOverflow="visible" />
        )}
        <Tooltip
          formatter={(value) => formatNumber(value, 3)}
          labelFormatter={(x) => `${xLabel} ${formatNumber(x, 3)}`}
          {...NO_ANIMATION}
        />
      </LineChart>
    </ChartFigure>
  );
}

/** ROC curves of several named models or runs, each named with its AUC when known. */
export function RocCurvesChart({
  curves,
  testId = "roc-chart",
  marker,
}: {
  curves: readonly (Curve & { auc?: number | null })[];
  testId?: string;
  marker?: Marker;
}) {
  const only = curves.length === 1 ? curves[0] : undefined;
  const caption =
    only !== undefined ? `ROC curve${only.auc != null ? ` · AUC ${formatNumber(only.auc, 3)}` : ""}` : "ROC curves";
  return (
    <CurvesChart
      caption={caption}
      testId={testId}
      xLabel="false positive rate"
      yLabel="true positive rate"
      curves={curves.map((c) => ({ name: c.auc != null ? `${c.name} (AUC ${formatNumber(c.auc, 3)})` : c.name, points: c.points }))}
      diagonal
      marker={marker}
    />
  );
}
