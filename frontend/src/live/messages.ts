// Messages of the pipeline channel, WS /ws/pipelines/{id}/ (api/consumers.py
// PipelineConsumer) that the canvas reads: who else has the pipeline open, and a save
// made by anyone. Anything else on the channel (run status for run lists) is dropped.

/** One open canvas. The server says who it is; the client cannot. */
export interface PresentPerson {
  connection: string;
  user_id: number;
  username: string;
  name: string;
  role: string;
}

export interface PresenceMessage {
  type: "presence";
  /** This connection's own entry, once joined. */
  you: string | null;
  heartbeat_seconds: number;
  people: PresentPerson[];
}

export interface SavedBy {
  user_id: number;
  username: string;
  name: string;
}

export interface SavedMessage {
  type: "pipeline.saved";
  pipeline_id: number;
  revision: number;
  saved_by: SavedBy;
}

export type LiveMessage = PresenceMessage | SavedMessage;

/** What the canvas sends: join once connected, then a heartbeat to stay listed. */
export interface LiveClientMessage {
  type: "join" | "heartbeat" | "leave";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function person(raw: unknown): PresentPerson | null {
  if (!isRecord(raw)) return null;
  const { connection, user_id, username, name, role } = raw;
  if (typeof connection !== "string" || typeof user_id !== "number") return null;
  if (typeof username !== "string" || typeof name !== "string" || typeof role !== "string") return null;
  return { connection, user_id, username, name, role };
}

export function parseLiveMessage(raw: unknown): LiveMessage | null {
  if (!isRecord(raw)) return null;
  if (raw.type === "presence" && Array.isArray(raw.people)) {
    const people = raw.people.map(person);
    if (people.some((p) => p === null)) return null;
    const beat = typeof raw.heartbeat_seconds === "number" && raw.heartbeat_seconds > 0 ? raw.heartbeat_seconds : 10;
    return {
      type: "presence",
      you: typeof raw.you === "string" ? raw.you : null,
      heartbeat_seconds: beat,
      people: people as PresentPerson[],
    };
  }
  if (raw.type === "pipeline.saved" && typeof raw.revision === "number" && Number.isInteger(raw.revision)) {
    const by = isRecord(raw.saved_by) ? raw.saved_by : {};
    return {
      type: "pipeline.saved",
      pipeline_id: typeof raw.pipeline_id === "number" ? raw.pipeline_id : 0,
      revision: raw.revision,
      saved_by: {
        user_id: typeof by.user_id === "number" ? by.user_id : 0,
        username: typeof by.username === "string" ? by.username : "",
        name: typeof by.name === "string" ? by.name : "someone",
      },
    };
  }
  return null;
}

/** The others on the pipeline, one entry per person (two tabs of one person are one), by name. */
export function othersPresent(people: readonly PresentPerson[], you: string | null): PresentPerson[] {
  const mine = people.find((p) => p.connection === you);
  const seen = new Set<number>();
  const others: PresentPerson[] = [];
  for (const p of people) {
    if (p.connection === you || (mine !== undefined && p.user_id === mine.user_id) || seen.has(p.user_id)) continue;
    seen.add(p.user_id);
    others.push(p);
  }
  return others;
}

/** "AL" for "alice", "JD" for "Jane Doe". */
export function initials(name: string): string {
  const words = name.trim().split(/[\s._-]+/).filter(Boolean);
  if (words.length === 0) return "?";
  if (words.length === 1) return (words[0] ?? "?").slice(0, 2).toUpperCase();
  return ((words[0]?.[0] ?? "") + (words.at(-1)?.[0] ?? "")).toUpperCase();
}
