import { sql } from "kysely";
import type { Db } from "../../db/database.js";

/**
 * Counts one failed sign-in in a single statement, so parallel guesses cannot slip past the limit.
 * On the `maxFailures`-th failure the account locks until `lockUntil` and the count starts over.
 */
export async function recordFailedSignIn(
  db: Db,
  userId: string,
  maxFailures: number,
  lockUntil: Date,
): Promise<{ lockedUntil: Date | null }> {
  const reached = sql<boolean>`failed_sign_in_count + 1 >= ${maxFailures}`;
  const row = await db
    .updateTable("users")
    .set({
      failed_sign_in_count: sql<number>`case when ${reached} then 0 else failed_sign_in_count + 1 end`,
      locked_until: sql<Date | null>`case when ${reached} then ${lockUntil}::timestamptz else locked_until end`,
    })
    .where("id", "=", userId)
    .returning("locked_until")
    .executeTakeFirst();
  return { lockedUntil: row?.locked_until ?? null };
}

export async function recordSuccessfulSignIn(db: Db, userId: string, at: Date): Promise<void> {
  await db
    .updateTable("users")
    .set({ failed_sign_in_count: 0, locked_until: null, last_sign_in_at: at })
    .where("id", "=", userId)
    .execute();
}

/** A new password also lifts any lockout: whoever set it proved control of the account. */
export async function setPasswordHash(db: Db, userId: string, passwordHash: string, at: Date): Promise<void> {
  await db
    .updateTable("users")
    .set({ password_hash: passwordHash, updated_at: at, failed_sign_in_count: 0, locked_until: null })
    .where("id", "=", userId)
    .execute();
}

export async function insertResetToken(db: Db, token: { id: string; userId: string; now: Date; expiresAt: Date }) {
  await db
    .insertInto("password_reset_tokens")
    .values({ id: token.id, user_id: token.userId, created_at: token.now, expires_at: token.expiresAt })
    .execute();
}

export async function deleteUnusedResetTokens(db: Db, userId: string): Promise<void> {
  await db.deleteFrom("password_reset_tokens").where("user_id", "=", userId).where("used_at", "is", null).execute();
}

/** Marks a live token used and returns its member; the conditional update makes it single-use under races. */
export async function consumeResetToken(db: Db, tokenId: string, now: Date): Promise<string | undefined> {
  const row = await db
    .updateTable("password_reset_tokens")
    .set({ used_at: now })
    .where("id", "=", tokenId)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .returning("user_id")
    .executeTakeFirst();
  return row?.user_id;
}

export async function deleteStaleResetTokens(db: Db, before: Date): Promise<number> {
  const r = await db.deleteFrom("password_reset_tokens").where("expires_at", "<=", before).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function countLiveSessions(db: Db, userId: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom("sessions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("expires_at", ">", now)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
