import { describe, expect, it } from "vitest";
import { runHeadline, runToFollowOnOpen } from "./headline";

describe("runHeadline", () => {
  it("names the shown run and its state", () => {
    expect(runHeadline("12", { number: 4, status: "running" }, { id: 12, number: 4, status: "queued" })).toEqual({
      number: 4,
      status: "running",
      text: "running",
      shown: true,
    });
  });

  it("names the latest run while its state is on the way", () => {
    const headline = runHeadline("12", null, { id: 12, number: 4, status: "running" });
    expect(headline).toMatchObject({ number: 4, status: "loading", text: "connecting…" });
  });

  it("names the latest run when none is shown, and says not run yet only when there is none", () => {
    expect(runHeadline(null, null, { id: 9, number: 2, status: "failed" })).toEqual({
      number: 2,
      status: "failed",
      text: "failed",
      shown: false,
    });
    expect(runHeadline(null, null, null)).toMatchObject({ number: null, status: "idle", text: "not run yet" });
  });
});

describe("runToFollowOnOpen", () => {
  it("follows a latest run that is still in flight, not a finished one", () => {
    expect(runToFollowOnOpen({ id: 5, number: 3, status: "running" })).toBe(5);
    expect(runToFollowOnOpen({ id: 5, number: 3, status: "queued" })).toBe(5);
    expect(runToFollowOnOpen({ id: 5, number: 3, status: "completed" })).toBeNull();
    expect(runToFollowOnOpen({ id: 5, number: 3, status: "canceled" })).toBeNull();
    expect(runToFollowOnOpen(null)).toBeNull();
  });
});
