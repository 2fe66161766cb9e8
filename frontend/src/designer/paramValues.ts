// Pure conversion between a module param's value and the text (or checkbox)
// its form field shows. The form commits only values that coerce cleanly.
import type { ModuleParam } from "../api/types";

export type FieldKind = "number" | "checkbox" | "select" | "textarea" | "text" | "columns";

export function fieldKind(param: Pick<ModuleParam, "type" | "choices">): FieldKind {
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

/**
 * The outcome of reading a field: a value to store, `unset` (the field is
 * empty: drop the param so the module default applies) or an error to show.
 */
export type Coerced = { ok: true; value: unknown } | { ok: true; unset: true } | { ok: false; error: string };

function inRange(param: ModuleParam, n: number): Coerced {
  if (param.min != null && n < param.min) return { ok: false, error: `must be ≥ ${param.min}` };
  if (param.max != null && n > param.max) return { ok: false, error: `must be ≤ ${param.max}` };
  return { ok: true, value: n };
}

/** Parses "a, b ,, c" into ["a", "b", "c"]. */
export function parseColumns(raw: string): string[] {
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

export function coerceParam(param: ModuleParam, raw: string | boolean): Coerced {
  if (typeof raw === "boolean") return { ok: true, value: raw };
  const kind = fieldKind(param);
  const text = kind === "textarea" || kind === "text" ? raw : raw.trim();
  if (text === "" && kind !== "textarea" && kind !== "text") {
    return param.required ? { ok: false, error: "required" } : { ok: true, unset: true };
  }
  switch (kind) {
    case "number": {
      if (param.type === "int") {
        if (!/^[-+]?\d+$/.test(text)) return { ok: false, error: "must be a whole number" };
        return inRange(param, Number(text));
      }
      const n = Number(text);
      if (!Number.isFinite(n)) return { ok: false, error: "must be a number" };
      return inRange(param, n);
    }
    case "checkbox":
      return { ok: true, value: text === "true" };
    case "select": {
      const choice = (param.choices ?? []).find((c) => String(c) === text);
      return choice === undefined ? { ok: false, error: "not one of the choices" } : { ok: true, value: choice };
    }
    case "columns":
      return { ok: true, value: parseColumns(text) };
    case "text":
    case "textarea":
      if (text === "" && param.required) return { ok: false, error: "required" };
      return { ok: true, value: raw };
  }
}

/** The text a field shows for a stored value (undefined shows as empty). */
export function formatParam(param: ModuleParam, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (fieldKind(param) === "columns" && Array.isArray(value)) return value.map(String).join(", ");
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** The params after a field edit: set, or the key removed when unset. */
export function applyCoerced(
  params: Record<string, unknown>,
  name: string,
  coerced: Coerced,
): Record<string, unknown> {
  if (!coerced.ok) return params;
  if ("unset" in coerced) {
    if (!Object.hasOwn(params, name)) return params;
    const { [name]: _dropped, ...rest } = params;
    return rest;
  }
  if (Object.is(params[name], coerced.value)) return params;
  return { ...params, [name]: coerced.value };
}
