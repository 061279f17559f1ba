import { type Kysely, sql } from "kysely";

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(", ")})`);

const BEFORE = ["goals_met_early", "mentee_moved_on", "mentor_unavailable", "poor_fit", "safety", "inactivity"];
const AFTER = [...BEFORE, "blocked"];

async function allowReasons(
  // biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types
  db: Kysely<any>,
  reasons: readonly string[],
): Promise<void> {
  await db.schema.alterTable("relationships").dropConstraint("relationships_close_reason_check").execute();
  await db.schema
    .alterTable("relationships")
    .addCheckConstraint(
      "relationships_close_reason_check",
      sql`close_reason is null or ${inList("close_reason", reasons)}`,
    )
    .execute();
}

/** Blocking the other of a live relationship closes it, with a reason of its own. */
// biome-ignore lint/suspicious/noExplicitAny: see allowReasons()
export async function up(db: Kysely<any>): Promise<void> {
  await allowReasons(db, AFTER);
}

/** Fails while a relationship is closed as blocked: going back does not rewrite history. */
// biome-ignore lint/suspicious/noExplicitAny: see allowReasons()
export async function down(db: Kysely<any>): Promise<void> {
  await allowReasons(db, BEFORE);
}
