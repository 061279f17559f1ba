import { type Kysely, sql } from "kysely";

/** A strictly increasing sequence, so events written in the same instant still list in the order they happened. */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_events add column seq bigint generated always as identity`.execute(db);
  await db.schema.createIndex("audit_events_seq_idx").on("audit_events").column("seq").execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_events drop column seq`.execute(db);
}
