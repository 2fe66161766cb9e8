import type { ValidationIssue } from "../api/types";

/** The endpoint name field of the Publish and Deploy dialogs: existing names are
 * suggested, and naming one says a new version is added to it. */
export function EndpointNameField(props: {
  testId: string;
  listId: string;
  name: string;
  existing: string[];
  error: string | null;
  onChange: (name: string) => void;
}) {
  const { testId, listId, name, existing, error, onChange } = props;
  return (
    <label className="pw-field">
      Endpoint name
      <input
        type="text"
        list={listId}
        data-testid={testId}
        value={name}
        maxLength={63}
        autoFocus
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
      <datalist id={listId}>
        {existing.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      {error && <span className="pw-field-error">{error}</span>}
      {!error && existing.includes(name) && (
        <span className="pw-muted">Adds a new version to this existing endpoint.</span>
      )}
    </label>
  );
}

/** The server's refusal: its message and each problem it listed. */
export function RefusalBanner(props: { testId: string; message: string; issues: ValidationIssue[] }) {
  return (
    <div className="pw-banner pw-banner--error" role="alert" data-testid={props.testId}>
      <strong>{props.message}</strong>
      {props.issues.length > 0 && (
        <ul>
          {props.issues.map((issue, i) => (
            <li key={i}>
              {issue.node_id && <b>{issue.node_id}: </b>}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
