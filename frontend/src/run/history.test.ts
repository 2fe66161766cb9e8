import { describe, expect, it } from "vitest";
import type { RunListItem } from "../api/types";
import { formatDuration, formatMetric, formatStarted, runRow, triggerLabel } from "./history";

const NOW = Date.parse("2026-03-01T12:00:00Z");

describe("formatDuration", () => {
  it("reads well at every scale", () => {
    expect(formatDuration("2026-03-01T11:59:59.600Z", "2026-03-01T12:00:00Z", NOW)).toBe("0.4 s");
    expect(formatDuration("2026-03-01T11:59:48Z", "2026-03-01T12:00:00Z", NOW)).toBe("12 s");
    expect(formatDuration("2026-03-01T11:56:55Z", "2026-03-01T12:00:00Z", NOW)).toBe("3 min 05 s");
    expect(formatDuration("2026-03-01T10:58:00Z", "2026-03-01T12:00:00Z", NOW)).toBe("1 h 02 min");
  });

  it("counts to now while running and says nothing before the start", () => {
    expect(formatDuration("2026-03-01T11:59:30Z", null, NOW)).toBe("30 s");
    expect(formatDuration(null, null, NOW)).toBeNull();
  });
});

describe("formatStarted", () => {
  it("is relative when recent", () => {
    expect(formatStarted("2026-03-01T11:59:30Z", NOW)).toBe("just now");
    expect(formatStarted("2026-03-01T11:55:00Z", NOW)).toBe("5 min ago");
    expect(formatStarted("2026-03-01T09:00:00Z", NOW)).toBe("3 h ago");
    expect(formatStarted("2026-02-01T09:30:00Z", NOW)).toBe("2026-02-01 09:30");
  });
});

describe("runRow", () => {
  const run: RunListItem = {
    id: 9,
    pipeline: 1,
    pipeline_name: "p",
    number: 3,
    status: "completed",
    experiment: "",
    trigger: "schedule",
    schedule: { id: 4, name: "nightly" },
    created_by: "alice",
    created_at: "2026-03-01T11:50:00Z",
    started_at: "2026-03-01T11:50:00Z",
    finished_at: "2026-03-01T11:50:20Z",
  };

  it("formats a finished run", () => {
    expect(runRow(run, NOW)).toEqual({
      id: "9",
      number: "#3",
      status: "completed",
      experiment: "—",
      experimentHref: null,
      metric: "—",
      started: "10 min ago",
      duration: "20 s",
      who: "alice",
      trigger: { kind: "schedule", label: "Schedule", detail: "nightly", title: "Started by the schedule nightly" },
      resumedFrom: null,
    });
  });

  it("names and links the run a resumed run went on from", () => {
    const row = runRow({ ...run, resumed_from: 8, resumed_from_number: 2 }, NOW);
    expect(row.resumedFrom).toEqual({ label: "resumed from #2", href: "/runs/8/" });
    expect(runRow({ ...run, resumed_from: null }, NOW).resumedFrom).toBeNull();
  });

  it("shows the main metric and links the experiment", () => {
    const row = runRow(
      { ...run, experiment: "tuning", experiment_id: 7, main_metric: { name: "auc", value: 0.912345, node_id: "e" } },
      NOW,
    );
    expect(row.metric).toBe("auc 0.9123");
    expect(row.experimentHref).toBe("/experiments/7/");
    expect(formatMetric(42)).toBe("42");
  });

  it("says a running run's duration is so far", () => {
    expect(runRow({ ...run, status: "running", finished_at: null }, NOW).duration).toBe("10 min 00 s so far");
  });
});

describe("triggerLabel", () => {
  it("says in words what started the run", () => {
    expect(triggerLabel({})).toMatchObject({ kind: "manual", label: "Manual", detail: "" });
    expect(triggerLabel({ trigger: "manual" }).title).toBe("Started by hand (the canvas or the API)");
    expect(
      triggerLabel({ trigger: "endpoint", published_version: { endpoint: "train", version: 2 }, schedule: null }),
    ).toEqual({
      kind: "endpoint",
      label: "Endpoint",
      detail: "train v2",
      title: "Started by a call to pipeline endpoint train (version 2)",
    });
    expect(triggerLabel({ trigger: "schedule", schedule: { id: 1, name: "nightly" } })).toMatchObject({
      label: "Schedule",
      detail: "nightly",
      title: "Started by the schedule nightly",
    });
    expect(triggerLabel({ trigger: "dataset", schedule: null })).toMatchObject({
      label: "Dataset",
      title: "Started by a new dataset version",
    });
  });
});
