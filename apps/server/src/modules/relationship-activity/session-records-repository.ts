import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { RelationshipSessionAttendanceTable, RelationshipSessionSummariesTable } from "../../db/schema.js";

export type AttendanceRow = Selectable<RelationshipSessionAttendanceTable>;
export type SummaryRow = Selectable<RelationshipSessionSummariesTable>;
export interface NoteRow {
  session_id: string;
  text: string;
  updated_at: Date;
}

export async function upsertAttendance(
  db: Db,
  values: { sessionId: string; memberId: string; status: AttendanceRow["status"]; recordedBy: string; now: Date },
): Promise<void> {
  const changes = { status: values.status, recorded_by: values.recordedBy, recorded_at: values.now };
  await db
    .insertInto("relationship_session_attendance")
    .values({ session_id: values.sessionId, member_id: values.memberId, ...changes })
    .onConflict((oc) => oc.columns(["session_id", "member_id"]).doUpdateSet(changes))
    .execute();
}

export async function listAttendance(db: Db, sessionIds: readonly string[]): Promise<AttendanceRow[]> {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom("relationship_session_attendance")
    .selectAll()
    .where("session_id", "in", [...sessionIds])
    .execute();
}

/** The newest version of each session's summary. */
export async function listLatestSummaries(db: Db, sessionIds: readonly string[]): Promise<SummaryRow[]> {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom("relationship_session_summaries as s")
    .selectAll("s")
    .where("s.session_id", "in", [...sessionIds])
    .where((eb) =>
      eb(
        "s.version",
        "=",
        eb
          .selectFrom("relationship_session_summaries as n")
          .select((n) => n.fn.max("n.version").as("v"))
          .whereRef("n.session_id", "=", "s.session_id"),
      ),
    )
    .execute();
}

export async function insertSummaryVersion(
  db: Db,
  values: { sessionId: string; version: number; text: string; authorId: string; now: Date },
): Promise<void> {
  await db
    .insertInto("relationship_session_summaries")
    .values({
      session_id: values.sessionId,
      version: values.version,
      text: values.text,
      author_id: values.authorId,
      created_at: values.now,
    })
    .execute();
}

/** Only the author's own notes: the one query private notes are ever read through. */
export async function listOwnNotes(db: Db, authorId: string, sessionIds: readonly string[]): Promise<NoteRow[]> {
  if (sessionIds.length === 0) return [];
  return db
    .selectFrom("relationship_session_notes")
    .select(["session_id", "text", "updated_at"])
    .where("author_id", "=", authorId)
    .where("session_id", "in", [...sessionIds])
    .execute();
}

export async function upsertOwnNote(
  db: Db,
  values: { sessionId: string; authorId: string; text: string; now: Date },
): Promise<void> {
  await db
    .insertInto("relationship_session_notes")
    .values({ session_id: values.sessionId, author_id: values.authorId, text: values.text, updated_at: values.now })
    .onConflict((oc) =>
      oc.columns(["session_id", "author_id"]).doUpdateSet({ text: values.text, updated_at: values.now }),
    )
    .execute();
}

export async function deleteOwnNote(db: Db, sessionId: string, authorId: string): Promise<void> {
  await db
    .deleteFrom("relationship_session_notes")
    .where("session_id", "=", sessionId)
    .where("author_id", "=", authorId)
    .execute();
}
