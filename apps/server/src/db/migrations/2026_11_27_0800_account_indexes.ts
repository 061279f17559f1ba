import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  // Export and purge look mail up by address; the send-mail sweep reads only queued messages.
  await db.schema.createIndex("mail_outbox_to_idx").on("mail_outbox").column("to_address").execute();
  await db.schema
    .createIndex("mail_outbox_queued_idx")
    .on("mail_outbox")
    .column("created_at")
    .where(sql.ref("status"), "=", "queued")
    .execute();
  await db.schema.createIndex("password_reset_tokens_user_idx").on("password_reset_tokens").column("user_id").execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("password_reset_tokens_user_idx").ifExists().execute();
  await db.schema.dropIndex("mail_outbox_queued_idx").ifExists().execute();
  await db.schema.dropIndex("mail_outbox_to_idx").ifExists().execute();
}
