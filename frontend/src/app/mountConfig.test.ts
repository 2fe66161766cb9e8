import { describe, expect, it } from "vitest";
import { readMountConfig } from "./mountConfig";

describe("readMountConfig", () => {
  it("reads the designer page with an optional run", () => {
    expect(readMountConfig({ page: "designer", pipelineId: "7" })).toEqual({
      page: "designer",
      pipelineId: "7",
      runId: null,
    });
    expect(readMountConfig({ page: "designer", pipelineId: "7", runId: "12" })).toMatchObject({ runId: "12" });
  });

  it("treats an empty run id as none", () => {
    expect(readMountConfig({ page: "designer", pipelineId: "7", runId: "" })).toMatchObject({ runId: null });
  });

  it("reports a missing pipeline or an unknown page", () => {
    expect(readMountConfig({ page: "designer" }).page).toBe("unknown");
    expect(readMountConfig({ page: "elsewhere", pipelineId: "1" })).toEqual({
      page: "unknown",
      error: 'Unknown page "elsewhere".',
    });
  });

  it("reads the compare page with its experiment and runs", () => {
    expect(readMountConfig({ page: "compare", experimentId: "4", runIds: "7, 9" })).toEqual({
      page: "compare",
      experimentId: "4",
      runIds: [7, 9],
    });
    expect(readMountConfig({ page: "compare", experimentId: "4", runIds: "7" }).page).toBe("unknown");
    expect(readMountConfig({ page: "compare", runIds: "7,9" }).page).toBe("unknown");
  });
});
