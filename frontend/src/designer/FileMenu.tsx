// The canvas's File menu: export the pipeline as SDK code or a pipeline file, import a file
// as a new pipeline and open it.
import { useRef, useState } from "react";
import { ApiError } from "../api/client";
import { exportUrl, importPipelineFile, type ExportFormat } from "../api/pipelines";
import { saveNow } from "../save/controller";
import { useGraphStore } from "../store/graphStore";
import { useViewStore } from "../store/viewStore";

const FORMATS: { format: ExportFormat; label: string; title: string }[] = [
  {
    format: "python",
    label: "Export as Python",
    title: "SDK code that saves this pipeline again when run (pip install ./sdk)",
  },
  {
    format: "yaml",
    label: "Export as YAML",
    title: "A pipeline file to keep in git and import again",
  },
];

/** What a refused import says: the message, then each problem of the file. */
export function importErrorText(err: unknown): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  const lines = err.issues.slice(0, 8).map((issue) => `• ${issue.message}`);
  return [err.message, ...lines].join("\n");
}

export function FileMenu() {
  const pipelineId = useGraphStore((s) => s.pipeline?.id);
  const viewingRun = useViewStore((s) => s.readOnly !== null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  if (pipelineId === undefined) return null;

  const download = async (format: ExportFormat) => {
    setOpen(false);
    // The export is of the saved pipeline: save pending edits first.
    if (!viewingRun) await saveNow();
    const link = document.createElement("a");
    link.href = exportUrl(pipelineId, format);
    link.download = "";
    link.click();
  };

  const importFile = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const created = await importPipelineFile(file);
      window.location.assign(`/pipelines/${encodeURIComponent(String(created.id))}/`);
    } catch (err) {
      setError(importErrorText(err));
      setBusy(false);
    }
  };

  return (
    <div className="pw-file-menu">
      <button
        type="button"
        className="pw-button"
        data-testid="file-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={busy}
        onClick={() => {
          setOpen((o) => !o);
          setError(null);
        }}
      >
        {busy ? "Importing…" : "File ▾"}
      </button>
      {open && (
        <ul className="pw-file-menu__items" role="menu" data-testid="file-menu">
          {FORMATS.map(({ format, label, title }) => (
            <li key={format} role="none">
              <button
                type="button"
                role="menuitem"
                title={title}
                data-testid={`export-${format}`}
                onClick={() => void download(format)}
              >
                {label}
              </button>
            </li>
          ))}
          {!viewingRun && (
            <li role="none">
              <button
                type="button"
                role="menuitem"
                title="Create a new pipeline from a YAML or JSON pipeline file and open it"
                data-testid="import-pipeline"
                onClick={() => {
                  setOpen(false);
                  picker.current?.click();
                }}
              >
                Import…
              </button>
            </li>
          )}
        </ul>
      )}
      <input
        ref={picker}
        type="file"
        accept=".yaml,.yml,.json,application/yaml,application/json"
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void importFile(file);
        }}
      />
      {error && (
        <div className="pw-file-menu__error" role="alert" data-testid="import-error">
          {error}
        </div>
      )}
    </div>
  );
}
