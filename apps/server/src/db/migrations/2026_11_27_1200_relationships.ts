import { type Kysely, sql } from "kysely";

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(", ")})`);

const STATES = ["active", "paused", "graduated", "closed", "rematched"];
const REASONS = ["goals_met_early", "mentee_moved_on", "mentor_unavailable", "poor_fit", "safety", "inactivity"];
const PARTY = ["mentee", "mentor"];
const COLUMNS: [string, string][] = [
  ["close_reason", "text"],
  ["ended_at", "timestamptz"],
  ["rematch_offer", "text"],
  ["rematch_offered_at", "timestamptz"],
  ["phase_started_at", "timestamptz"],
  ["advance_to", "text"],
  ["advance_mentee_at", "timestamptz"],
  ["advance_mentor_at", "timestamptz"],
  ["suggested_phase", "text"],
  ["assessment_opened_at", "timestamptz"],
  ["graduation_plan", "text"],
  ["graduation_target", "text"],
  ["graduation_mentee_at", "timestamptz"],
  ["graduation_mentor_at", "timestamptz"],
];

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  // The matching migration's placeholder "ended" becomes a closed relationship.
  await sql`update relationships set status = 'closed' where status not in ('active', 'paused', 'graduated', 'closed', 'rematched')`.execute(
    db,
  );
  for (const [name, type] of COLUMNS) {
    await sql.raw(`alter table relationships add column ${name} ${type}`).execute(db);
  }
  await sql`update relationships set phase_started_at = started_at where phase_started_at is null`.execute(db);
  await db.schema
    .alterTable("relationships")
    .addCheckConstraint("relationships_status_check", inList("status", STATES))
    .execute();
  await db.schema
    .alterTable("relationships")
    .addCheckConstraint(
      "relationships_close_reason_check",
      sql`close_reason is null or ${inList("close_reason", REASONS)}`,
    )
    .execute();
  await db.schema
    .alterTable("relationships")
    .addCheckConstraint(
      "relationships_rematch_offer_check",
      sql`rematch_offer is null or ${inList("rematch_offer", ["closed", "low_fit"])}`,
    )
    .execute();
  await db.schema.createIndex("relationships_due_idx").on("relationships").columns(["status", "started_at"]).execute();

  await db.schema
    .createTable("relationship_events")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("seq", "bigserial", (c) => c.notNull())
    .addColumn("relationship_id", "uuid", (c) => c.notNull().references("relationships.id").onDelete("cascade"))
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("actor_id", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("actor", "text", (c) =>
      c.notNull().check(inList("actor", ["mentee", "mentor", "supervisor", "safety", "admin", "system"])),
    )
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("from_status", "text")
    .addColumn("to_status", "text")
    .addColumn("from_phase", "text")
    .addColumn("to_phase", "text")
    .addColumn("reason", "text")
    .execute();
  await db.schema
    .createIndex("relationship_events_rel_idx")
    .on("relationship_events")
    .columns(["relationship_id", "seq"])
    .execute();

  await db.schema
    .createTable("relationship_checklist")
    .addColumn("relationship_id", "uuid", (c) => c.notNull().references("relationships.id").onDelete("cascade"))
    .addColumn("goal_id", "text", (c) => c.notNull())
    .addColumn("ticked_by", "text", (c) => c.notNull().check(inList("ticked_by", PARTY)))
    .addColumn("ticked_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("relationship_checklist_pk", ["relationship_id", "goal_id"])
    .execute();

  await db.schema
    .createTable("relationship_agreements")
    .addColumn("relationship_id", "uuid", (c) => c.notNull().references("relationships.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("terms", "jsonb", (c) => c.notNull())
    .addColumn("proposed_by", "text", (c) => c.notNull().check(inList("proposed_by", PARTY)))
    .addColumn("proposed_at", "timestamptz", (c) => c.notNull())
    .addColumn("mentee_signed_at", "timestamptz")
    .addColumn("mentor_signed_at", "timestamptz")
    .addPrimaryKeyConstraint("relationship_agreements_pk", ["relationship_id", "version"])
    .execute();

  await db.schema
    .createTable("relationship_assessments")
    .addColumn("relationship_id", "uuid", (c) => c.notNull().references("relationships.id").onDelete("cascade"))
    .addColumn("respondent", "text", (c) => c.notNull().check(inList("respondent", PARTY)))
    .addColumn("answers", "jsonb", (c) => c.notNull())
    .addColumn("comment", "text")
    .addColumn("score", "double precision", (c) => c.notNull())
    .addColumn("submitted_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("relationship_assessments_pk", ["relationship_id", "respondent"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "relationship_assessments",
    "relationship_agreements",
    "relationship_checklist",
    "relationship_events",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.dropIndex("relationships_due_idx").ifExists().execute();
  for (const constraint of [
    "relationships_status_check",
    "relationships_close_reason_check",
    "relationships_rematch_offer_check",
  ]) {
    await db.schema.alterTable("relationships").dropConstraint(constraint).ifExists().execute();
  }
  for (const [column] of COLUMNS) {
    await db.schema.alterTable("relationships").dropColumn(column).execute();
  }
}
