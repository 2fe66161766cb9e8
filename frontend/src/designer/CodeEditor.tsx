// A CodeMirror 6 Python editor for code params. The editor owns its text while
// focused; a value changed from outside (undo, reload) replaces the document.
// CodeField adds a large editor on demand: the same text in a dialog over the page.
import { python } from "@codemirror/lang-python";
import { Compartment, EditorState } from "@codemirror/state";
import { EditorView, basicSetup } from "codemirror";
import { useEffect, useRef, useState } from "react";
import { useViewStore } from "../store/viewStore";

/** Read-only (a past run, a version, a viewer's draft): the text can be read, selected
 * and copied, not typed into; a fieldset's `disabled` does not reach CodeMirror. */
function editability(readOnly: boolean) {
  return [EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)];
}

export function CodeEditor({
  value,
  onChange,
  testId,
  label,
  autoFocus = false,
  className = "pw-code-editor",
  readOnly = false,
}: {
  value: string;
  onChange: (text: string) => void;
  testId: string;
  label: string;
  autoFocus?: boolean;
  className?: string;
  readOnly?: boolean;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const [editable] = useState(() => new Compartment());
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!host.current) return undefined;
    const editor = new EditorView({
      doc: value,
      parent: host.current,
      extensions: [
        basicSetup,
        python(),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ "aria-label": label }),
        editable.of(editability(readOnly)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChangeRef.current(update.state.doc.toString());
        }),
      ],
    });
    view.current = editor;
    if (autoFocus) editor.focus();
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is created once; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const current = editor.state.doc.toString();
    if (current !== value) editor.dispatch({ changes: { from: 0, to: current.length, insert: value } });
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: editable.reconfigure(editability(readOnly)) });
  }, [editable, readOnly]);

  return <div ref={host} className={className} data-testid={testId} />;
}

/** A code param in the panel: a compact editor, and a button that opens it large. */
export function CodeField({
  value,
  name,
  onChange,
}: {
  value: string;
  name: string;
  onChange: (text: string) => void;
}) {
  const [large, setLarge] = useState(false);
  const readOnly = useViewStore((s) => s.readOnly !== null);
  return (
    <>
      <div className="pw-code-field__bar">
        <button
          type="button"
          className="pw-button"
          data-testid={`open-large-editor-${name}`}
          onClick={() => {
            setLarge(true);
          }}
        >
          Open large editor
        </button>
      </div>
      {large ? (
        // One editor at a time owns the text: the compact one waits while the large one is open.
        <p className="pw-muted">Editing in the large editor…</p>
      ) : (
        <CodeEditor value={value} label={name} testId={`param-${name}`} onChange={onChange} readOnly={readOnly} />
      )}
      {large && (
        <LargeCodeEditor
          value={value}
          name={name}
          onChange={onChange}
          readOnly={readOnly}
          onClose={() => {
            setLarge(false);
          }}
        />
      )}
    </>
  );
}

function LargeCodeEditor({
  value,
  name,
  onChange,
  onClose,
  readOnly,
}: {
  value: string;
  name: string;
  onChange: (text: string) => void;
  onClose: () => void;
  readOnly: boolean;
}) {
  useEffect(() => {
    // Escape closes it, and does not reach the canvas (which would deselect the node).
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.stopPropagation();
      onClose();
    };
    window.addEventListener("keydown", onKey, true);
    return () => {
      window.removeEventListener("keydown", onKey, true);
    };
  }, [onClose]);
  return (
    <div className="pw-modal-backdrop">
      <div
        className="pw-modal pw-large-editor"
        role="dialog"
        aria-modal="true"
        aria-label={readOnly ? name : `Edit ${name}`}
        data-testid="large-editor"
      >
        <div className="pw-panel__header">
          <h2>{name}</h2>
          <button
            type="button"
            className="pw-button"
            data-testid="large-editor-close"
            onClick={onClose}
          >
            Done
          </button>
        </div>
        <CodeEditor
          value={value}
          label={name}
          testId={`param-${name}-large`}
          className="pw-code-editor pw-code-editor--large"
          autoFocus
          onChange={onChange}
          readOnly={readOnly}
        />
      </div>
    </div>
  );
}
