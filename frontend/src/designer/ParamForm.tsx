// The selected node's editable fields: label, comment and one field per module
// param, generated from the param spec. Fields keep their own draft text and
// commit to the graph store only values that coerce cleanly.
import { useState } from "react";
import type { ModuleParam } from "../api/types";
import { isSingleColumnParam, toggleColumn } from "../edit/columns";
import type { ModuleNodeData } from "../graph/convert";
import { isParamBinding } from "../graph/types";
import { useGraphStore } from "../store/graphStore";
import { CodeField } from "./CodeEditor";
import { applyCoerced, coerceParam, fieldKind, formatParam } from "./paramValues";
import { useInputSchema } from "./useUpstreamColumns";
import type { PortSchema } from "../api/schema";

export function NodeFields({ nodeId, data }: { nodeId: string; data: ModuleNodeData }) {
  const update = useGraphStore((s) => s.updateNodeData);
  return (
    <section className="pw-panel__section pw-fields">
      <label className="pw-field">
        <span>Label</span>
        <input
          type="text"
          data-testid="node-label"
          value={data.label ?? ""}
          placeholder={data.definition.name}
          onChange={(e) => {
            update(nodeId, { label: e.target.value === "" ? null : e.target.value });
          }}
        />
      </label>
      <label className="pw-field">
        <span>Comment</span>
        <textarea
          rows={2}
          data-testid="node-comment"
          value={data.comment ?? ""}
          onChange={(e) => {
            update(nodeId, { comment: e.target.value === "" ? null : e.target.value });
          }}
        />
      </label>
    </section>
  );
}

/** The node's params: `only="code"` the code params (the Code tab), `only="other"` the rest. */
export function ParamForm({
  nodeId,
  data,
  only,
}: {
  nodeId: string;
  data: ModuleNodeData;
  only?: "code" | "other";
}) {
  const all = data.definition.params;
  const declared = only === undefined ? all : all.filter((p) => (p.type === "code") === (only === "code"));
  const extra =
    only === "code" ? [] : Object.keys(data.params).filter((name) => !all.some((p) => p.name === name));
  const wantsColumns = declared.some((p) => p.type === "columns" || isSingleColumnParam(p));
  const schema = useInputSchema(nodeId, wantsColumns, data.definition.inputs);
  const columns = schema?.columns?.map((c) => c.name) ?? null;
  return (
    <section className="pw-panel__section">
      <h3>{only === "code" ? "Code" : "Parameters"}</h3>
      {wantsColumns && <ColumnSource schema={schema} />}
      {declared.length === 0 && extra.length === 0 ? (
        <p className="pw-muted">
          {only === "other" && all.some((p) => p.type === "code")
            ? "No other parameters: the code is on the Code tab."
            : "This module has no parameters."}
        </p>
      ) : (
        <table className="pw-params" data-testid="params-table">
          <tbody>
            {declared.map((param) => (
              <ParamRow
                // A new node or a value changed elsewhere (reload) resets the draft.
                key={`${nodeId}:${param.name}`}
                nodeId={nodeId}
                param={param}
                params={data.params}
                columns={columns}
                suggested={schema?.suggested_label ?? null}
              />
            ))}
            {extra.map((name) => (
              <tr key={name} title="Not declared by the module">
                <th scope="row">{name}</th>
                <td className="pw-muted">{JSON.stringify(data.params[name])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ParamRow({
  nodeId,
  param,
  params,
  columns,
  suggested,
}: {
  nodeId: string;
  param: ModuleParam;
  params: Record<string, unknown>;
  /** The input dataset's columns, when known (before any run for most modules). */
  columns: string[] | null;
  /** The label the data source declares, offered first by a label picker. */
  suggested: string | null;
}) {
  const update = useGraphStore((s) => s.updateNodeData);
  const promote = useGraphStore((s) => s.promoteParam);
  const demote = useGraphStore((s) => s.demoteParam);
  const stored = params[param.name];
  // The text being typed, and the stored value it belongs to: when the value
  // changes elsewhere (undo, redo, reload) the field shows the new value instead.
  const [typed, setDraft] = useState<{ text: string; error: string | null; basis: unknown } | null>(null);
  const draft = typed !== null && Object.is(typed.basis, stored) ? typed : null;
  const kind = fieldKind(param);
  const id = `pw-param-${nodeId}-${param.name}`;

  const commit = (raw: string | boolean) => {
    const coerced = coerceParam(param, raw);
    // Read the current params: another field may have committed since this render.
    const node = useGraphStore.getState().nodes.find((n) => n.id === nodeId);
    if (!node) return;
    const next = applyCoerced(node.data.params, param.name, coerced);
    setDraft(
      typeof raw === "string" ? { text: raw, error: coerced.ok ? null : coerced.error, basis: next[param.name] } : null,
    );
    if (next !== node.data.params) update(nodeId, { params: next }, `param:${nodeId}:${param.name}`);
  };

  let field;
  if (isParamBinding(stored)) {
    field = (
      <span className="pw-binding" data-testid={`param-binding-${param.name}`}>
        = pipeline parameter <b>{stored.$param}</b>{" "}
        <button
          type="button"
          className="pw-button--link"
          data-testid={`demote-${param.name}`}
          title="Give this node its own value again"
          onClick={() => {
            setDraft(null);
            demote(nodeId, param.name);
          }}
        >
          use a value
        </button>
      </span>
    );
  } else {
    const text = draft?.text ?? formatParam(param, stored);
    const placeholder = formatParam(param, param.default);
    const common = {
      id,
      "data-testid": `param-${param.name}`,
      "aria-invalid": draft?.error ? true : undefined,
    };
    switch (kind) {
      case "checkbox":
        field = (
          <input
            {...common}
            type="checkbox"
            checked={Boolean(stored ?? param.default)}
            onChange={(e) => {
              commit(e.target.checked);
            }}
          />
        );
        break;
      case "select":
        field = (
          <select
            {...common}
            value={text}
            onChange={(e) => {
              commit(e.target.value);
            }}
          >
            {!param.required && <option value="">{placeholder ? `default (${placeholder})` : "—"}</option>}
            {(param.choices ?? []).map((c) => (
              <option key={String(c)} value={String(c)}>
                {String(c)}
              </option>
            ))}
          </select>
        );
        break;
      case "textarea":
        field =
          param.type === "code" ? (
            <CodeField
              value={typeof stored === "string" ? stored : text}
              name={param.name}
              onChange={(value) => {
                commit(value);
              }}
            />
          ) : (
          <textarea
            {...common}
            className={param.type === "code" ? "code" : undefined}
            rows={param.type === "code" ? 8 : 3}
            spellCheck={param.type !== "code"}
            value={text}
            placeholder={placeholder}
            onChange={(e) => {
              commit(e.target.value);
            }}
          />
          );
        break;
      case "number":
        field = (
          <input
            {...common}
            type="number"
            inputMode={param.type === "int" ? "numeric" : "decimal"}
            step={param.type === "int" ? 1 : "any"}
            min={param.min ?? undefined}
            max={param.max ?? undefined}
            value={text}
            placeholder={placeholder}
            onChange={(e) => {
              commit(e.target.value);
            }}
          />
        );
        break;
      case "columns":
      case "text": {
        const listId = `${id}-columns`;
        const single = columns !== null && isSingleColumnParam(param);
        field = (
          <>
            <input
              {...common}
              type="text"
              value={text}
              list={single ? listId : undefined}
              placeholder={kind === "columns" ? placeholder || "col_a, col_b" : placeholder}
              onChange={(e) => {
                commit(e.target.value);
              }}
            />
            {single && (
              <datalist id={listId}>
                {columns.map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
            )}
            {single && (
              <ColumnChips
                columns={columns}
                picked={typeof stored === "string" ? [stored] : []}
                suggested={param.name === "label_column" ? suggested : null}
                testId={`columns-${param.name}`}
                onToggle={(column) => {
                  commit(column);
                  setDraft(null);
                }}
              />
            )}
            {kind === "columns" && columns !== null && (
              <ColumnChips
                columns={columns}
                picked={Array.isArray(stored) ? stored.map(String) : []}
                testId={`columns-${param.name}`}
                onToggle={(column) => {
                  const picked = Array.isArray(stored) ? stored.map(String) : [];
                  commit(toggleColumn(picked, column, columns).join(", "));
                  setDraft(null);
                }}
              />
            )}
          </>
        );
        break;
      }
    }
  }

  const label = (
    <>
      <label htmlFor={id}>
        {param.name}
        {param.required && <span className="pw-required"> *</span>}
      </label>
      <div className="pw-param-type">{param.type}</div>
    </>
  );
  const body = (
    <>
      {field}
      {!isParamBinding(stored) && (
        <button
          type="button"
          className="pw-button--link pw-promote"
          data-testid={`promote-${param.name}`}
          title="Make this a pipeline parameter, set when the pipeline is run"
          onClick={() => {
            setDraft(null);
            promote(nodeId, param);
          }}
        >
          promote to pipeline parameter
        </button>
      )}
      {draft?.error && (
        <div className="pw-field-error" data-testid={`param-error-${param.name}`}>
          {draft.error}
        </div>
      )}
    </>
  );

  // Code gets the panel's full width, its name above the editor.
  if (param.type === "code") {
    return (
      <tr title={param.help ?? ""} className="pw-params__wide">
        <td colSpan={2}>
          <div className="pw-params__label">{label}</div>
          {body}
        </td>
      </tr>
    );
  }
  return (
    <tr title={param.help ?? ""}>
      <th scope="row">{label}</th>
      <td>{body}</td>
    </tr>
  );
}

/** Where the pickers' columns come from, when that is not simply known: only last
 * known (a script's, from a run), partly known, or not known before a run. */
function ColumnSource({ schema }: { schema: PortSchema | null }) {
  if (schema === null || schema.source === "declared" || schema.source === "propagated") {
    return schema?.incomplete ? (
      <p className="pw-muted" data-testid="column-source">
        More columns follow: {schema.incomplete}.
      </p>
    ) : null;
  }
  if (schema.source === "last_known") {
    return (
      <p className="pw-muted" data-testid="column-source">
        Columns last known{schema.run !== null ? ` (run #${String(schema.run)})` : ""}: {schema.reason || "known when it runs"}.
      </p>
    );
  }
  return (
    <p className="pw-muted" data-testid="column-source">
      Columns not known before a run: {schema.reason}.
    </p>
  );
}

/** The input dataset's columns as toggles; picked ones are highlighted, the data
 * source's declared label marked as the suggestion. */
function ColumnChips({
  columns,
  picked,
  suggested = null,
  testId,
  onToggle,
}: {
  columns: readonly string[];
  picked: readonly string[];
  suggested?: string | null;
  testId: string;
  onToggle: (column: string) => void;
}) {
  return (
    <div className="pw-column-chips" data-testid={testId} role="group" aria-label="Columns of the input dataset">
      {columns.map((c) => {
        const on = picked.includes(c);
        const isSuggested = c === suggested;
        return (
          <button
            key={c}
            type="button"
            aria-pressed={on}
            className={`pw-chip${on ? " pw-chip--on" : ""}${isSuggested ? " pw-chip--suggested" : ""}`}
            title={isSuggested ? "The label this dataset declares" : undefined}
            data-column={c}
            onClick={() => {
              onToggle(c);
            }}
          >
            {c}
            {isSuggested && <span className="pw-chip__note"> · suggested label</span>}
          </button>
        );
      })}
    </div>
  );
}
