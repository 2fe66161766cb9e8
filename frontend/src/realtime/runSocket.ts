// One websocket subscription to a run, reconnecting with exponential backoff.
// It only moves messages: what they mean (seq, gaps, snapshots) is decided by
// the pure reducer in run/runState.ts.
import { backoffDelay } from "./backoff";
import { parseServerMessage, type ClientMessage, type ServerMessage } from "./messages";

/** The subset of the browser WebSocket the client uses (a fake one in tests). */
export interface WebSocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

/** "reconnecting" is the state in which the page shows "Connection lost". */
export type ConnectionState = "idle" | "connecting" | "open" | "reconnecting" | "closed";

export interface RunSocketOptions {
  url: string;
  onMessage: (message: ServerMessage) => void;
  onStateChange: (state: ConnectionState) => void;
  /** Called when a connection opens after a lost one, before any message. */
  onReconnected?: () => void;
  /** Asked when the socket closes; false (e.g. the run has finished) stops here. */
  shouldReconnect?: () => boolean;
  createSocket?: (url: string) => WebSocketLike;
  random?: () => number;
}

const OPEN = 1;

// The browser's handlers take Event subtypes; ours read only `data` and `code`,
// which the real events carry, so the narrower interface is safe here.
const browserSocket = (url: string): WebSocketLike => new WebSocket(url) as unknown as WebSocketLike;

/**
 * Close codes 4400-4499 mean the server refused the subscription for good
 * (no such run, no access): reconnecting would only repeat the refusal.
 */
export function isPermanentClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}

export class RunSocket {
  private socket: WebSocketLike | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private everOpened = false;
  private stopped = false;
  private readonly options: RunSocketOptions;

  constructor(options: RunSocketOptions) {
    this.options = options;
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  /** Sends if connected; a message that cannot be sent is dropped (a reconnect resyncs). */
  send(message: ClientMessage): boolean {
    if (this.socket?.readyState !== OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  close(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onopen = socket.onmessage = socket.onerror = socket.onclose = null;
      socket.close(1000, "client closed");
    }
    this.options.onStateChange("closed");
  }

  private connect(): void {
    this.timer = null;
    if (this.stopped) return;
    const create = this.options.createSocket ?? browserSocket;
    let socket: WebSocketLike;
    try {
      socket = create(this.options.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    // Later attempts stay "reconnecting" until one opens, so the banner does not flicker.
    if (!this.everOpened && this.attempt === 0) this.options.onStateChange("connecting");

    socket.onopen = () => {
      const isReconnect = this.everOpened;
      this.everOpened = true;
      this.attempt = 0;
      this.options.onStateChange("open");
      if (isReconnect) {
        // Deltas were lost while disconnected: ask for a fresh snapshot.
        this.options.onReconnected?.();
        this.send({ type: "snapshot" });
      }
    };
    socket.onmessage = (event) => {
      if (typeof event.data !== "string") return;
      let raw: unknown;
      try {
        raw = JSON.parse(event.data);
      } catch {
        return;
      }
      const message = parseServerMessage(raw);
      if (message) this.options.onMessage(message);
    };
    socket.onerror = () => {
      // A close event always follows; reconnecting is handled there.
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.stopped) return;
      const again = this.options.shouldReconnect?.() ?? true;
      if (!again || isPermanentClose(event.code)) {
        this.stopped = true;
        this.options.onStateChange("closed");
        return;
      }
      this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.options.onStateChange("reconnecting");
    const delay = backoffDelay(this.attempt, this.options.random);
    this.attempt += 1;
    this.timer = setTimeout(() => {
      this.connect();
    }, delay);
  }
}
