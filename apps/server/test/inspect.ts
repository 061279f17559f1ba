import type { Db } from "../src/db/database.js";

/** The newest message addressed to `address`, straight from mail_outbox. */
export async function lastMailTo(db: Db, address: string) {
  return db
    .selectFrom("mail_outbox")
    .selectAll()
    .where("to_address", "=", address)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();
}

/** The token in the reset link of the newest mail to `address`. */
export async function resetTokenFromOutbox(db: Db, address: string): Promise<string> {
  const mail = await lastMailTo(db, address);
  const match = mail?.text_body.match(/\/reset-password\?token=([A-Za-z0-9_%-]+)/);
  if (!match?.[1]) throw new Error(`no reset link mailed to ${address}`);
  return decodeURIComponent(match[1]);
}

/** Audit events about or by a member, oldest first. */
export async function auditEventsOf(db: Db, userId: string) {
  return db
    .selectFrom("audit_events")
    .selectAll()
    .where((eb) => eb.or([eb("subject_id", "=", userId), eb("actor_id", "=", userId)]))
    .orderBy("at")
    .execute();
}

export async function auditActionsOf(db: Db, userId: string): Promise<string[]> {
  return (await auditEventsOf(db, userId)).map((e) => e.action);
}

export async function sessionCount(db: Db, userId: string): Promise<number> {
  const rows = await db.selectFrom("sessions").select("id").where("user_id", "=", userId).execute();
  return rows.length;
}
