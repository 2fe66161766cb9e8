import { describe, expect, it } from "vitest";
import { formatNumber, formatValue } from "./format";

describe("formatNumber", () => {
  it("formats numbers compactly", () => {
    expect(formatNumber(0.947368421)).toBe("0.9474");
    expect(formatNumber(12)).toBe("12");
    expect(formatNumber(0.00001234)).toBe("1.23e-5");
    expect(formatNumber(null)).toBe("—");
    expect(formatNumber("setosa")).toBe("setosa");
  });

  it("prints any JSON value as short text", () => {
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
    expect(formatValue(true)).toBe("true");
  });
});
