import type { Selectable, Updateable } from "kysely";
import type { Db } from "../../db/database.js";
import type { OnboardingStatesTable } from "../../db/schema.js";

export type OnboardingRow = Selectable<OnboardingStatesTable>;

export async function findOnboarding(db: Db, userId: string): Promise<OnboardingRow | undefined> {
  return db.selectFrom("onboarding_states").selectAll().where("user_id", "=", userId).executeTakeFirst();
}

/** Creates the member's state on first write, then applies `changes`. */
export async function upsertOnboarding(
  db: Db,
  userId: string,
  changes: Omit<Updateable<OnboardingStatesTable>, "user_id"> & { updated_at: Date },
): Promise<OnboardingRow> {
  return db
    .insertInto("onboarding_states")
    .values({ user_id: userId, ...changes })
    .onConflict((oc) => oc.column("user_id").doUpdateSet(changes))
    .returningAll()
    .executeTakeFirstOrThrow();
}
