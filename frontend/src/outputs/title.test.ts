import { describe, expect, it } from "vitest";
import { outputDialogTitle, portTitle } from "./title";

describe("output dialog titles", () => {
  it("name the output, the node and the run", () => {
    expect(outputDialogTitle("metrics", "Evaluate Model", 3)).toBe("Metrics — Evaluate Model, run #3");
  });

  it("turn a port's slug into words", () => {
    expect(portTitle("scored_dataset")).toBe("Scored dataset");
    expect(outputDialogTitle("results_dataset", "My script", 12)).toBe("Results dataset — My script, run #12");
  });

  it("still name the node when the run's number is not known yet", () => {
    expect(outputDialogTitle("model", "Train", null)).toBe("Model — Train, this run");
  });
});
