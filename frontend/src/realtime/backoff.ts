export const BACKOFF_MIN_MS = 500;
export const BACKOFF_MAX_MS = 10_000;

/**
 * Delay before reconnect attempt `attempt` (0-based): 0.5 s, 1 s, 2 s, ... capped
 * at 10 s. Up to 20% jitter downwards keeps a restarted server from being hit by
 * every tab at the same instant; the result never leaves [min, max].
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const exp = BACKOFF_MIN_MS * 2 ** Math.max(0, Math.min(attempt, 30));
  const capped = Math.min(BACKOFF_MAX_MS, exp);
  const jittered = capped * (1 - 0.2 * random());
  return Math.round(Math.max(BACKOFF_MIN_MS, Math.min(BACKOFF_MAX_MS, jittered)));
}
