import { describe, expect, it } from "vitest";
import {
  appendLogLines,
  applyLogHistory,
  EMPTY_LOG,
  MAX_LOG_LINES,
  mergeLogs,
  splitLogText,
} from "./logs";

describe("mergeLogs", () => {
  it("counts lines present in both the history and the stream once", () => {
    expect(mergeLogs(["a", "b", "c"], ["b", "c", "d"])).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps everything when nothing overlaps", () => {
    expect(mergeLogs(["a", "b"], ["c"])).toEqual(["a", "b", "c"]);
    expect(mergeLogs([], ["c"])).toEqual(["c"]);
    expect(mergeLogs(["a"], [])).toEqual(["a"]);
  });

  it("prefers the longest overlap", () => {
    expect(mergeLogs(["x", "x", "x"], ["x", "x", "y"])).toEqual(["x", "x", "x", "y"]);
  });
});

describe("applyLogHistory", () => {
  it("puts lines streamed during the fetch after the history", () => {
    const before = appendLogLines(EMPTY_LOG, ["old streamed"]);
    const atRequest = before.streamed;
    const during = appendLogLines(before, ["3", "4"]);
    const after = applyLogHistory(during, "1\n2\n3\n", atRequest);
    expect(after.lines).toEqual(["1", "2", "3", "4"]);
    expect(after.fetch).toBe("done");
  });
});

describe("splitLogText", () => {
  it("drops the final newline and handles CRLF", () => {
    expect(splitLogText("a\r\nb\n")).toEqual(["a", "b"]);
    expect(splitLogText("")).toEqual([]);
  });
});

describe("appendLogLines", () => {
  it("keeps at most MAX_LOG_LINES and counts what it dropped", () => {
    const many = Array.from({ length: MAX_LOG_LINES + 10 }, (_, i) => String(i));
    const buffer = appendLogLines(EMPTY_LOG, many);
    expect(buffer.lines).toHaveLength(MAX_LOG_LINES);
    expect(buffer.lines[0]).toBe("10");
    expect(buffer.dropped).toBe(10);
    expect(buffer.streamed).toBe(MAX_LOG_LINES + 10);
  });
});
