import { getStepOutput } from "../api/runs";
import { nodeTitle } from "../graph/convert";
import { useGraphStore } from "../store/graphStore";
import { useRunStore } from "../store/runStore";
import type { DataFramePreview, MetricsDocument, OutputPreview } from "../api/types";
import { DataFrameView } from "./DataFrameView";
import { MetricsView } from "./MetricsView";
import { outputDialogTitle, portTitle } from "./title";
import { useFetch } from "./useFetch";
import { useEscape } from "./useEscape";

/** A large dialog over the canvas showing one output port's preview. */
export function OutputViewer({
  runId,
  nodeId,
  port,
  type,
  onClose,
}: {
  runId: string;
  nodeId: string;
  port: string;
  type: string;
  onClose: () => void;
}) {
  const output = useFetch<OutputPreview>(`${runId}/${nodeId}/${port}`, (signal) =>
    getStepOutput(runId, nodeId, port, signal),
  );
  const node = useGraphStore((s) => {
    const data = s.nodes.find((n) => n.id === nodeId)?.data;
    return data ? nodeTitle(data) : nodeId;
  });
  // The shown run is the one whose outputs these are.
  const runNumber = useRunStore((s) => (s.runId === runId ? (s.run?.number ?? null) : null));
  const title = outputDialogTitle(port, node, runNumber);
  useEscape(onClose);

  return (
    <div className="pw-modal-backdrop" onClick={onClose}>
      <div
        className="pw-modal pw-viewer"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid="output-viewer"
        onClick={(e) => {
          e.stopPropagation();
        }}
      >
        <div className="pw-panel__header">
          <h2 data-testid="output-viewer-title">
            {title}
            {/* The type, when the port's name does not already say it ("metrics" is Metrics). */}
            {type.toLowerCase() !== portTitle(port).toLowerCase() && <span className="pw-muted"> · {type}</span>}
          </h2>
          <button type="button" className="pw-button pw-button--icon" aria-label="Close" data-testid="output-viewer-close" onClick={onClose}>
            ×
          </button>
        </div>
        <div className="pw-viewer__body">
          {output.state === "loading" && <p className="pw-muted">Loading…</p>}
          {output.state === "error" && <p role="alert">{output.message}</p>}
          {output.state === "ready" && <Preview output={output.value} />}
        </div>
      </div>
    </div>
  );
}

function Preview({ output }: { output: OutputPreview }) {
  if (output.type === "DataFrame") return <DataFrameView preview={output.preview as DataFramePreview} />;
  if (output.type === "Metrics") return <MetricsView document={output.preview as MetricsDocument} />;
  return <pre className="pw-json">{JSON.stringify(output.preview, null, 2)}</pre>;
}
