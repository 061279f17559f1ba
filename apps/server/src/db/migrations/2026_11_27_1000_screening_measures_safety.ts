import { type Kysely, sql } from "kysely";

const inList = (column: string, values: string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(", ")})`);
const RISKS = ["none", "low", "moderate", "high"];

/** Safety screenings (C-SSRS), validated measures, safety cases, matching holds and reminder bookkeeping. */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("screenings")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull().check(inList("status", ["draft", "complete"])))
    .addColumn("answers", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("risk", "text", (c) => c.check(inList("risk", RISKS)))
    .addColumn("reasons", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("country", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("completed_at", "timestamptz")
    .addCheckConstraint("screenings_complete_has_risk", sql`(status = 'complete') = (risk is not null)`)
    .execute();
  // One screening in progress per member.
  await db.schema
    .createIndex("screenings_one_draft_idx")
    .on("screenings")
    .column("user_id")
    .unique()
    .where(sql.ref("status"), "=", "draft")
    .execute();
  await db.schema.createIndex("screenings_user_idx").on("screenings").columns(["user_id", "completed_at"]).execute();

  // "Please answer a few safety questions" outside the schedule (PHQ-9 item 9, on demand); fulfilled by the next submit.
  await db.schema
    .createTable("screening_requests")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("reason", "text", (c) => c.notNull().check(inList("reason", ["phq9_item9", "on_demand"])))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("fulfilled_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("screening_requests_open_idx")
    .on("screening_requests")
    .column("user_id")
    .unique()
    .where(sql.ref("fulfilled_at"), "is", null)
    .execute();

  await db.schema
    .createTable("safety_cases")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("screening_id", "uuid", (c) => c.notNull().references("screenings.id").onDelete("cascade"))
    .addColumn("risk", "text", (c) => c.notNull().check(inList("risk", RISKS)))
    .addColumn("status", "text", (c) => c.notNull().check(inList("status", ["open", "assigned", "resolved"])))
    .addColumn("assignee_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("opened_at", "timestamptz", (c) => c.notNull())
    .addColumn("assigned_at", "timestamptz")
    .addColumn("resolved_at", "timestamptz")
    .addColumn("resolved_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("resolution_note", "text")
    .execute();
  await db.schema.createIndex("safety_cases_status_idx").on("safety_cases").columns(["status", "opened_at"]).execute();
  await db.schema.createIndex("safety_cases_user_idx").on("safety_cases").column("user_id").execute();

  await db.schema
    .createTable("matching_holds")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("case_id", "uuid", (c) => c.references("safety_cases.id").onDelete("set null"))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("cleared_at", "timestamptz")
    .addColumn("cleared_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .execute();
  await db.schema
    .createIndex("matching_holds_active_idx")
    .on("matching_holds")
    .column("user_id")
    .unique()
    .where(sql.ref("cleared_at"), "is", null)
    .execute();

  await db.schema
    .createTable("measure_responses")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("instrument", "text", (c) => c.notNull().check(inList("instrument", ["phq9", "gad7", "who5", "pss10"])))
    .addColumn("status", "text", (c) => c.notNull().check(inList("status", ["draft", "complete"])))
    .addColumn("answers", "jsonb", (c) => c.notNull())
    .addColumn("total", "integer")
    .addColumn("score", "integer")
    .addColumn("band", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addColumn("completed_at", "timestamptz")
    .addCheckConstraint(
      "measure_responses_complete_scored",
      sql`(status = 'complete') = (total is not null and score is not null and band is not null and completed_at is not null)`,
    )
    .execute();
  await db.schema
    .createIndex("measure_responses_one_draft_idx")
    .on("measure_responses")
    .columns(["user_id", "instrument"])
    .unique()
    .where(sql.ref("status"), "=", "draft")
    .execute();
  await db.schema
    .createIndex("measure_responses_user_idx")
    .on("measure_responses")
    .columns(["user_id", "instrument", "completed_at"])
    .execute();

  // Which reminder went out for which completion, so a daily job never sends the same one twice.
  await db.schema
    .createTable("reminders_sent")
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("basis_at", "timestamptz", (c) => c.notNull())
    .addColumn("sent_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("reminders_sent_pk", ["user_id", "kind", "basis_at"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "reminders_sent",
    "measure_responses",
    "matching_holds",
    "safety_cases",
    "screening_requests",
    "screenings",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
