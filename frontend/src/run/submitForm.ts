// The submit dialog's pure logic: the pipeline parameters as typed text fields,
// and the text turned back into typed values (or per-field errors).
import type { PipelineParameter } from "../graph/types";

export type FieldKind = "number" | "checkbox" | "text";

export function fieldKind(type: string): FieldKind {
  if (type === "int" || type === "float") return "number";
  if (type === "bool") return "checkbox";
  return "text";
}

/** Each parameter's default as the text its input starts with. */
export function initialTexts(parameters: readonly PipelineParameter[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const p of parameters) {
    const value = p.default;
    texts[p.name] =
      value === null || value === undefined
        ? ""
        : typeof value === "string" || typeof value === "number" || typeof value === "boolean"
          ? String(value)
          : JSON.stringify(value);
  }
  return texts;
}

export interface ParsedParameters {
  values: Record<string, unknown>;
  errors: Record<string, string>;
}

function parseOne(type: string, text: string): { value: unknown } | { error: string } {
  const trimmed = text.trim();
  switch (type) {
    case "int": {
      if (!/^[-+]?\d+$/.test(trimmed)) return { error: "a whole number" };
      return { value: Number.parseInt(trimmed, 10) };
    }
    case "float": {
      const n = Number(trimmed);
      if (trimmed === "" || !Number.isFinite(n)) return { error: "a number" };
      return { value: n };
    }
    case "bool":
      return { value: trimmed === "true" };
    case "list":
    case "dict":
    case "json": {
      try {
        return { value: JSON.parse(trimmed) as unknown };
      } catch {
        return { error: "valid JSON" };
      }
    }
    default:
      return { value: text };
  }
}

/** Typed values for every parameter; a field that does not parse gets an error instead. */
export function parseParameters(
  parameters: readonly PipelineParameter[],
  texts: Readonly<Record<string, string>>,
): ParsedParameters {
  const values: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const p of parameters) {
    const result = parseOne(p.type, texts[p.name] ?? "");
    if ("error" in result) errors[p.name] = `${p.name} must be ${result.error}`;
    else values[p.name] = result.value;
  }
  return { values, errors };
}
