import { describe, expect, it } from "vitest";
import {
  elapsedSince,
  errorSummary,
  formatElapsed,
  reasonSummary,
  reuseSource,
  STATUS_COLORS,
  STATUS_ICONS,
  statusIcon,
  statusLabel,
} from "./status";

describe("status icons and labels", () => {
  it("gives every status its own icon and colour", () => {
    const statuses = Object.keys(STATUS_COLORS);
    expect(Object.keys(STATUS_ICONS).sort()).toEqual(statuses.sort());
    const shown = ["queued", "running", "completed", "reused", "failed", "skipped", "canceled"] as const;
    expect(new Set(shown.map(statusIcon)).size).toBe(shown.length);
    expect(new Set(shown.map((s) => STATUS_COLORS[s])).size).toBe(shown.length);
  });

  it("shows progress only while running", () => {
    expect(statusLabel("running", 0.456)).toBe("running 46%");
    expect(statusLabel("running", 0)).toBe("running");
    expect(statusLabel("completed", 1)).toBe("completed");
  });
});

describe("formatElapsed", () => {
  it("ticks in minutes and seconds, hours when needed", () => {
    expect(formatElapsed(0)).toBe("0:00");
    expect(formatElapsed(7_900)).toBe("0:07");
    expect(formatElapsed(125_000)).toBe("2:05");
    expect(formatElapsed(3_723_000)).toBe("1:02:03");
    expect(formatElapsed(-5)).toBe("0:00");
  });

  it("measures from a start time, not from garbage", () => {
    const now = Date.parse("2026-01-01T00:01:00Z");
    expect(elapsedSince("2026-01-01T00:00:30Z", now)).toBe(30_000);
    expect(elapsedSince(null, now)).toBeNull();
    expect(elapsedSince("yesterday-ish", now)).toBeNull();
    expect(elapsedSince("2026-01-01T00:02:00Z", now)).toBe(0);
  });
});

describe("summaries", () => {
  it("keeps the first reason and the last line of an error", () => {
    expect(reasonSummary("param fraction 0.7 → 0.8; input dataset changed")).toBe("param fraction 0.7 → 0.8");
    expect(reasonSummary("x".repeat(100), 10)).toBe(`${"x".repeat(9)}…`);
    expect(reasonSummary(null)).toBe("");
    expect(reuseSource("reused the result of run #12: module, code, parameters and inputs unchanged")).toBe(
      "from run #12",
    );
    expect(reuseSource("something else entirely, and at length too")).toBe("something else entirely, and at length …");
    expect(errorSummary("Traceback\n  File x\nValueError: bad")).toBe("ValueError: bad");
  });
});
