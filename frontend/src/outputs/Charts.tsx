// Small SVG charts; geometry comes from scale.ts.
import { extent, heatColor, heatTextColor, linearScale, niceTicks, unitCurvePath, formatNumber } from "./scale";

const SIZE = 200;
const PAD = 32;

interface Series {
  name: string;
  points: readonly (readonly [number, number])[];
}

const SERIES_COLORS = ["#2f6fde", "#e08a2c"];

/** A curve in the unit square (ROC, precision-recall), one or two models. */
export function UnitCurveChart({
  title,
  xLabel,
  yLabel,
  series,
  diagonal,
  testId,
}: {
  title: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  diagonal?: boolean;
  testId: string;
}) {
  const ticks = [0, 0.5, 1];
  return (
    <figure className="pw-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg width={SIZE + PAD + 8} height={SIZE + PAD + 8} role="img" aria-label={title}>
        <g transform={`translate(${PAD},8)`}>
          <rect width={SIZE} height={SIZE} className="pw-chart__frame" />
          {ticks.map((t) => (
            <g key={t}>
              <text x={t * SIZE} y={SIZE + 14} textAnchor="middle" className="pw-chart__tick">
                {t}
              </text>
              <text x={-4} y={SIZE - t * SIZE + 4} textAnchor="end" className="pw-chart__tick">
                {t}
              </text>
            </g>
          ))}
          {diagonal && <line x1={0} y1={SIZE} x2={SIZE} y2={0} className="pw-chart__diagonal" />}
          {series.map((s, i) => (
            <path key={s.name} d={unitCurvePath(s.points, SIZE)} fill="none" stroke={SERIES_COLORS[i % 2]} strokeWidth={2} />
          ))}
          <text x={SIZE / 2} y={SIZE + 28} textAnchor="middle" className="pw-chart__label">
            {xLabel}
          </text>
          <text transform={`translate(${-24},${SIZE / 2}) rotate(-90)`} textAnchor="middle" className="pw-chart__label">
            {yLabel}
          </text>
        </g>
      </svg>
      {series.length > 1 && <Legend names={series.map((s) => s.name)} />}
    </figure>
  );
}

function Legend({ names }: { names: string[] }) {
  return (
    <div className="pw-legend">
      {names.map((name, i) => (
        <span key={name}>
          <span className="pw-legend__swatch" style={{ background: SERIES_COLORS[i % 2] }} /> {name}
        </span>
      ))}
    </div>
  );
}

/** Confusion matrix as a heat map: rows are true labels, columns predicted ones. */
export function ConfusionMatrix({
  labels,
  matrix,
  title,
}: {
  labels: readonly unknown[];
  matrix: readonly (readonly number[])[];
  title: string;
}) {
  const max = Math.max(0, ...matrix.flat());
  return (
    <figure className="pw-chart" data-testid="confusion-matrix">
      <figcaption>{title}</figcaption>
      <table className="pw-heatmap">
        <thead>
          <tr>
            <th className="pw-muted">true \ predicted</th>
            {labels.map((l) => (
              <th key={String(l)}>{String(l)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.map((row, i) => (
            <tr key={i}>
              <th>{String(labels[i])}</th>
              {row.map((v, j) => (
                <td key={j} style={{ background: heatColor(v, max), color: heatTextColor(v, max) }}>
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Residuals (true - predicted) by row, around a zero line. */
export function ResidualsChart({ residuals, title }: { residuals: readonly number[]; title: string }) {
  const width = 320;
  const height = 180;
  const [lo, hi] = extent([...residuals, 0]);
  const x = linearScale([0, Math.max(1, residuals.length - 1)], [0, width]);
  const y = linearScale([lo, hi], [height, 0]);
  return (
    <figure className="pw-chart" data-testid="residuals-chart">
      <figcaption>{title}</figcaption>
      <svg width={width + 48} height={height + 28} role="img" aria-label={title}>
        <g transform="translate(44,6)">
          <rect width={width} height={height} className="pw-chart__frame" />
          {niceTicks(lo, hi, 4).map((t) => (
            <text key={t} x={-4} y={y(t) + 4} textAnchor="end" className="pw-chart__tick">
              {formatNumber(t, 3)}
            </text>
          ))}
          <line x1={0} x2={width} y1={y(0)} y2={y(0)} className="pw-chart__diagonal" />
          {residuals.map((r, i) => (
            <circle key={i} cx={x(i)} cy={y(r)} r={2} className="pw-chart__dot" />
          ))}
          <text x={width / 2} y={height + 20} textAnchor="middle" className="pw-chart__label">
            row
          </text>
        </g>
      </svg>
    </figure>
  );
}
