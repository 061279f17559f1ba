import type { Selectable, Updateable } from "kysely";
import type { Db } from "../../db/database.js";
import type { RelationshipSessionsTable } from "../../db/schema.js";

export type SessionRow = Selectable<RelationshipSessionsTable>;

export async function insertSession(
  db: Db,
  values: {
    relationshipId: string;
    startsAt: Date;
    durationMinutes: number;
    mode: SessionRow["mode"];
    agenda: string | null;
    proposedBy: string;
    now: Date;
  },
): Promise<SessionRow> {
  return db
    .insertInto("relationship_sessions")
    .values({
      relationship_id: values.relationshipId,
      starts_at: values.startsAt,
      duration_minutes: values.durationMinutes,
      mode: values.mode,
      agenda: values.agenda,
      status: "proposed",
      proposed_by: values.proposedBy,
      proposed_at: values.now,
      created_at: values.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findSession(db: Db, relationshipId: string, sessionId: string): Promise<SessionRow | undefined> {
  return db
    .selectFrom("relationship_sessions")
    .selectAll()
    .where("id", "=", sessionId)
    .where("relationship_id", "=", relationshipId)
    .executeTakeFirst();
}

export async function updateSession(
  db: Db,
  sessionId: string,
  changes: Updateable<RelationshipSessionsTable>,
): Promise<void> {
  await db.updateTable("relationship_sessions").set(changes).where("id", "=", sessionId).execute();
}

/** Earliest first. */
export async function listSessionRows(db: Db, relationshipId: string): Promise<SessionRow[]> {
  return db
    .selectFrom("relationship_sessions")
    .selectAll()
    .where("relationship_id", "=", relationshipId)
    .orderBy("starts_at")
    .orderBy("id")
    .execute();
}
