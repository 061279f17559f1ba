import { TRANSITIONS } from "@mentalverse/shared";
import type { Selectable, Updateable } from "kysely";
import type { Db } from "../../db/database.js";
import type { RelationshipEventsTable } from "../../db/relationships-schema.js";
import type { RelationshipsTable } from "../../db/schema.js";

export type RelationshipRecord = Selectable<RelationshipsTable> & { mentee_name: string; mentor_name: string };
export type RelationshipEventRow = Selectable<RelationshipEventsTable>;

function withNames(db: Db) {
  return db
    .selectFrom("relationships as r")
    .innerJoin("users as e", "e.id", "r.mentee_id")
    .innerJoin("users as m", "m.id", "r.mentor_id")
    .selectAll("r")
    .select(["e.display_name as mentee_name", "m.display_name as mentor_name"]);
}

export async function findRelationshipRecord(db: Db, id: string): Promise<RelationshipRecord | undefined> {
  return withNames(db).where("r.id", "=", id).executeTakeFirst();
}

/** Locks the row for the rest of the transaction, so two confirmations cannot both be "first". */
export async function lockRelationship(db: Db, id: string): Promise<RelationshipRecord | undefined> {
  await db.selectFrom("relationships").select("id").where("id", "=", id).forUpdate().executeTakeFirst();
  return findRelationshipRecord(db, id);
}

export async function listRelationshipRecordsOf(db: Db, userId: string): Promise<RelationshipRecord[]> {
  return withNames(db)
    .where((eb) => eb.or([eb("r.mentee_id", "=", userId), eb("r.mentor_id", "=", userId)]))
    .orderBy("r.started_at", "desc")
    .orderBy("r.id")
    .execute();
}

/** Relationships between the two, either way round, still live (the states a close starts from). */
export async function listLiveRelationshipIdsBetween(db: Db, userId: string, otherId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("relationships")
    .select("id")
    .where("status", "in", [...TRANSITIONS.close.from])
    .where((eb) =>
      eb.or([
        eb.and([eb("mentee_id", "=", userId), eb("mentor_id", "=", otherId)]),
        eb.and([eb("mentee_id", "=", otherId), eb("mentor_id", "=", userId)]),
      ]),
    )
    .orderBy("id")
    .execute();
  return rows.map((r) => r.id);
}

export async function updateRelationship(db: Db, id: string, changes: Updateable<RelationshipsTable>): Promise<void> {
  await db.updateTable("relationships").set(changes).where("id", "=", id).execute();
}

export async function insertEvent(
  db: Db,
  event: Omit<RelationshipEventRow, "id" | "seq" | "from_status" | "to_status" | "from_phase" | "to_phase" | "reason"> &
    Partial<Pick<RelationshipEventRow, "from_status" | "to_status" | "from_phase" | "to_phase" | "reason">>,
): Promise<void> {
  await db.insertInto("relationship_events").values(event).execute();
}

export async function listEvents(db: Db, relationshipId: string): Promise<RelationshipEventRow[]> {
  return db
    .selectFrom("relationship_events")
    .selectAll()
    .where("relationship_id", "=", relationshipId)
    .orderBy("seq")
    .execute();
}

/** Opens the week-4 assessment of every active relationship due, once; returns those opened. */
export async function claimDueAssessments(db: Db, startedBefore: Date, now: Date) {
  return db
    .updateTable("relationships")
    .set({ assessment_opened_at: now })
    .where("status", "=", "active")
    .where("assessment_opened_at", "is", null)
    .where("started_at", "<=", startedBefore)
    .returning(["id", "mentee_id", "mentor_id"])
    .execute();
}

export async function listActiveRelationships(db: Db) {
  return db
    .selectFrom("relationships")
    .select(["id", "mentee_id", "mentor_id", "phase", "started_at", "suggested_phase"])
    .where("status", "=", "active")
    .orderBy("id")
    .execute();
}

/** Marks the phase's suggestion as sent; false when it already was (another run got there first). */
export async function claimSuggestion(db: Db, id: string, phase: string): Promise<boolean> {
  const row = await db
    .updateTable("relationships")
    .set({ suggested_phase: phase })
    .where("id", "=", id)
    .where("phase", "=", phase)
    .where((eb) => eb.or([eb("suggested_phase", "is", null), eb("suggested_phase", "<>", phase)]))
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}
