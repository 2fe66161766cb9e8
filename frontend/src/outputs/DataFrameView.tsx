import type { ColumnSummary, DataFramePreview } from "../api/types";
import { HistogramSparkline } from "../charts";
import { formatNumber, formatValue } from "./format";

/** Per-column statistics with a histogram (numbers) or top values (categories), then rows. */
export function DataFrameView({ preview }: { preview: DataFramePreview }) {
  return (
    <div className="pw-dataframe" data-testid="dataframe-view">
      <p className="pw-muted">
        {preview.row_count.toLocaleString()} rows × {preview.column_count} columns
        {preview.truncated && ` · showing the first ${preview.rows.length} rows`}
      </p>
      <h3>Columns</h3>
      <div className="pw-scroll-x">
        <table className="pw-table pw-stats" data-testid="column-stats">
          <thead>
            <tr>
              <th>Column</th>
              <th>Type</th>
              <th>Missing</th>
              <th>Unique</th>
              <th>Mean</th>
              <th>Std</th>
              <th>Min</th>
              <th>Max</th>
              <th>Distribution</th>
            </tr>
          </thead>
          <tbody>
            {preview.columns.map((c) => (
              <tr key={c.name} data-testid={`column-stat-${c.name}`}>
                <th scope="row">{c.name}</th>
                <td>{c.dtype}</td>
                <td>{c.missing}</td>
                <td>{c.unique ?? "—"}</td>
                <td>{formatNumber(c.mean)}</td>
                <td>{formatNumber(c.std)}</td>
                <td>{formatNumber(c.min)}</td>
                <td>{formatNumber(c.max)}</td>
                <td>
                  <Distribution column={c} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Rows</h3>
      <div className="pw-scroll-x pw-rows">
        <table className="pw-table" data-testid="preview-rows">
          <thead>
            <tr>
              {preview.columns.map((c) => (
                <th key={c.name}>{c.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{formatValue(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function Distribution({ column }: { column: ColumnSummary }) {
  if (column.histogram) return <HistogramSparkline histogram={column.histogram} name={column.name} />;
  if (column.top_values && column.top_values.length > 0) {
    const top = column.top_values.slice(0, 5);
    const max = Math.max(...top.map((t) => t.count), 1);
    return (
      <ul className="pw-top-values">
        {top.map((t) => (
          <li key={String(t.value)}>
            <span className="pw-top-values__bar" style={{ width: `${(t.count / max) * 60}px` }} />
            {String(t.value)} <span className="pw-muted">({t.count})</span>
          </li>
        ))}
      </ul>
    );
  }
  return <span className="pw-muted">—</span>;
}
