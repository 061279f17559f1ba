import type { Insertable, Selectable } from "kysely";
import type { Executor } from "../../db/database.js";
import type { DeferredNotificationEmailsTable } from "../../db/schema.js";

export type DeferredEmailRow = Selectable<DeferredNotificationEmailsTable>;

export async function insertDeferredEmail(
  db: Executor,
  row: Insertable<DeferredNotificationEmailsTable>,
): Promise<DeferredEmailRow> {
  return db.insertInto("deferred_notification_emails").values(row).returningAll().executeTakeFirstOrThrow();
}

/** Members with at least one held-back email whose time has come, oldest first. */
export async function findMembersWithDueEmails(db: Executor, now: Date, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom("deferred_notification_emails")
    .select("user_id")
    .where("send_after", "<=", now)
    .groupBy("user_id")
    .orderBy((eb) => eb.fn.min("send_after"))
    .limit(limit)
    .execute();
  return rows.map((r) => r.user_id);
}

/**
 * Removes and returns a member's due emails. Inside the sending transaction this is the claim: a
 * second worker waits on the same rows and then finds none, so a digest never goes out twice.
 */
export async function takeDueEmails(db: Executor, userId: string, now: Date): Promise<DeferredEmailRow[]> {
  return db
    .deleteFrom("deferred_notification_emails")
    .where("user_id", "=", userId)
    .where("send_after", "<=", now)
    .returningAll()
    .execute();
}

/** Makes every held email of a member due now (they turned quiet hours off). */
export async function releaseDeferredEmails(db: Executor, userId: string, now: Date): Promise<void> {
  await db
    .updateTable("deferred_notification_emails")
    .set({ send_after: now })
    .where("user_id", "=", userId)
    .where("send_after", ">", now)
    .execute();
}

/** Which of these notifications the member has not read yet. */
export async function findUnreadIds(db: Executor, userId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("notifications")
    .select("id")
    .where("user_id", "=", userId)
    .where("id", "in", [...ids])
    .where("read_at", "is", null)
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function listDeferredEmailsOf(db: Executor, userId: string): Promise<DeferredEmailRow[]> {
  return db
    .selectFrom("deferred_notification_emails")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("send_after")
    .execute();
}
