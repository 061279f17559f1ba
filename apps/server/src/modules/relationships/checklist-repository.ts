import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { RelationshipChecklistTable } from "../../db/relationships-schema.js";

export type TickRow = Selectable<RelationshipChecklistTable>;

export async function listTicks(db: Db, relationshipId: string): Promise<TickRow[]> {
  return db.selectFrom("relationship_checklist").selectAll().where("relationship_id", "=", relationshipId).execute();
}

export async function listTicksOf(db: Db, relationshipIds: readonly string[]): Promise<TickRow[]> {
  if (relationshipIds.length === 0) return [];
  return db.selectFrom("relationship_checklist").selectAll().where("relationship_id", "in", relationshipIds).execute();
}

export async function insertTick(db: Db, tick: TickRow): Promise<void> {
  await db
    .insertInto("relationship_checklist")
    .values(tick)
    .onConflict((oc) => oc.columns(["relationship_id", "goal_id"]).doNothing())
    .execute();
}

export async function deleteTick(db: Db, relationshipId: string, goalId: string): Promise<void> {
  await db
    .deleteFrom("relationship_checklist")
    .where("relationship_id", "=", relationshipId)
    .where("goal_id", "=", goalId)
    .execute();
}
