import type { Id } from "../api/types";

/** ws:// or wss:// on the page's own host, matching the page's protocol. */
export function runSocketUrl(location: Pick<Location, "protocol" | "host">, runId: Id): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/ws/runs/${encodeURIComponent(String(runId))}/`;
}
