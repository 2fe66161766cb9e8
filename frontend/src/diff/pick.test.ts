import { describe, expect, it } from "vitest";
import { togglePick } from "./pick";

describe("togglePick", () => {
  it("adds up to two and a third pick lets go of the oldest", () => {
    let picked = togglePick<number>([], 3);
    picked = togglePick(picked, 5);
    expect(picked).toEqual([3, 5]);
    expect(togglePick(picked, 7)).toEqual([5, 7]);
  });

  it("a second click on a pick takes it back", () => {
    expect(togglePick([3, 5], 3)).toEqual([5]);
  });
});
