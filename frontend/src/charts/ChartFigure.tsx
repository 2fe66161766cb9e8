import type { ReactNode } from "react";
import { seriesStyle } from "./theme";

export interface DataTable {
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

/** A chart with its caption and, for people who cannot see the drawing, the same numbers as
 * a table that is read aloud but not shown. The figure is named by its caption. */
export function ChartFigure({
  caption,
  testId,
  table,
  legend,
  children,
}: {
  caption: ReactNode;
  testId: string;
  table?: DataTable;
  legend?: readonly string[];
  children: ReactNode;
}) {
  return (
    <figure className="pw-chart" data-testid={testId}>
      <figcaption>{caption}</figcaption>
      {children}
      {legend && legend.length > 1 && <Legend names={legend} />}
      {table && <HiddenTable table={table} />}
    </figure>
  );
}

function HiddenTable({ table }: { table: DataTable }) {
  return (
    <table className="pw-visually-hidden" data-testid="chart-data">
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Our own legend (not recharts'): plain text the page's find and a screen reader reach,
 * with each swatch drawn in its series' dash. */
function Legend({ names }: { names: readonly string[] }) {
  return (
    <ul className="pw-legend" aria-label="Legend">
      {names.map((name, i) => {
        const style = seriesStyle(i);
        return (
          <li key={name}>
            <svg width={22} height={8} aria-hidden="true">
              <line x1={1} y1={4} x2={21} y2={4} stroke={style.stroke} strokeDasharray={style.strokeDasharray} strokeWidth={2} />
            </svg>{" "}
            {name}
          </li>
        );
      })}
    </ul>
  );
}
