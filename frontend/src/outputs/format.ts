// Values as the output viewers print them.

/** Any JSON value as short text: strings as they are, objects as JSON, null as a dash. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** Compact number for tables and labels: 0.9473, 1234.5, 1.2e-7. */
export function formatNumber(value: unknown, digits = 4): string {
  if (typeof value !== "number") return formatValue(value);
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) return value.toExponential(2);
  return String(Number(value.toPrecision(digits)));
}
