// The list beside the diff overlay: each change in words, old → new; a script's changed
// lines; for runs each node's status in both runs, = or ≠ for its outputs and its
// metric deltas (b − a). A node's entry centres the graph on that node.
import type { RefObject } from "react";
import type { DiffLine, DiffList as DiffListData, MetricRow, NodeEntry, ValueRow } from "./changes";
import { ChangeBadge, OutputsEqual, StepSide } from "./DiffNode";
import type { DiffResult } from "./diffStore";

export function DiffList({
  list,
  result,
  selected,
  onFocus,
  listRef,
}: {
  list: DiffListData;
  result: DiffResult;
  selected: string | null;
  onFocus: (nodeId: string) => void;
  listRef: RefObject<HTMLElement | null>;
}) {
  const isRun = result.run !== null;
  return (
    <aside className="pw-panel pw-diff__list" data-testid="diff-list" aria-label="Changes" ref={listRef}>
      <div className="pw-panel__header">
        <h2>Changes</h2>
      </div>
      <div className="pw-diff__list-body">
        <p className="pw-muted pw-diff__sides">
          <span>a: {result.from}</span> <span>b: {result.to}</span>
        </p>
        {list.identical && (
          <p data-testid="diff-identical">
            {isRun ? "The runs are the same: same graph, values and results." : "The versions are the same."}
          </p>
        )}
        {list.mainMetric && (
          <section className="pw-diff__section" data-testid="diff-main-metric">
            <h3>Main metric</h3>
            <Metrics rows={[list.mainMetric]} />
          </section>
        )}
        {list.pipeline.length > 0 && (
          <section className="pw-diff__section" data-testid="diff-pipeline">
            <h3>{isRun ? "Pipeline and run values" : "Pipeline"}</h3>
            <Values rows={list.pipeline} />
          </section>
        )}
        {list.nodes.length > 0 && (
          <section className="pw-diff__section">
            <h3>Nodes</h3>
            <ul className="pw-diff__entries">
              {list.nodes.map((entry) => (
                <NodeItem key={entry.id} entry={entry} selected={entry.id === selected} onFocus={onFocus} />
              ))}
            </ul>
          </section>
        )}
        {list.wires.length > 0 && (
          <section className="pw-diff__section">
            <h3>Wires</h3>
            <ul className="pw-diff__entries">
              {list.wires.map((wire) => (
                <li key={wire.key} className={`pw-diff__entry pw-diff__entry--${wire.change}`} data-testid="diff-wire-entry" data-change={wire.change}>
                  <button
                    type="button"
                    className="pw-diff__entry-head"
                    title="Show the node this wire goes into"
                    onClick={() => {
                      onFocus(wire.nodeId);
                    }}
                  >
                    <ChangeBadge mark={wire.change} /> <span className="pw-diff__word">{wire.change}</span>{" "}
                    <span>{wire.text}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </aside>
  );
}

function NodeItem({
  entry,
  selected,
  onFocus,
}: {
  entry: NodeEntry;
  selected: boolean;
  onFocus: (nodeId: string) => void;
}) {
  const classes = ["pw-diff__entry", `pw-diff__entry--${entry.mark}`];
  if (selected) classes.push("pw-diff__entry--selected");
  return (
    <li className={classes.join(" ")} data-testid={`diff-entry-${entry.id}`} data-node-entry={entry.id} data-change={entry.mark}>
      <button
        type="button"
        className="pw-diff__entry-head"
        aria-current={selected ? "true" : undefined}
        title="Show this node on the graph"
        onClick={() => {
          onFocus(entry.id);
        }}
      >
        <ChangeBadge mark={entry.mark} /> <strong>{entry.title}</strong>
        {entry.mark !== "unchanged" && <span className="pw-diff__word"> {entry.mark}</span>}
      </button>
      {entry.fields.length > 0 && <Values rows={entry.fields} />}
      {entry.params.length > 0 && <Values rows={entry.params} />}
      {entry.moved && <div className="pw-muted">position {entry.moved}</div>}
      {entry.reordered.map((text) => (
        <div key={text} data-testid="diff-reordered">
          wires reordered at {text}
        </div>
      ))}
      {entry.run && (
        <div className="pw-diff__run" data-testid="diff-run-sides">
          <div className="pw-diff__run-steps">
            <StepSide side="a" status={entry.run.a} />
            <StepSide side="b" status={entry.run.b} />
            <OutputsEqual equal={entry.run.outputsEqual} />
          </div>
          {entry.run.errorB && <div className="pw-diff__error">b: {entry.run.errorB}</div>}
          {entry.run.metrics.length > 0 && <Metrics rows={entry.run.metrics} />}
        </div>
      )}
    </li>
  );
}

function Values({ rows }: { rows: readonly ValueRow[] }) {
  return (
    <ul className="pw-diff__values">
      {rows.map((row) => (
        <li key={row.name} data-testid={`diff-value-${row.name}`} data-change={row.change}>
          <span className="pw-diff__name">{row.name}</span>
          {row.change !== "changed" && <span className="pw-diff__word"> ({row.change})</span>}
          {/* A script reads better as its changed lines than as two long strings. */}
          {row.lines ? (
            <LineDiff lines={row.lines} />
          ) : (
            <>
              :{" "}
              <span className="pw-diff__old" data-testid="diff-old">
                {row.old}
              </span>{" "}
              <span aria-hidden="true">→</span>
              <span className="pw-diff-hidden">becomes</span>{" "}
              <span className="pw-diff__new" data-testid="diff-new">
                {row.new}
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

const LINE_SIGNS: Readonly<Record<DiffLine["kind"], string>> = { hunk: "", added: "+", removed: "−", same: " " };
const LINE_WORDS: Readonly<Record<DiffLine["kind"], string | undefined>> = {
  hunk: undefined,
  added: "added line",
  removed: "removed line",
  same: undefined,
};

function LineDiff({ lines }: { lines: readonly DiffLine[] }) {
  return (
    <pre className="pw-diff__lines" data-testid="diff-lines">
      {lines.map((line, i) => (
        <div key={i} className={`pw-diff__line pw-diff__line--${line.kind}`} data-kind={line.kind} title={LINE_WORDS[line.kind]}>
          <span className="pw-diff__line-sign" aria-hidden="true">
            {LINE_SIGNS[line.kind]}
          </span>
          {LINE_WORDS[line.kind] && <span className="pw-diff-hidden">{LINE_WORDS[line.kind]}: </span>}
          {line.text}
        </div>
      ))}
    </pre>
  );
}

function Metrics({ rows }: { rows: readonly MetricRow[] }) {
  return (
    <table className="pw-table pw-diff__metrics">
      <thead>
        <tr>
          <th>Metric</th>
          <th>a</th>
          <th>b</th>
          <th>b − a</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name} data-testid={`diff-metric-${row.name}`}>
            <td>{row.name}</td>
            <td>{row.a}</td>
            <td>{row.b}</td>
            <td className={`pw-diff__delta pw-diff__delta--${row.direction}`} data-testid="diff-delta">
              {row.delta}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
