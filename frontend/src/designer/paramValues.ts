// A module param's form field: the text it shows for the node's value, and the
// value an edit commits. The form commits only values that coerce cleanly. The
// typing itself is graph/paramTypes, shared with the submit dialog.
import type { ModuleParam } from "../api/types";
import { fieldKind, formatValue, parseText } from "../graph/paramTypes";

export { fieldKind, parseColumns, type FieldKind } from "../graph/paramTypes";

/**
 * The outcome of reading a field: a value to store, `unset` (the field is
 * empty: drop the param so the module default applies) or an error to show.
 */
export type Coerced = { ok: true; value: unknown } | { ok: true; unset: true } | { ok: false; error: string };

export function coerceParam(param: ModuleParam, raw: string | boolean): Coerced {
  if (typeof raw === "boolean") return { ok: true, value: raw };
  const kind = fieldKind(param);
  if (kind === "textarea" || kind === "text") {
    // Empty text is a value of a text param (unless it is required).
    if (raw === "" && param.required) return { ok: false, error: "required" };
  } else if (raw.trim() === "") {
    return param.required ? { ok: false, error: "required" } : { ok: true, unset: true };
  }
  return parseText(param, raw);
}

/** The text a field shows for a stored value (undefined shows as empty). */
export function formatParam(param: ModuleParam, value: unknown): string {
  return formatValue(param, value);
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
