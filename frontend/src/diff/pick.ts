// Picking two things to compare from a list: a third pick lets go of the oldest, so a
// pair is always one click away.

/** `picked` with `item` toggled, keeping at most `max` (the latest picks). */
export function togglePick<T>(picked: readonly T[], item: T, max = 2): T[] {
  if (picked.includes(item)) return picked.filter((p) => p !== item);
  return [...picked, item].slice(-max);
}
