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
});
