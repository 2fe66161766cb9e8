// Where a node added from the keyboard (Enter on a palette item) goes: the centre of
// the view, or below it when a node is already there, so nodes added one after
// another never stack on each other and hide each other's ports.
import type { Rect } from "./clipboard";

export interface Size {
  width: number;
  height: number;
}

// Room between stacked nodes; also absorbs a new node measuring taller than guessed.
const GAP = 40;
const TRIES = 12;

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The centre for a new node of `size`: `centre` if that spot is free, else the first
 * free spot straight below it, just under whatever node is in the way (`centre` when
 * the first few spots are all taken). */
export function freeSpot(centre: { x: number; y: number }, size: Size, taken: readonly Rect[]): { x: number; y: number } {
  let y = centre.y;
  for (let i = 0; i < TRIES; i += 1) {
    const box = { x: centre.x - size.width / 2, y: y - size.height / 2, width: size.width, height: size.height };
    const hit = taken.find((r) => overlaps(r, box));
    if (!hit) return { x: centre.x, y };
    y = hit.y + hit.height + GAP + size.height / 2;
  }
  return centre;
}
