import { heatColor, heatTextColor } from "./theme";

/** Confusion matrix as a heat-mapped table (rows: true labels, columns: predicted): a real
 * table, so a screen reader announces every count with its row and column. */
export function ConfusionMatrix({
  labels,
  matrix,
  title,
  testId = "confusion-matrix",
}: {
  labels: readonly unknown[];
  matrix: readonly (readonly number[])[];
  title: string;
  testId?: string;
}) {
  const max = Math.max(0, ...matrix.flat());
  return (
    <figure className="pw-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <table className="pw-heatmap">
        <thead>
          <tr>
            <th className="pw-muted" scope="col">
              true \ predicted
            </th>
            {labels.map((l) => (
              <th key={String(l)} scope="col">
                {String(l)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.map((row, i) => (
            <tr key={i}>
              <th scope="row">{String(labels[i])}</th>
              {row.map((v, j) => (
                <td key={j} data-testid={`cell-${i}-${j}`} style={{ background: heatColor(v, max), color: heatTextColor(v, max) }}>
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
