import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { MatchingProfilesTable } from "../../db/schema.js";

export type ProfileRow = Selectable<MatchingProfilesTable>;

export async function findProfile(db: Db, userId: string): Promise<ProfileRow | undefined> {
  return db.selectFrom("matching_profiles").selectAll().where("user_id", "=", userId).executeTakeFirst();
}

export interface ProfileWrite {
  fields: Record<string, unknown>;
  visibility: Record<string, string>;
  complete: boolean;
  now: Date;
}

export async function saveProfile(db: Db, userId: string, write: ProfileWrite): Promise<ProfileRow> {
  const changes = {
    fields: JSON.stringify(write.fields),
    visibility: JSON.stringify(write.visibility),
    complete: write.complete,
    updated_at: write.now,
  };
  return db
    .insertInto("matching_profiles")
    .values({ user_id: userId, created_at: write.now, ...changes })
    .onConflict((oc) => oc.column("user_id").doUpdateSet(changes))
    .returningAll()
    .executeTakeFirstOrThrow();
}
