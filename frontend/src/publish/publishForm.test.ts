import { describe, expect, it } from "vitest";
import { endpointNameError, endpointPageUrl, publishedMessage, slugifyEndpointName } from "./publishForm";

describe("slugifyEndpointName", () => {
  it("turns a pipeline name into a name the server accepts", () => {
    expect(slugifyEndpointName("Churn model (v2)")).toBe("churn-model-v2");
    expect(slugifyEndpointName("  Titanic: binary classification  ")).toBe("titanic-binary-classification");
    expect(slugifyEndpointName("Régression — diabète")).toBe("regression-diabete");
    expect(slugifyEndpointName("---")).toBe("");
  });

  it("stays within 63 characters and never ends with a dash", () => {
    const long = slugifyEndpointName(`${"a".repeat(62)} b`);
    expect(long).toBe("a".repeat(62));
    expect(endpointNameError(slugifyEndpointName("x".repeat(100)))).toBeNull();
  });
});

describe("endpointNameError", () => {
  it("accepts what the server accepts and says why not otherwise", () => {
    expect(endpointNameError("train-2")).toBeNull();
    expect(endpointNameError("")).toBe("Give the endpoint a name.");
    expect(endpointNameError("Train")).toMatch(/Lower case letters/);
    expect(endpointNameError("-train")).toMatch(/starting with a letter or digit/);
    expect(endpointNameError("a".repeat(64))).toBe("At most 63 characters.");
  });
});

describe("what the dialog says and links to", () => {
  it("names the endpoint and version, and its page", () => {
    expect(publishedMessage("train", 3)).toBe("Published train version 3");
    expect(endpointPageUrl("train")).toBe("/pipeline-endpoints/train/");
  });
});
