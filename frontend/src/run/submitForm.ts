// The submit dialog's pure logic: the pipeline parameters as typed text fields,
// and the text turned back into typed values (or per-field errors). The typing
// is graph/paramTypes, the same the node's parameter panel uses, so a promoted
// param is sent in the type it had on the node (columns as a list of names).
import { fieldKind as paramFieldKind, formatValue, parseText } from "../graph/paramTypes";
import type { PipelineParameter } from "../graph/types";

export type FieldKind = "number" | "checkbox" | "columns" | "text";

export function fieldKind(type: string): FieldKind {
  const kind = paramFieldKind({ type });
  return kind === "number" || kind === "checkbox" || kind === "columns" ? kind : "text";
}

/** Each parameter's default as the text its input starts with. */
export function initialTexts(parameters: readonly PipelineParameter[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const p of parameters) texts[p.name] = formatValue(p, p.default);
  return texts;
}

export interface ParsedParameters {
  values: Record<string, unknown>;
  errors: Record<string, string>;
}

/** Typed values for every parameter; a field that does not parse gets an error instead. */
export function parseParameters(
  parameters: readonly PipelineParameter[],
  texts: Readonly<Record<string, string>>,
): ParsedParameters {
  const values: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const p of parameters) {
    const result = parseText(p, texts[p.name] ?? "");
    if (result.ok) values[p.name] = result.value;
    else errors[p.name] = `${p.name} ${result.error}`;
  }
  return { values, errors };
}
