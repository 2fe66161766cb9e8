// Colours and line styles shared by every chart. Each series differs in dash as well as
// colour, so curves stay apart for people who do not tell the colours apart and in a
// greyscale print; every colour has at least 3:1 contrast with the white background.

export const SERIES_COLORS = ["#1f5fbf", "#c2410c", "#047857", "#9d174d", "#6d28d9", "#374151"] as const;
const SERIES_DASHES = [undefined, "7 3", "2 3", "9 3 2 3"] as const;

export interface SeriesStyle {
  stroke: string;
  strokeDasharray: string | undefined;
}

export function seriesStyle(index: number): SeriesStyle {
  return {
    stroke: SERIES_COLORS[index % SERIES_COLORS.length] ?? SERIES_COLORS[0],
    strokeDasharray: SERIES_DASHES[index % SERIES_DASHES.length],
  };
}

export const MUTED = "#8792a2";
export const AXIS_TICK = { fontSize: 10, fill: "#5b6675" } as const;
export const AXIS_LABEL_STYLE = { fontSize: 11, fill: "#1d2733" } as const;
// Charts are redrawn while a slider moves and inside tests; animation would only lag.
export const NO_ANIMATION = { isAnimationActive: false } as const;

/** Cell shade for a heat map: white at 0, full blue at the maximum. */
export function heatColor(value: number, max: number): string {
  const t = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const mix = (from: number, to: number) => Math.round(from + (to - from) * t);
  return `rgb(${mix(255, 30)}, ${mix(255, 99)}, ${mix(255, 196)})`;
}

/** Dark text on light cells, light text on dark ones. */
export function heatTextColor(value: number, max: number): string {
  return max > 0 && value / max > 0.55 ? "#fff" : "#1d2733";
}

/** At most `count` items evenly spread over `items`, the first and last always among them:
 * the rows of a chart's data table, which reads the curve's shape, not all 200 points. */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  if (count <= 1) return items.slice(0, count);
  const picked: T[] = [];
  for (let i = 0; i < count; i++) {
    const item = items[Math.round((i * (items.length - 1)) / (count - 1))];
    if (item !== undefined) picked.push(item);
  }
  return picked;
}

/** About `count` round tick values covering [lo, hi] (1, 2 or 5 times a power of ten). */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (lo === hi) return [lo];
  const raw = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.floor(lo / step) * step; t < hi + step; t += step) {
    ticks.push(Number(t.toFixed(12)) + 0); // + 0 turns -0 into 0
    if (t >= hi - step * 1e-9) break;
  }
  return ticks;
}
