// The one place that talks HTTP to the backend: same origin, session cookie,
// CSRF header on unsafe methods, JSON both ways, one error type.
import type { ValidationIssue } from "./types";

/** Every failed request becomes an ApiError; `issues` lists per-node problems. */
export class ApiError extends Error {
  readonly status: number;
  readonly issues: ValidationIssue[];
  readonly extra: Record<string, unknown>;

  constructor(
    message: string,
    status: number,
    issues: ValidationIssue[] = [],
    extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.issues = issues;
    this.extra = extra;
  }
}

/** Reads one cookie out of a `document.cookie` string. */
export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      return decodeURIComponent(part.slice(eq + 1).trim());
    }
  }
  return null;
}

/**
 * Turns an error response body into an ApiError. The backend's shape is
 * {"message": str, "extra": {"errors": [...]}}; DRF's {"detail": str} and
 * non-JSON bodies (a proxy's HTML page) are handled too.
 */
export function errorFromResponse(status: number, statusText: string, body: unknown): ApiError {
  const fallback = `${status} ${statusText}`.trim() || "Request failed";
  if (typeof body !== "object" || body === null) {
    return new ApiError(fallback, status);
  }
  const record = body as Record<string, unknown>;
  const message =
    typeof record.message === "string"
      ? record.message
      : typeof record.detail === "string"
        ? record.detail
        : fallback;
  const extra =
    typeof record.extra === "object" && record.extra !== null
      ? (record.extra as Record<string, unknown>)
      : {};
  const issues = Array.isArray(extra.errors)
    ? extra.errors.filter(
        (e: unknown): e is ValidationIssue =>
          typeof e === "object" &&
          e !== null &&
          typeof (e as Record<string, unknown>).message === "string",
      )
    : [];
  return new ApiError(message, status, issues, extra);
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  // A FormData body (a file upload) sets its own multipart Content-Type with the boundary.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers["Content-Type"] = "application/json";
  if (!SAFE_METHODS.has(method)) {
    const token = readCookie(document.cookie, "csrftoken");
    if (token) headers["X-CSRFToken"] = token;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: body === undefined ? null : form ? body : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw new ApiError("Network error: the server could not be reached", 0);
  }
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (!response.ok) {
    throw errorFromResponse(response.status, response.statusText, parsed);
  }
  return parsed as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>("GET", path, undefined, signal),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
};

/** Encodes one path segment (ids come from the page and the server, never trusted). */
export function seg(value: string | number): string {
  return encodeURIComponent(String(value));
}
