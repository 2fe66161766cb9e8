import { describe, expect, it } from "vitest";
import {
  deployedMessage,
  isRealtimeInferencePipeline,
  publishedAsLinks,
  realtimeEndpointPageUrl,
} from "./deployForm";

describe("isRealtimeInferencePipeline", () => {
  it("is true only for a graph with a web service input", () => {
    expect(isRealtimeInferencePipeline(["trained_model", "web_service_input", "score_model"])).toBe(true);
    expect(isRealtimeInferencePipeline(["sample_dataset", "train_model", "web_service_output"])).toBe(false);
    expect(isRealtimeInferencePipeline([])).toBe(false);
  });
});

describe("what the Deploy dialog says and links to", () => {
  it("names the endpoint, version and whether callers get it", () => {
    expect(deployedMessage("titanic", 1, true)).toBe("Deployed titanic version 1 (live)");
    expect(deployedMessage("titanic", 2, false)).toBe("Deployed titanic version 2 (not live)");
    expect(realtimeEndpointPageUrl("titanic")).toBe("/endpoints/titanic/");
  });
});

describe("publishedAsLinks", () => {
  it("labels each endpoint with its version and links its page", () => {
    expect(
      publishedAsLinks([
        { endpoint: "nightly", version: 3 },
        { endpoint: "train", version: 1 },
      ]),
    ).toEqual([
      { label: "nightly (v3)", href: "/pipeline-endpoints/nightly/" },
      { label: "train (v1)", href: "/pipeline-endpoints/train/" },
    ]);
    expect(publishedAsLinks([])).toEqual([]);
  });
});
