import type { Db } from "../../db/database.js";

export interface MembershipRow {
  id: string;
  status: string;
  mentee_id: string;
  mentor_id: string;
  mentee_name: string;
  mentor_name: string;
}

/** The relationship, only when the caller is its mentee or its mentor. */
export async function findMembership(
  db: Db,
  relationshipId: string,
  userId: string,
): Promise<MembershipRow | undefined> {
  return db
    .selectFrom("relationships as r")
    .innerJoin("users as e", "e.id", "r.mentee_id")
    .innerJoin("users as m", "m.id", "r.mentor_id")
    .select([
      "r.id",
      "r.status",
      "r.mentee_id",
      "r.mentor_id",
      "e.display_name as mentee_name",
      "m.display_name as mentor_name",
    ])
    .where("r.id", "=", relationshipId)
    .where((eb) => eb.or([eb("r.mentee_id", "=", userId), eb("r.mentor_id", "=", userId)]))
    .executeTakeFirst();
}

/** Locks the relationship row so a write and a status change (paused, closed) cannot interleave. */
export async function lockRelationship(db: Db, relationshipId: string): Promise<{ status: string } | undefined> {
  return db
    .selectFrom("relationships")
    .select("status")
    .where("id", "=", relationshipId)
    .forUpdate()
    .executeTakeFirst();
}

/** The time zone each member gave in their matching profile, where they gave one. */
export async function findTimeZones(db: Db, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("matching_profiles")
    .select(["user_id", "fields"])
    .where("user_id", "in", [...userIds])
    .execute();
  const zones = new Map<string, string>();
  for (const row of rows) {
    const zone = row.fields.timeZone;
    if (typeof zone === "string") zones.set(row.user_id, zone);
  }
  return zones;
}

/** The country of the member's latest completed screening, to pick their crisis lines. */
export async function findLatestCountry(db: Db, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom("screenings")
    .select("country")
    .where("user_id", "=", userId)
    .where("status", "=", "complete")
    .where("country", "is not", null)
    .orderBy("completed_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.country ?? null;
}
