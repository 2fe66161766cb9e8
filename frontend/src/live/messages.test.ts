import { describe, expect, it } from "vitest";
import { initials, othersPresent, parseLiveMessage, type PresentPerson } from "./messages";

const alice: PresentPerson = { connection: "a1", user_id: 1, username: "alice", name: "alice", role: "owner" };
const aliceAgain: PresentPerson = { ...alice, connection: "a2" };
const carol: PresentPerson = { connection: "c1", user_id: 3, username: "carol", name: "Carol Jones", role: "editor" };
const carolAgain: PresentPerson = { ...carol, connection: "c2" };

describe("pipeline channel messages", () => {
  it("reads presence and saves, and drops anything else", () => {
    expect(parseLiveMessage({ type: "presence", you: "a1", heartbeat_seconds: 10, people: [alice] })).toEqual({
      type: "presence",
      you: "a1",
      heartbeat_seconds: 10,
      people: [alice],
    });
    expect(
      parseLiveMessage({
        type: "pipeline.saved",
        pipeline_id: 7,
        revision: 4,
        saved_by: { user_id: 3, username: "carol", name: "Carol Jones" },
      }),
    ).toEqual({ type: "pipeline.saved", pipeline_id: 7, revision: 4, saved_by: { user_id: 3, username: "carol", name: "Carol Jones" } });
    expect(parseLiveMessage({ type: "run.status", run_id: 1, status: "running", seq: 3 })).toBeNull();
    expect(parseLiveMessage({ type: "presence", people: [{ username: "mallory" }] })).toBeNull();
    expect(parseLiveMessage({ type: "pipeline.saved", revision: "4" })).toBeNull();
    expect(parseLiveMessage(null)).toBeNull();
  });

  it("lists the others once each, leaving me (in every tab) out", () => {
    expect(othersPresent([alice, carol, aliceAgain, carolAgain], "a1")).toEqual([carol]);
    expect(othersPresent([alice, carol], null)).toEqual([alice, carol]);
    expect(othersPresent([alice], "a1")).toEqual([]);
  });

  it("makes initials from a name", () => {
    expect(initials("alice")).toBe("AL");
    expect(initials("Carol Jones")).toBe("CJ");
    expect(initials("jane.doe")).toBe("JD");
    expect(initials("  ")).toBe("?");
  });
});
