import type { Db } from "../../db/database.js";

export async function insertSetupToken(db: Db, token: { id: string; now: Date; expiresAt: Date }): Promise<void> {
  await db
    .insertInto("setup_tokens")
    .values({ id: token.id, created_at: token.now, expires_at: token.expiresAt })
    .execute();
}

/** Unused links from earlier starts stop working once a new one is printed. */
export async function deleteUnusedSetupTokens(db: Db): Promise<void> {
  await db.deleteFrom("setup_tokens").where("used_at", "is", null).execute();
}

export async function isSetupTokenUsable(db: Db, id: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom("setup_tokens")
    .select("id")
    .where("id", "=", id)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks the token used if it still can be; false when it is unknown, expired or already used. */
export async function consumeSetupToken(db: Db, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("setup_tokens")
    .set({ used_at: now })
    .where("id", "=", id)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
