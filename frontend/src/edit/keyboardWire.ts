// Drawing a wire from the keyboard: Enter on one port picks it as the wire's start,
// Enter on a port of the other side finishes the wire. A pure step function, so the
// rules are tested without a browser; the canvas keeps the picked port in a store.
import type { Connection } from "@xyflow/react";
import type { WireStart } from "../graph/edit";

export interface PortRef {
  nodeId: string;
  port: string;
  side: "in" | "out";
}

export type KeyWireStep =
  /** This port is now the wire's start (a second port of the same side replaces the first). */
  | { kind: "start"; from: PortRef }
  /** The picked port was picked again: no wire. */
  | { kind: "cancel" }
  /** An output and an input: the wire to add, output first. */
  | { kind: "connect"; connection: Connection };

export function samePort(a: PortRef, b: PortRef): boolean {
  return a.nodeId === b.nodeId && a.port === b.port && a.side === b.side;
}

export function pickPort(pending: PortRef | null, picked: PortRef): KeyWireStep {
  if (pending === null || pending.side === picked.side) {
    if (pending !== null && samePort(pending, picked)) return { kind: "cancel" };
    return { kind: "start", from: picked };
  }
  const [out, into] = pending.side === "out" ? [pending, picked] : [picked, pending];
  return {
    kind: "connect",
    connection: { source: out.nodeId, sourceHandle: out.port, target: into.nodeId, targetHandle: into.port },
  };
}

/** The picked port in the shape the drag hints use, so ports light up the same way. */
export function asWireStart(ref: PortRef): WireStart {
  return { nodeId: ref.nodeId, handleId: ref.port, type: ref.side === "out" ? "source" : "target" };
}

/** What a screen reader hears after a pick. */
export function announcePick(step: KeyWireStep, title: (nodeId: string) => string): string {
  switch (step.kind) {
    case "cancel":
      return "Wire cancelled.";
    case "start": {
      const { nodeId, port, side } = step.from;
      const other = side === "out" ? "an input" : "an output";
      return `Wire from ${title(nodeId)} ${port}. Move to ${other} and press Enter; Escape cancels.`;
    }
    case "connect": {
      const c = step.connection;
      return `Wired ${title(c.source)} ${c.sourceHandle ?? ""} to ${title(c.target)} ${c.targetHandle ?? ""}.`;
    }
  }
}
