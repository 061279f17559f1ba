import { randomBytes } from "node:crypto";

/**
 * Who talks to whom in a run: written by the parent after seeding, read by the load generator (and
 * by the reference relay, which has no database to look members up in).
 */
export interface BenchClient {
  userId: string;
  /** Session token for the socket's `authenticate` (its SHA-256 is the stored session id). */
  token: string;
  deviceId: string;
}

export interface BenchConversation {
  id: string;
  kind: "pair" | "group";
  /** Indexes into clients. */
  members: number[];
}

export interface BenchPlan {
  clients: BenchClient[];
  conversations: BenchConversation[];
  /** Conversation indexes per client (what the client sends into, round robin). */
  conversationsOf: number[][];
}

/** How `clients` split: a share of them in support groups of `groupSize`, the rest in mentor-mentee pairs. */
export function planShape(clients: number, groupShare: number, groupSize: number) {
  const inGroups = Math.floor((clients * groupShare) / groupSize) * groupSize;
  const paired = clients - inGroups - ((clients - inGroups) % 2);
  return { paired, inGroups, groups: inGroups / groupSize, pairs: paired / 2 };
}

/** Random bytes as unpadded base64url, the encoding of every binary value in the protocol. */
export const randomB64 = (bytes: number) => randomBytes(bytes).toString("base64url");
