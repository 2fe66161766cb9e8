import { Bar, BarChart, Tooltip, YAxis } from "recharts";
import { formatNumber } from "../outputs/format";
import { NO_ANIMATION } from "./theme";

export interface Histogram {
  /** The n + 1 bin edges. */
  bins: readonly number[];
  counts: readonly number[];
}

/** A histogram small enough for a table cell. Not a keyboard stop (a table of many columns
 * would be a trap of tab stops); its bins are read out as a list instead. */
export function HistogramSparkline({
  histogram,
  name,
  width = 120,
  height = 32,
}: {
  histogram: Histogram;
  name: string;
  width?: number;
  height?: number;
}) {
  const bars = histogramBins(histogram);
  const label = `histogram of ${name}`;
  return (
    <div className="pw-spark">
      <BarChart
        width={width}
        height={height}
        data={bars}
        margin={{ top: 1, right: 0, bottom: 0, left: 0 }}
        barCategoryGap={1}
        accessibilityLayer={false}
        role="img"
        aria-label={label}
        title={label}
      >
        <YAxis hide domain={[0, "dataMax"]} />
        <Bar dataKey="count" fill="#7ea6e6" activeBar={{ fill: "#1f5fbf" }} {...NO_ANIMATION} />
        <Tooltip
          cursor={false}
          formatter={(count) => [String(count), "rows"]}
          labelFormatter={(_, payload) => (payload[0]?.payload as HistogramBin | undefined)?.range ?? ""}
          wrapperStyle={{ zIndex: 5, fontSize: 11 }}
          {...NO_ANIMATION}
        />
      </BarChart>
      <ul className="pw-visually-hidden" aria-label={label}>
        {bars.map((b, i) => (
          <li key={i}>
            {b.range}: {b.count}
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface HistogramBin {
  range: string;
  count: number;
}

/** Each bin's count with its range as text ("1.5 – 1.75"). */
export function histogramBins({ bins, counts }: Histogram): HistogramBin[] {
  return counts.map((count, i) => {
    const from = bins[i] ?? 0;
    const to = bins[i + 1] ?? from;
    return { range: `${formatNumber(from)} – ${formatNumber(to)}`, count };
  });
}
