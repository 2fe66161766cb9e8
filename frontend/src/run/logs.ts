// Pure helpers for a step's log: lines streamed over the websocket plus the
// history fetched from GET /api/runs/{id}/steps/{node}/logs/.
import type { LogSource } from "../api/types";

/** Lines kept per step; older ones are dropped (the full log stays on the server). */
export const MAX_LOG_LINES = 5000;

export type LogFetchState = "none" | "loading" | "done";

export interface LogBuffer {
  readonly lines: readonly string[];
  /** Lines dropped from the front to stay under MAX_LOG_LINES. */
  readonly dropped: number;
  /** Count of lines ever streamed for this step (never decreases). */
  readonly streamed: number;
  /** Whether the history has been fetched since the last (re)sync. */
  readonly fetch: LogFetchState;
  /** For a reused step: the run whose log this is (the one that made the output). */
  readonly source: LogSource | null;
}

export const EMPTY_LOG: LogBuffer = { lines: [], dropped: 0, streamed: 0, fetch: "none", source: null };

export function splitLogText(text: string): string[] {
  if (!text) return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function capped(lines: readonly string[], dropped: number): Pick<LogBuffer, "lines" | "dropped"> {
  if (lines.length <= MAX_LOG_LINES) return { lines, dropped };
  const extra = lines.length - MAX_LOG_LINES;
  return { lines: lines.slice(extra), dropped: dropped + extra };
}

export function appendLogLines(buffer: LogBuffer, newLines: readonly string[]): LogBuffer {
  if (newLines.length === 0) return buffer;
  return {
    ...buffer,
    ...capped([...buffer.lines, ...newLines], buffer.dropped),
    streamed: buffer.streamed + newLines.length,
  };
}

/**
 * Joins a fetched history with lines streamed while it was being fetched. The
 * server may or may not have included those lines in the history, so the longest
 * overlap (suffix of the history equal to a prefix of the streamed lines) is
 * counted once: nothing is lost and nothing shows twice.
 */
export function mergeLogs(history: readonly string[], streamed: readonly string[]): string[] {
  const max = Math.min(history.length, streamed.length);
  for (let k = max; k > 0; k--) {
    let same = true;
    for (let i = 0; i < k; i++) {
      if (history[history.length - k + i] !== streamed[i]) {
        same = false;
        break;
      }
    }
    if (same) return [...history, ...streamed.slice(k)];
  }
  return [...history, ...streamed];
}

/**
 * Applies a fetched history. `streamedAtRequest` is `buffer.streamed` when the
 * request was sent; lines streamed after that are kept after the history.
 */
export function applyLogHistory(
  buffer: LogBuffer,
  text: string,
  streamedAtRequest: number,
  source: LogSource | null = null,
): LogBuffer {
  const since = Math.max(0, buffer.streamed - streamedAtRequest);
  const streamedSince = since === 0 ? [] : buffer.lines.slice(-since);
  return {
    ...buffer,
    ...capped(mergeLogs(splitLogText(text), streamedSince), 0),
    fetch: "done",
    source,
  };
}

/** The label over a reused step's log, which is the log of the run that made its output. */
export function logSourceLabel(source: LogSource | null): string | null {
  return source ? `Log of run #${source.number}, which made this output` : null;
}
