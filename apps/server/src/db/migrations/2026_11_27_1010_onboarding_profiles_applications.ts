import { type Kysely, sql } from "kysely";

const STATUSES = [
  "applied",
  "interview",
  "background_verification",
  "training",
  "active",
  "paused",
  "suspended",
  "retired",
  "rejected",
];
const statusCheck = (column: string) => sql.raw(`${column} in (${STATUSES.map((s) => `'${s}'`).join(", ")})`);

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("onboarding_states")
    .addColumn("user_id", "uuid", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("about_acknowledged_at", "timestamptz")
    .addColumn("seek_support", "boolean")
    .addColumn("offer_mentorship", "boolean")
    .addColumn("intent_set_at", "timestamptz")
    .addColumn("consent_version", "text")
    .addColumn("consent_at", "timestamptz")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("matching_profiles")
    .addColumn("user_id", "uuid", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("fields", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("visibility", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("complete", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("mentor_applications")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull().check(statusCheck("status")))
    .addColumn("mentor_types", "jsonb", (c) => c.notNull())
    .addColumn("specialisations", "jsonb", (c) => c.notNull())
    .addColumn("lived_experience", "text", (c) => c.notNull())
    .addColumn("stable_since", "timestamptz", (c) => c.notNull())
    .addColumn("capacity", "integer", (c) => c.notNull().check(sql`capacity between 1 and 5`))
    .addColumn("pause_new_matches", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("boundaries", "text", (c) => c.notNull())
    .addColumn("mentor_references", "jsonb", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("status_changed_at", "timestamptz", (c) => c.notNull())
    .execute();
  // One open application per member: a new one only after rejection or retirement.
  await db.schema
    .createIndex("mentor_applications_one_open_idx")
    .on("mentor_applications")
    .column("user_id")
    .unique()
    .where(sql.ref("status"), "not in", ["rejected", "retired"])
    .execute();
  await db.schema
    .createIndex("mentor_applications_status_idx")
    .on("mentor_applications")
    .columns(["status", "status_changed_at"])
    .execute();

  await db.schema
    .createTable("mentor_application_events")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("seq", "bigint", (c) => c.generatedAlwaysAsIdentity())
    .addColumn("application_id", "uuid", (c) => c.notNull().references("mentor_applications.id").onDelete("cascade"))
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("actor_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("from_status", "text", (c) => c.check(statusCheck("from_status")))
    .addColumn("to_status", "text", (c) => c.notNull().check(statusCheck("to_status")))
    .addColumn("reason", "text")
    .addColumn("interview_scores", "jsonb")
    .addColumn("verification", "jsonb")
    .execute();
  await db.schema
    .createIndex("mentor_application_events_app_idx")
    .on("mentor_application_events")
    .columns(["application_id", "seq"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["mentor_application_events", "mentor_applications", "matching_profiles", "onboarding_states"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
