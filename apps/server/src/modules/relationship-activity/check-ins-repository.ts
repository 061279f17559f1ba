import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { RelationshipCheckInsTable } from "../../db/schema.js";

export type CheckInRow = Selectable<RelationshipCheckInsTable>;

/** A chart's worth of history: two check-ins a week for both members for well over a year. */
export const CHECK_IN_HISTORY_LIMIT = 500;

export async function insertCheckIn(
  db: Db,
  values: { relationshipId: string; authorId: string; mood: number; note: string | null; now: Date },
): Promise<CheckInRow> {
  return db
    .insertInto("relationship_check_ins")
    .values({
      relationship_id: values.relationshipId,
      author_id: values.authorId,
      mood: values.mood,
      note: values.note,
      created_at: values.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Newest first. */
export async function listCheckInRows(db: Db, relationshipId: string): Promise<CheckInRow[]> {
  return db
    .selectFrom("relationship_check_ins")
    .selectAll()
    .where("relationship_id", "=", relationshipId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(CHECK_IN_HISTORY_LIMIT)
    .execute();
}
