import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeSocket } from "../test/fakeSocket";
import { BACKOFF_MAX_MS, BACKOFF_MIN_MS, backoffDelay } from "./backoff";
import type { ServerMessage } from "./messages";
import { RunSocket, type ConnectionState, type RunSocketOptions } from "./runSocket";

function setup(overrides: Partial<RunSocketOptions> = {}) {
  const messages: ServerMessage[] = [];
  const states: ConnectionState[] = [];
  const reconnected = vi.fn();
  const socket = new RunSocket({
    url: "ws://example.test/ws/runs/5/",
    onMessage: (m) => messages.push(m),
    onStateChange: (s) => states.push(s),
    onReconnected: reconnected,
    createSocket: (url) => new FakeSocket(url),
    random: () => 0,
    ...overrides,
  });
  socket.start();
  return { socket, messages, states, reconnected };
}

beforeEach(() => {
  FakeSocket.reset();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("RunSocket", () => {
  it("connects and passes on valid messages only", () => {
    const { messages, states } = setup();
    const ws = FakeSocket.last();
    expect(ws.url).toBe("ws://example.test/ws/runs/5/");
    ws.open();
    ws.receive({ type: "run.status", seq: 1, run_id: 5, status: "running" });
    ws.receive({ type: "mystery", seq: 2 });
    ws.onmessage?.({ data: "not json" });
    expect(messages).toEqual([{ type: "run.status", seq: 1, run_id: 5, status: "running" }]);
    expect(states).toEqual(["connecting", "open"]);
  });

  it("reconnects with growing delays and asks for a snapshot once back", () => {
    const { states, reconnected } = setup();
    FakeSocket.last().open();
    FakeSocket.last().drop();
    expect(states.at(-1)).toBe("reconnecting");

    vi.advanceTimersByTime(BACKOFF_MIN_MS - 1);
    expect(FakeSocket.instances).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.instances).toHaveLength(2);

    FakeSocket.last().drop(); // the second try fails too: wait twice as long
    vi.advanceTimersByTime(2 * BACKOFF_MIN_MS - 1);
    expect(FakeSocket.instances).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.instances).toHaveLength(3);
    expect(states.filter((s) => s === "connecting")).toHaveLength(1);

    FakeSocket.last().open();
    expect(reconnected).toHaveBeenCalledTimes(1);
    expect(FakeSocket.last().sent).toEqual([{ type: "snapshot" }]);
    expect(states.at(-1)).toBe("open");
  });

  it("does not ask for a snapshot on the first connection", () => {
    const { reconnected } = setup();
    FakeSocket.last().open();
    expect(FakeSocket.last().sent).toEqual([]);
    expect(reconnected).not.toHaveBeenCalled();
  });

  it("stops when told not to reconnect", () => {
    const { states } = setup({ shouldReconnect: () => false });
    FakeSocket.last().open();
    FakeSocket.last().drop();
    vi.advanceTimersByTime(BACKOFF_MAX_MS * 2);
    expect(FakeSocket.instances).toHaveLength(1);
    expect(states.at(-1)).toBe("closed");
  });

  it("stops on a permanent refusal from the server", () => {
    setup();
    FakeSocket.last().drop(4404);
    vi.advanceTimersByTime(BACKOFF_MAX_MS * 2);
    expect(FakeSocket.instances).toHaveLength(1);
  });

  it("closes for good when closed by the client", () => {
    const { socket, states } = setup();
    FakeSocket.last().open();
    socket.close();
    expect(FakeSocket.last().closedByClient).toBe(true);
    vi.advanceTimersByTime(BACKOFF_MAX_MS * 2);
    expect(FakeSocket.instances).toHaveLength(1);
    expect(states.at(-1)).toBe("closed");
  });

  it("cancels a pending reconnect when closed", () => {
    const { socket } = setup();
    FakeSocket.last().drop();
    socket.close();
    vi.advanceTimersByTime(BACKOFF_MAX_MS * 2);
    expect(FakeSocket.instances).toHaveLength(1);
  });

  it("does not send while disconnected", () => {
    const { socket } = setup();
    expect(socket.send({ type: "snapshot" })).toBe(false);
  });
});

describe("backoffDelay", () => {
  it("doubles from 0.5 s and stops at 10 s", () => {
    const none = () => 0;
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((a) => backoffDelay(a, none))).toEqual([
      500, 1000, 2000, 4000, 8000, 10000, 10000, 10000,
    ]);
  });

  it("stays within bounds with jitter", () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const d = backoffDelay(attempt, () => 0.999);
      expect(d).toBeGreaterThanOrEqual(BACKOFF_MIN_MS);
      expect(d).toBeLessThanOrEqual(BACKOFF_MAX_MS);
    }
  });
});
