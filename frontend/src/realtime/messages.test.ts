import { describe, expect, it } from "vitest";
import { parseServerMessage } from "./messages";
import { runSocketUrl } from "./url";

describe("parseServerMessage", () => {
  it("accepts each message type", () => {
    const run = { id: 1, steps: [] };
    for (const message of [
      { type: "snapshot", seq: 1, run },
      { type: "step.status", seq: 2, run_id: 1, node_id: "n", status: "running" },
      { type: "step.log", seq: 3, run_id: 1, node_id: "n", lines: ["a"] },
      { type: "step.progress", seq: 4, run_id: 1, node_id: "n", progress: 0.3 },
      { type: "run.status", seq: 5, run_id: 1, status: "completed" },
      { type: "run.status", seq: 1, epoch: 1765000000000, run_id: 1, status: "completed" },
    ]) {
      expect(parseServerMessage(message)).toEqual(message);
    }
  });

  it("rejects malformed messages", () => {
    for (const raw of [
      null,
      "text",
      { type: "snapshot", run: { id: 1, steps: [] } },
      { type: "snapshot", seq: 1 },
      { type: "step.log", seq: 1, node_id: "n", lines: [1] },
      { type: "step.status", seq: 1, status: "running" },
      { type: "other", seq: 1 },
      { type: "snapshot", seq: 1, epoch: "1", run: { id: 1, steps: [] } },
    ]) {
      expect(parseServerMessage(raw)).toBeNull();
    }
  });
});

describe("runSocketUrl", () => {
  it("matches the page protocol and host", () => {
    expect(runSocketUrl({ protocol: "https:", host: "pw.example:8443" }, 12)).toBe(
      "wss://pw.example:8443/ws/runs/12/",
    );
    expect(runSocketUrl({ protocol: "http:", host: "localhost:8000" }, "a b")).toBe(
      "ws://localhost:8000/ws/runs/a%20b/",
    );
  });
});
