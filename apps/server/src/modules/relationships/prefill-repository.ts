import type { Db } from "../../db/database.js";

/** The member's latest graduation as a mentee. */
export async function findLatestGraduation(db: Db, menteeId: string) {
  return db
    .selectFrom("relationships")
    .select(["id", "ended_at"])
    .where("mentee_id", "=", menteeId)
    .where("status", "=", "graduated")
    .orderBy("ended_at", "desc")
    .executeTakeFirst();
}

export async function findProfileFields(db: Db, userId: string): Promise<Record<string, unknown> | undefined> {
  const row = await db
    .selectFrom("matching_profiles")
    .select("fields")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.fields;
}
