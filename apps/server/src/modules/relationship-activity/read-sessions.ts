import type { MentoringSession } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { notFound } from "../../lib/errors.js";
import type { Pair } from "./membership.js";
import { findTimeZones } from "./membership-repository.js";
import { listAttendance, listLatestSummaries, listOwnNotes } from "./session-records-repository.js";
import { presentSession } from "./sessions-presenter.js";
import { findSession, listSessionRows, type SessionRow } from "./sessions-repository.js";

/** Sessions as the viewer (pair.you) sees them: both clocks, attendance, summary, and only their own notes. */
export async function presentSessions(
  db: Db,
  pair: Pair,
  rows: readonly SessionRow[],
  now: Date,
): Promise<MentoringSession[]> {
  const ids = rows.map((r) => r.id);
  const extras = {
    zones: await findTimeZones(db, [pair.mentee.id, pair.mentor.id]),
    attendance: await listAttendance(db, ids),
    summaries: await listLatestSummaries(db, ids),
    notes: await listOwnNotes(db, pair.you.id, ids),
  };
  return rows.map((row) => presentSession(pair, row, extras, now));
}

export async function readAllSessions(db: Db, pair: Pair, now: Date): Promise<MentoringSession[]> {
  return presentSessions(db, pair, await listSessionRows(db, pair.id), now);
}

export async function readSession(db: Db, pair: Pair, sessionId: string, now: Date): Promise<MentoringSession> {
  const row = await findSession(db, pair.id, sessionId);
  if (!row) throw notFound("Session");
  const [session] = await presentSessions(db, pair, [row], now);
  if (!session) throw notFound("Session");
  return session;
}

/** The session row, or 404: for actions that change it. */
export async function requireSession(db: Db, pair: Pair, sessionId: string): Promise<SessionRow> {
  const row = await findSession(db, pair.id, sessionId);
  if (!row) throw notFound("Session");
  return row;
}
