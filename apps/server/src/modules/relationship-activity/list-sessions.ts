import type { MentoringSession, MentoringSessionListResponse } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { loadPair } from "./membership.js";
import { readAllSessions, readSession } from "./read-sessions.js";

export async function listSessionsOf(
  db: Db,
  now: Date,
  userId: string,
  relationshipId: string,
): Promise<MentoringSessionListResponse> {
  const pair = await loadPair(db, relationshipId, userId);
  return { sessions: await readAllSessions(db, pair, now), canWrite: pair.canWrite };
}

export async function getSession(
  db: Db,
  now: Date,
  userId: string,
  ids: { relationshipId: string; sessionId: string },
): Promise<MentoringSession> {
  const pair = await loadPair(db, ids.relationshipId, userId);
  return readSession(db, pair, ids.sessionId, now);
}

/** The label of the session on one member's clock, for notices. */
export function labelFor(session: MentoringSession, memberId: string): string {
  return session.times.find((t) => t.member.id === memberId)?.label ?? session.startsAt;
}
