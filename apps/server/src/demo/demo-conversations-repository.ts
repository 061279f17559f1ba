import type { Db } from "../db/database.js";

/** The demo's relationships, oldest first, for the pair conversations each one has. */
export async function listDemoRelationships(
  db: Db,
): Promise<{ id: string; mentee_id: string; mentor_id: string; status: string; started_at: Date }[]> {
  return db
    .selectFrom("relationships")
    .select(["id", "mentee_id", "mentor_id", "status", "started_at"])
    .orderBy("started_at")
    .orderBy("id")
    .execute();
}
