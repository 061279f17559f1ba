import { type Selectable, sql } from "kysely";
import type { Db } from "../../db/database.js";
import type { SafetyReportsTable } from "../../db/schema.js";

export type SafetyReportRow = Selectable<SafetyReportsTable>;
export type NamedReportRow = SafetyReportRow & { reporter_name: string | null; subject_name: string | null };
export type ReportStatus = SafetyReportRow["status"];

/** A stored event as franking needs it: its commitment, epoch and who sent it when. */
export interface CommittedEventRow {
  seq: number;
  kind: string;
  epoch: number | null;
  commitment: string | null;
  sender_id: string | null;
  sender_name: string | null;
  created_at: Date;
}

export async function findEventsBySeq(db: Db, conversationId: string, seqs: number[]): Promise<CommittedEventRow[]> {
  if (seqs.length === 0) return [];
  return db
    .selectFrom("conversation_events as e")
    .leftJoin("users as u", "u.id", "e.sender_id")
    .select([
      "e.seq",
      "e.kind",
      "e.epoch",
      "e.commitment",
      "e.sender_id",
      "u.display_name as sender_name",
      "e.created_at",
    ])
    .where("e.conversation_id", "=", conversationId)
    .where("e.seq", "in", seqs)
    .execute();
}

/** The member's row in a conversation, current or former: which events and epochs they could read. */
export async function findMembership(db: Db, conversationId: string, userId: string) {
  return db
    .selectFrom("conversation_members")
    .select(["role", "left_at", "joined_seq", "left_seq", "from_epoch", "to_epoch"])
    .where("conversation_id", "=", conversationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

/** A pair conversation's relationship (who mentors whom); undefined for groups and unknown ids. */
export async function findPairRelationship(db: Db, conversationId: string) {
  return db
    .selectFrom("conversations as c")
    .innerJoin("relationships as r", "r.id", "c.relationship_id")
    .select(["c.kind", "c.state", "r.id", "r.mentee_id", "r.mentor_id"])
    .where("c.id", "=", conversationId)
    .executeTakeFirst();
}

export interface NewReport {
  kind: SafetyReportRow["kind"];
  reason: string | null;
  reporterId: string;
  subjectId: string | null;
  conversationId: string | null;
  note: string | null;
  messages: Record<string, unknown>[];
  now: Date;
}

export async function insertReport(db: Db, r: NewReport): Promise<string> {
  const row = await db
    .insertInto("safety_reports")
    .values({
      kind: r.kind,
      status: "open",
      reason: r.reason,
      reporter_id: r.reporterId,
      subject_id: r.subjectId,
      conversation_id: r.conversationId,
      note: r.note,
      messages: JSON.stringify(r.messages),
      created_at: r.now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Holds the member's own row until the transaction ends, so two reports or alerts from them (a
 * double tap, a retried request) are checked for repeats one after the other. NO KEY UPDATE: new
 * rows referencing the member (their report, notifications) can still be written meanwhile.
 */
export async function lockMember(db: Db, userId: string): Promise<void> {
  await db.selectFrom("users").select("id").where("id", "=", userId).forNoKeyUpdate().executeTakeFirst();
}

/** The member's own unresolved report whose reported message (the first) is this one, if any. */
export async function findOpenReportOfMessage(
  db: Db,
  r: { reporterId: string; conversationId: string; seq: number },
): Promise<string | undefined> {
  const row = await db
    .selectFrom("safety_reports")
    .select("id")
    .where("kind", "=", "message_report")
    .where("reporter_id", "=", r.reporterId)
    .where("conversation_id", "=", r.conversationId)
    .where("status", "!=", "resolved")
    .where(sql<string>`messages -> 0 ->> 'seq'`, "=", String(r.seq))
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  return row?.id;
}

/** The member's newest unresolved alert of this kind about the same conversation (or none) since `since`. */
export async function findRecentOpenAlert(
  db: Db,
  r: { kind: "crisis_alert" | "worried_alert"; reporterId: string; conversationId: string | null; since: Date },
): Promise<string | undefined> {
  let query = db
    .selectFrom("safety_reports")
    .select("id")
    .where("kind", "=", r.kind)
    .where("reporter_id", "=", r.reporterId)
    .where("status", "!=", "resolved")
    .where("created_at", ">=", r.since);
  query =
    r.conversationId === null
      ? query.where("conversation_id", "is", null)
      : query.where("conversation_id", "=", r.conversationId);
  const row = await query.orderBy("created_at", "desc").executeTakeFirst();
  return row?.id;
}

/** Most characters a note may grow to by repeats; beyond it later notes are not added (the alert still stands). */
const MAX_APPENDED_NOTE = 20_000;

/** Adds a repeat's note below the alert's own, so nothing the member wrote again is lost. */
export async function appendReportNote(db: Db, id: string, note: string, now: Date): Promise<void> {
  const addition = `[Raised again ${now.toISOString()}] ${note}`;
  await db
    .updateTable("safety_reports")
    .set({
      note: sql<string>`case when note is null or note = '' then ${addition} else note || ${"\n\n"} || ${addition} end`,
    })
    .where("id", "=", id)
    .where(sql<number>`length(coalesce(note, ''))`, "<", MAX_APPENDED_NOTE)
    .execute();
}

function withNames(db: Db) {
  return db
    .selectFrom("safety_reports as s")
    .leftJoin("users as rep", "rep.id", "s.reporter_id")
    .leftJoin("users as sub", "sub.id", "s.subject_id")
    .selectAll("s")
    .select(["rep.display_name as reporter_name", "sub.display_name as subject_name"]);
}

const LIST_LIMIT = 500;

/** The queue, newest first; a status narrows it. */
export async function listReports(db: Db, status: ReportStatus | undefined): Promise<NamedReportRow[]> {
  let query = withNames(db);
  if (status) query = query.where("s.status", "=", status);
  return query.orderBy("s.created_at", "desc").orderBy("s.id").limit(LIST_LIMIT).execute();
}

export async function findReport(db: Db, id: string): Promise<NamedReportRow | undefined> {
  return withNames(db).where("s.id", "=", id).executeTakeFirst();
}

export async function lockReport(db: Db, id: string): Promise<SafetyReportRow | undefined> {
  return db.selectFrom("safety_reports").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function assignReport(db: Db, id: string, assigneeId: string, now: Date): Promise<void> {
  await db
    .updateTable("safety_reports")
    .set({ status: "assigned", assignee_id: assigneeId, assigned_at: now })
    .where("id", "=", id)
    .execute();
}

export async function resolveReport(db: Db, id: string, by: string, note: string, now: Date): Promise<void> {
  await db
    .updateTable("safety_reports")
    .set({ status: "resolved", resolved_at: now, resolved_by: by, resolution_note: note })
    .where("id", "=", id)
    .execute();
}
