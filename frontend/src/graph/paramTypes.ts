// Parameter typing on the client: the text a field shows for a value of each
// parameter type, and the typed value read back from what the user typed. The
// node's parameter panel and the submit dialog both use it, so a value is sent
// to the server in the same JSON type whichever form it came from. The server
// checks the same types (designer/graph/params.py) and never parses text: an
// int is a JSON integer, a float a number, a bool true or false, columns a list
// of names, every other type a string.
import type { ModuleParam } from "../api/types";

/** Every parameter type there is (designer/graph/spec.py PARAM_TYPES). */
export const PARAM_TYPES = ["int", "float", "bool", "string", "text", "code", "choice", "columns"] as const;

export type ParamType = (typeof PARAM_TYPES)[number];

/** What a parameter says about its values; a pipeline parameter has only a type. */
export type ParamRules = Pick<ModuleParam, "type"> & Partial<Pick<ModuleParam, "min" | "max" | "choices">>;

export type FieldKind = "number" | "checkbox" | "select" | "textarea" | "text" | "columns";

/** The widget a value of the parameter is edited with. */
export function fieldKind(param: Pick<ParamRules, "type" | "choices">): FieldKind {
  switch (param.type) {
    case "int":
    case "float":
      return "number";
    case "bool":
      return "checkbox";
    case "choice":
      return "select";
    case "text":
    case "code":
      return "textarea";
    case "columns":
      return "columns";
    default:
      return param.choices && param.choices.length > 0 ? "select" : "text";
  }
}

/** A typed value, or why the text is not one (phrased to follow the parameter's name). */
export type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

/** Parses "a, b ,, c" into ["a", "b", "c"]. */
export function parseColumns(raw: string): string[] {
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function inRange(param: ParamRules, n: number): Parsed {
  if (param.min != null && n < param.min) return { ok: false, error: `must be ≥ ${param.min}` };
  if (param.max != null && n > param.max) return { ok: false, error: `must be ≤ ${param.max}` };
  return { ok: true, value: n };
}

/**
 * The value of the parameter's type that `text` spells. Numbers, booleans,
 * choices and columns ignore surrounding blanks; text types keep the text as
 * typed. Empty text is read like any other (an error for numbers): whether an
 * empty field means "the default" is the form's decision.
 */
export function parseText(param: ParamRules, text: string): Parsed {
  const trimmed = text.trim();
  switch (fieldKind(param)) {
    case "number": {
      if (param.type === "int") {
        if (!/^[-+]?\d+$/.test(trimmed)) return { ok: false, error: "must be a whole number" };
        return inRange(param, Number(trimmed));
      }
      const n = Number(trimmed);
      if (trimmed === "" || !Number.isFinite(n)) return { ok: false, error: "must be a number" };
      return inRange(param, n);
    }
    case "checkbox":
      return { ok: true, value: trimmed === "true" };
    case "select": {
      const choices = param.choices ?? [];
      // A pipeline parameter of type choice lists no choices: the server checks
      // the value against the params it is bound to.
      if (choices.length === 0) return { ok: true, value: text };
      const choice = choices.find((c) => String(c) === trimmed);
      return choice === undefined ? { ok: false, error: "not one of the choices" } : { ok: true, value: choice };
    }
    case "columns":
      return { ok: true, value: parseColumns(trimmed) };
    case "text":
    case "textarea":
      return { ok: true, value: text };
  }
}

/** The text a field shows for a stored value (undefined and null show as empty). */
export function formatValue(param: Pick<ParamRules, "type" | "choices">, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (fieldKind(param) === "columns" && Array.isArray(value)) return value.map(String).join(", ");
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
