// The runs chosen on an experiment's page, side by side: parameters (differences
// marked), a metric-over-runs chart and the ROC curves overlaid. The page around it
// (title, links, access) is server-rendered (api/experiment_pages.py).
import "./compare.css";
import { useEffect, useMemo, useState } from "react";
import { api, ApiError, seg } from "../api/client";
import { MetricChart } from "./MetricChart";
import { defaultMetrics, metricNames, parameterRows, runLabels } from "./model";
import { ParameterTable } from "./ParameterTable";
import { RocChart } from "./RocChart";
import type { Comparison } from "./types";

type Loaded = { state: "loading" } | { state: "error"; message: string } | { state: "ready"; comparison: Comparison };

export function ComparePage({ experimentId, runIds }: { experimentId: string; runIds: number[] }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });

  useEffect(() => {
    const controller = new AbortController();
    const path = `/api/experiments/${seg(experimentId)}/compare/?runs=${runIds.join(",")}`;
    api.get<Comparison>(path, controller.signal).then(
      (comparison) => {
        setLoaded({ state: "ready", comparison });
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ state: "error", message: err instanceof ApiError ? err.message : "The comparison did not load." });
      },
    );
    return () => {
      controller.abort();
    };
  }, [experimentId, runIds]);

  if (loaded.state === "loading") return <p data-testid="compare-loading">Loading the comparison…</p>;
  if (loaded.state === "error") {
    return (
      <p className="pw-compare-error" role="alert" data-testid="compare-error">
        {loaded.message}
      </p>
    );
  }
  return <CompareView comparison={loaded.comparison} />;
}

function CompareView({ comparison }: { comparison: Comparison }) {
  const { runs } = comparison;
  const labels = useMemo(() => runLabels(runs), [runs]);
  const rows = useMemo(() => parameterRows(runs), [runs]);
  const names = useMemo(() => metricNames(runs), [runs]);
  const [chosen, setChosen] = useState<string[]>(() => defaultMetrics(runs));

  return (
    <div className="pw-compare" data-testid="compare-view">
      <section aria-labelledby="compare-parameters-title">
        <h2 id="compare-parameters-title">Parameters</h2>
        <ParameterTable runs={runs} labels={labels} rows={rows} />
      </section>

      <section aria-labelledby="compare-metrics-title">
        <h2 id="compare-metrics-title">Metrics over runs</h2>
        {names.length === 0 ? (
          <p data-testid="compare-no-metrics">None of these runs recorded a metric.</p>
        ) : (
          <>
            <fieldset className="pw-compare-metric-picker" data-testid="compare-metric-picker">
              <legend>Metrics to chart</legend>
              {names.map((name) => (
                <label key={name}>
                  <input
                    type="checkbox"
                    checked={chosen.includes(name)}
                    data-testid={`compare-metric-${name}`}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      setChosen((current) =>
                        on ? names.filter((n) => n === name || current.includes(n)) : current.filter((n) => n !== name),
                      );
                    }}
                  />{" "}
                  {name}
                </label>
              ))}
            </fieldset>
            <MetricChart runs={runs} chosen={chosen} />
          </>
        )}
      </section>

      <section aria-labelledby="compare-roc-title">
        <h2 id="compare-roc-title">ROC curves</h2>
        <RocChart runs={runs} />
      </section>
    </div>
  );
}
