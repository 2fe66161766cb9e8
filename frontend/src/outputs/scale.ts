// Pure geometry for the small SVG charts of the output viewers.

export interface Scale {
  (value: number): number;
  domain: [number, number];
}

/** Maps [d0, d1] onto [r0, r1]; a zero-width domain maps to the range's middle. */
export function linearScale(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) =>
    span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0)) as Scale;
  scale.domain = [d0, d1];
  return scale;
}

/** [min, max] of the finite values, or [0, 1] when there are none. */
export function extent(values: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo === Infinity ? [0, 1] : [lo, hi];
}

/** About `count` round tick values covering [lo, hi] (1, 2 or 5 times a power of ten). */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (lo === hi) return [lo];
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) {
    ticks.push(Number(t.toFixed(12)) + 0); // + 0 turns -0 into 0
  }
  return ticks;
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
  from: number;
  to: number;
}

/** Bars of a histogram (`bins` are the n+1 edges) in a width x height box. */
export function histogramBars(
  histogram: { bins: readonly number[]; counts: readonly number[] },
  width: number,
  height: number,
  gap = 1,
): Bar[] {
  const { bins, counts } = histogram;
  const n = counts.length;
  if (n === 0) return [];
  const top = Math.max(...counts, 1);
  const slot = width / n;
  return counts.map((count, i) => {
    const h = (count / top) * height;
    return {
      x: i * slot,
      y: height - h,
      width: Math.max(1, slot - gap),
      height: h,
      count,
      from: bins[i] ?? 0,
      to: bins[i + 1] ?? bins[i] ?? 0,
    };
  });
}

/** An SVG path through points already in [0,1]^2 (ROC, PR), drawn in a size x size box. */
export function unitCurvePath(points: readonly (readonly [number, number])[], size: number): string {
  const x = linearScale([0, 1], [0, size]);
  const y = linearScale([0, 1], [size, 0]);
  return points
    .map(([px, py], i) => `${i === 0 ? "M" : "L"}${x(px).toFixed(1)},${y(py).toFixed(1)}`)
    .join("");
}

/** Cell shade for a confusion matrix: white at 0, full blue at the maximum. */
export function heatColor(value: number, max: number): string {
  const t = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const mix = (from: number, to: number) => Math.round(from + (to - from) * t);
  return `rgb(${mix(255, 30)}, ${mix(255, 99)}, ${mix(255, 196)})`;
}

/** Dark text on light cells, light text on dark ones. */
export function heatTextColor(value: number, max: number): string {
  return max > 0 && value / max > 0.55 ? "#fff" : "#1d2733";
}

/** Any JSON value as short text: strings as they are, objects as JSON, null as a dash. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** Compact number for tables and labels: 0.9473, 1234.5, 1.2e-7. */
export function formatNumber(value: unknown, digits = 4): string {
  if (typeof value !== "number") return formatValue(value);
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) return value.toExponential(2);
  return String(Number(value.toPrecision(digits)));
}
