import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { MailOutboxTable, MailStatus } from "../../db/schema.js";

export type MailRow = Selectable<MailOutboxTable>;

export async function insertMail(
  db: Db,
  mail: { to: string; subject: string; text: string; status: MailStatus },
): Promise<MailRow> {
  return db
    .insertInto("mail_outbox")
    .values({ to_address: mail.to, subject: mail.subject, text_body: mail.text, status: mail.status })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findMail(db: Db, id: string): Promise<MailRow | undefined> {
  return db.selectFrom("mail_outbox").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * Takes a queued message for one delivery attempt. The update only wins if nobody else counted an
 * attempt since `seenAttempts` was read, so two workers never send the same message at once.
 */
export async function claimMail(db: Db, id: string, seenAttempts: number): Promise<MailRow | undefined> {
  return db
    .updateTable("mail_outbox")
    .set((eb) => ({ attempts: eb("attempts", "+", 1) }))
    .where("id", "=", id)
    .where("status", "=", "queued")
    .where("attempts", "=", seenAttempts)
    .returningAll()
    .executeTakeFirst();
}

export async function markMailSent(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable("mail_outbox").set({ status: "sent", sent_at: at, error: null }).where("id", "=", id).execute();
}

/** Records why an attempt failed; `final` gives up on the message. */
export async function markMailAttemptFailed(db: Db, id: string, error: string, final: boolean): Promise<void> {
  await db
    .updateTable("mail_outbox")
    .set({ error: error.slice(0, 1000), ...(final ? { status: "failed" as const } : {}) })
    .where("id", "=", id)
    .execute();
}

/** Ids of queued messages that still deserve an attempt, oldest first. */
export async function findQueuedMailIds(db: Db, maxAttempts: number, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom("mail_outbox")
    .select("id")
    .where("status", "=", "queued")
    .where("attempts", "<", maxAttempts)
    .orderBy("created_at")
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Messages newest first, for the administrators' outbox page. */
export async function listOutbox(
  db: Db,
  page: { limit: number; offset: number },
): Promise<{ rows: MailRow[]; total: number }> {
  const rows = await db
    .selectFrom("mail_outbox")
    .selectAll()
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await db
    .selectFrom("mail_outbox")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/** What was mailed to an address, for the member's own export (subjects only: bodies may hold links). */
export async function listMailTo(
  db: Db,
  address: string,
): Promise<Pick<MailRow, "subject" | "status" | "created_at" | "sent_at">[]> {
  return db
    .selectFrom("mail_outbox")
    .select(["subject", "status", "created_at", "sent_at"])
    .where("to_address", "=", address)
    .orderBy("created_at")
    .execute();
}

export async function deleteMailTo(db: Db, address: string): Promise<void> {
  await db.deleteFrom("mail_outbox").where("to_address", "=", address).execute();
}
