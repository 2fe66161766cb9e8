// The canvas's subscription to its pipeline's channel, reconnecting with backoff: it
// joins the presence list as soon as a connection opens and beats while it stays open,
// so a tab that is closed or loses its network drops off the others' headers.
import { backoffDelay } from "../realtime/backoff";
import { isPermanentClose, type WebSocketLike } from "../realtime/runSocket";
import { parseLiveMessage, type LiveClientMessage, type LiveMessage } from "./messages";

export interface PipelineSocketOptions {
  url: string;
  onMessage: (message: LiveMessage) => void;
  /** Called when a connection opens again after a lost one (saves may have been missed). */
  onReconnected?: () => void;
  /** Called when the connection is lost (the list of others is no longer known). */
  onLost?: () => void;
  createSocket?: (url: string) => WebSocketLike;
  random?: () => number;
}

const OPEN = 1;
const browserSocket = (url: string): WebSocketLike => new WebSocket(url) as unknown as WebSocketLike;

export function pipelineSocketUrl(location: Pick<Location, "protocol" | "host">, pipelineId: string | number): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/ws/pipelines/${encodeURIComponent(String(pipelineId))}/`;
}

export class PipelineSocket {
  private socket: WebSocketLike | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private beat: ReturnType<typeof setInterval> | null = null;
  private beatSeconds = 10;
  private attempt = 0;
  private everOpened = false;
  private stopped = false;
  private readonly options: PipelineSocketOptions;

  constructor(options: PipelineSocketOptions) {
    this.options = options;
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  close(): void {
    this.stopped = true;
    if (this.retry !== null) clearTimeout(this.retry);
    this.retry = null;
    this.stopBeating();
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      if (socket.readyState === OPEN) socket.send(JSON.stringify({ type: "leave" } satisfies LiveClientMessage));
      socket.onopen = socket.onmessage = socket.onerror = socket.onclose = null;
      socket.close(1000, "canvas closed");
    }
  }

  private send(message: LiveClientMessage): void {
    if (this.socket?.readyState === OPEN) this.socket.send(JSON.stringify(message));
  }

  private startBeating(): void {
    this.stopBeating();
    this.beat = setInterval(() => {
      this.send({ type: "heartbeat" });
    }, this.beatSeconds * 1000);
  }

  private stopBeating(): void {
    if (this.beat !== null) clearInterval(this.beat);
    this.beat = null;
  }

  private connect(): void {
    this.retry = null;
    if (this.stopped) return;
    let socket: WebSocketLike;
    try {
      socket = (this.options.createSocket ?? browserSocket)(this.options.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      const isReconnect = this.everOpened;
      this.everOpened = true;
      this.attempt = 0;
      this.send({ type: "join" });
      this.startBeating();
      if (isReconnect) this.options.onReconnected?.();
    };
    socket.onmessage = (event) => {
      if (typeof event.data !== "string") return;
      let raw: unknown;
      try {
        raw = JSON.parse(event.data);
      } catch {
        return;
      }
      const message = parseLiveMessage(raw);
      if (!message) return;
      if (message.type === "presence" && message.heartbeat_seconds !== this.beatSeconds) {
        this.beatSeconds = message.heartbeat_seconds;
        this.startBeating();
      }
      this.options.onMessage(message);
    };
    socket.onerror = () => {
      // A close event follows; reconnecting is handled there.
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.stopBeating();
      this.options.onLost?.();
      if (this.stopped || isPermanentClose(event.code)) {
        this.stopped = true;
        return;
      }
      this.scheduleReconnect();
    };
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    const delay = backoffDelay(this.attempt, this.options.random);
    this.attempt += 1;
    this.retry = setTimeout(() => {
      this.connect();
    }, delay);
  }
}
