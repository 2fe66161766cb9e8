import { describe, expect, it } from "vitest";
import { freeSpot } from "./placement";

const size = { width: 200, height: 80 };

describe("where a node added from the keyboard goes", () => {
  it("takes the centre of an empty view", () => {
    expect(freeSpot({ x: 500, y: 300 }, size, [])).toEqual({ x: 500, y: 300 });
  });

  it("goes below a node already at the centre, clear of it", () => {
    const taken = [{ x: 400, y: 260, width: 200, height: 80 }];
    expect(freeSpot({ x: 500, y: 300 }, size, taken)).toEqual({ x: 500, y: 420 });
  });

  it("goes below every node stacked there", () => {
    const taken = [
      { x: 400, y: 260, width: 200, height: 80 },
      { x: 400, y: 364, width: 200, height: 80 },
    ];
    expect(freeSpot({ x: 500, y: 300 }, size, taken)).toEqual({ x: 500, y: 524 });
  });

  it("gives up and takes the centre when the column is full", () => {
    const wall = Array.from({ length: 20 }, (_, i) => ({ x: 400, y: 260 + i * 120, width: 200, height: 80 }));
    expect(freeSpot({ x: 500, y: 300 }, size, wall)).toEqual({ x: 500, y: 300 });
  });

  it("ignores nodes that are beside the spot, not on it", () => {
    const taken = [{ x: 0, y: 260, width: 200, height: 80 }];
    expect(freeSpot({ x: 500, y: 300 }, size, taken)).toEqual({ x: 500, y: 300 });
  });
});
