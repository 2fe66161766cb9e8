import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client";
import { importErrorText } from "./FileMenu";

describe("importErrorText", () => {
  it("lists each problem of a refused file under the message", () => {
    const err = new ApiError("the pipeline file is not valid", 400, [
      { node_id: null, port: null, param: null, message: "line 3, at colour: unknown key", severity: "error" },
    ]);
    expect(importErrorText(err)).toBe("the pipeline file is not valid\n• line 3, at colour: unknown key");
    expect(importErrorText(new Error("offline"))).toBe("offline");
  });
});
