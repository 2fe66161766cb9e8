// Charts drawn with recharts (see docs/decisions.md, "Charts: recharts"), each a figure
// named by its caption with its numbers in a table a screen reader reads.
export { BarsChart, type BarSeries } from "./BarsChart";
export { ChartFigure, type DataTable } from "./ChartFigure";
export { ConfusionMatrix } from "./ConfusionMatrix";
export { CurvesChart, RocCurvesChart, type Curve, type Marker, type Point } from "./CurvesChart";
export { HistogramSparkline, histogramBins, type Histogram } from "./HistogramSparkline";
export { ResidualsChart, residualSummary } from "./ResidualsChart";
export { RunsLineChart, type RunSeries, type RunValue } from "./RunsLineChart";
export { heatColor, heatTextColor, niceTicks, seriesStyle, spread } from "./theme";
