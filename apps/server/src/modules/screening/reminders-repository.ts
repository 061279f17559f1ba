import type { Db } from "../../db/database.js";

/**
 * Records that a reminder of `kind` went out for the completion at `basisAt`; returns false when it
 * already had, so a daily job run twice (or on two processes) reminds a member once.
 */
export async function claimReminder(
  db: Db,
  values: { userId: string; kind: string; basisAt: Date; now: Date },
): Promise<boolean> {
  const row = await db
    .insertInto("reminders_sent")
    .values({ user_id: values.userId, kind: values.kind, basis_at: values.basisAt, sent_at: values.now })
    .onConflict((oc) => oc.columns(["user_id", "kind", "basis_at"]).doNothing())
    .returning("user_id")
    .executeTakeFirst();
  return row !== undefined;
}
