import { type Kysely, sql } from "kysely";

/** "Is this member already in a call?" is asked on every invite: index the calls still going. */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ["caller_id", "callee_id"]) {
    await db.schema
      .createIndex(`calls_live_${column}_idx`)
      .on("calls")
      .column(column)
      .where(sql.ref("ended_at"), "is", null)
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ["caller_id", "callee_id"]) {
    await db.schema.dropIndex(`calls_live_${column}_idx`).ifExists().execute();
  }
}
