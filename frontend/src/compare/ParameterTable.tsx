// Parameters side by side: a column per run, a row per node and parameter. A row
// whose values differ carries a "≠" marker and a text for screen readers as well as
// its colour; "Only differences" hides the rest.
import { useState } from "react";
import type { ParameterRow } from "./model";
import { PIPELINE_NODE, visibleRows } from "./model";
import type { CompareRun } from "./types";

// A script or a long column list stays readable in a cell; the whole value is its title.
const CELL_LIMIT = 80;

function shorten(text: string): string {
  const firstLine = text.split("\n", 1)[0] ?? "";
  const cut = firstLine.length > CELL_LIMIT ? firstLine.slice(0, CELL_LIMIT) : firstLine;
  return cut === text ? text : `${cut}…`;
}

export function ParameterTable({
  runs,
  labels,
  rows,
}: {
  runs: readonly CompareRun[];
  labels: readonly string[];
  rows: readonly ParameterRow[];
}) {
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const shown = visibleRows(rows, onlyDifferences);
  const differing = rows.filter((row) => row.differs).length;

  return (
    <>
      <p className="pw-compare-toolbar">
        <label>
          <input
            type="checkbox"
            checked={onlyDifferences}
            data-testid="compare-only-differences"
            onChange={(event) => {
              setOnlyDifferences(event.currentTarget.checked);
            }}
          />{" "}
          Only differences
        </label>{" "}
        <span data-testid="compare-difference-count">
          {differing === 0
            ? "The runs ran with the same parameters."
            : `${differing} of ${rows.length} parameters differ (marked ≠).`}
        </span>
      </p>
      <div className="pw-compare-scroll">
        <table className="pw-compare-table" data-testid="compare-parameters">
          <caption className="sr-only">Parameters of each run; rows marked “differs” have different values</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">Differs</span>
              </th>
              <th scope="col">Node</th>
              <th scope="col">Parameter</th>
              {runs.map((run, index) => (
                <th scope="col" key={run.id} data-testid={`compare-run-${run.id}`}>
                  <a href={`/runs/${run.id}/`}>Run {labels[index]}</a>
                  <br />
                  <small className={`status status-${run.status}`}>{run.status}</small>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={3 + runs.length}>No parameter differs.</td>
              </tr>
            ) : (
              shown.map((row) => (
                <tr
                  key={row.key}
                  className={row.differs ? "pw-compare-differs" : undefined}
                  data-testid={`compare-param-${row.nodeId || "pipeline"}-${row.name}`}
                  data-differs={row.differs ? "true" : "false"}
                >
                  <td className="pw-compare-marker">
                    {row.differs ? (
                      <>
                        <span aria-hidden="true">≠</span>
                        <span className="sr-only">differs</span>
                      </>
                    ) : null}
                  </td>
                  <th scope="row" className="pw-compare-node">
                    {row.nodeLabel}
                    {row.nodeId !== PIPELINE_NODE && row.nodeId !== row.nodeLabel ? <small> ({row.nodeId})</small> : null}
                  </th>
                  <th scope="row">
                    {row.name}
                    {row.boundTo ? <small title="bound to a pipeline parameter"> ← {row.boundTo}</small> : null}
                  </th>
                  {row.shown.map((text, index) => (
                    <td key={runs[index]?.id ?? index} title={text.length > CELL_LIMIT || text.includes("\n") ? text : undefined}>
                      {shorten(text)}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
