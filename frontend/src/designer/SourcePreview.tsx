// "Preview data" for a data source node before any run: its first rows and column
// statistics, in the format of an output's preview.
import { useState } from "react";
import { getSourcePreview, type SourcePreview as Preview } from "../api/schema";
import type { DataFramePreview } from "../api/types";
import { DataFrameView } from "../outputs/DataFrameView";
import { useFetch } from "../outputs/useFetch";
import { saveNow } from "../save/controller";
import { useGraphStore } from "../store/graphStore";
import { useEscape } from "../outputs/useEscape";

/** Modules whose data is there before a run (runner/design_schemas.py SOURCE_MODULES). */
export const SOURCE_MODULES: ReadonlySet<string> = new Set(["sample_dataset", "enter_data", "import_data"]);

export function SourcePreviewButton({ nodeId, module }: { nodeId: string; module: string }) {
  const [open, setOpen] = useState(false);
  if (!SOURCE_MODULES.has(module)) return null;
  return (
    <section className="pw-panel__section">
      <button
        type="button"
        className="pw-button"
        data-testid="preview-data"
        title="The first rows and column statistics, without running the pipeline"
        onClick={() => {
          setOpen(true);
        }}
      >
        Preview data
      </button>
      {open && (
        <SourcePreviewDialog
          nodeId={nodeId}
          onClose={() => {
            setOpen(false);
          }}
        />
      )}
    </section>
  );
}

function SourcePreviewDialog({ nodeId, onClose }: { nodeId: string; onClose: () => void }) {
  const pipelineId = useGraphStore((s) => s.pipeline?.id);
  const title = useGraphStore((s) => s.nodes.find((n) => n.id === nodeId)?.data.label) || nodeId;
  // The server previews the saved graph: save the latest edits first.
  const preview = useFetch<Preview>(pipelineId === undefined ? null : `${String(pipelineId)}/${nodeId}`, async (signal) => {
    await saveNow();
    return getSourcePreview(pipelineId ?? "", nodeId, signal);
  });
  useEscape(onClose);
  return (
    <div className="pw-modal-backdrop" onClick={onClose}>
      <div
        className="pw-modal pw-viewer"
        role="dialog"
        aria-modal="true"
        aria-label={`Preview of ${title}`}
        data-testid="source-preview"
        onClick={(e) => {
          e.stopPropagation();
        }}
      >
        <div className="pw-panel__header">
          <h2>
            {title} <span className="pw-muted">preview before any run</span>
          </h2>
          <button type="button" className="pw-button pw-button--icon" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>
        <div className="pw-viewer__body">
          {preview.state === "loading" && <p className="pw-muted">Loading…</p>}
          {preview.state === "error" && <p role="alert">{preview.message}</p>}
          {preview.state === "ready" && (
            <>
              {preview.value.sampled && <p className="pw-muted">Statistics of the first rows of a large file.</p>}
              <DataFrameView preview={preview.value.preview as DataFramePreview} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
