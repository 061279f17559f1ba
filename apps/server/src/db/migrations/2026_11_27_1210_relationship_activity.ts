import { type Kysely, sql } from "kysely";

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(", ")})`);

// Authors are always members of the pair, and a relationship goes when either member's account goes,
// so every author reference cascades with the user.
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("relationship_goals")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("relationship_id", "uuid", (c) => c.notNull().references("relationships.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text")
    // A calendar date as YYYY-MM-DD text: a target date has no time zone to shift it.
    .addColumn("target_date", "text", (c) => c.check(sql`target_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'`))
    .addColumn("status", "text", (c) => c.notNull().check(inList("status", ["active", "achieved", "set_aside"])))
    .addColumn("created_by", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("relationship_goals_relationship_idx")
    .on("relationship_goals")
    .columns(["relationship_id", "created_at"])
    .execute();

  await db.schema
    .createTable("relationship_goal_milestones")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("goal_id", "uuid", (c) => c.notNull().references("relationship_goals.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("done_by", "uuid", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("done_at", "timestamptz")
    .addColumn("created_by", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addCheckConstraint("relationship_goal_milestones_done", sql`(done_by is null) = (done_at is null)`)
    .execute();
  await db.schema
    .createIndex("relationship_goal_milestones_goal_idx")
    .on("relationship_goal_milestones")
    .columns(["goal_id", "position"])
    .execute();

  await db.schema
    .createTable("relationship_goal_updates")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("goal_id", "uuid", (c) => c.notNull().references("relationship_goals.id").onDelete("cascade"))
    .addColumn("author_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("percent", "integer", (c) => c.notNull().check(sql`percent between 0 and 100`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("relationship_goal_updates_goal_idx")
    .on("relationship_goal_updates")
    .columns(["goal_id", "created_at"])
    .execute();

  await db.schema
    .createTable("relationship_sessions")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("relationship_id", "uuid", (c) => c.notNull().references("relationships.id").onDelete("cascade"))
    .addColumn("starts_at", "timestamptz", (c) => c.notNull())
    .addColumn("duration_minutes", "integer", (c) => c.notNull().check(sql`duration_minutes between 15 and 240`))
    .addColumn("mode", "text", (c) => c.notNull().check(inList("mode", ["video", "voice", "in_person", "chat"])))
    .addColumn("agenda", "text")
    .addColumn("status", "text", (c) => c.notNull().check(inList("status", ["proposed", "scheduled", "cancelled"])))
    .addColumn("proposed_by", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("proposed_at", "timestamptz", (c) => c.notNull())
    .addColumn("confirmed_by", "uuid", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("confirmed_at", "timestamptz")
    .addColumn("cancelled_by", "uuid", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("cancelled_at", "timestamptz")
    .addColumn("cancel_reason", "text")
    // Grows with every change of time or place, as a calendar's SEQUENCE must.
    .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("relationship_sessions_relationship_idx")
    .on("relationship_sessions")
    .columns(["relationship_id", "starts_at"])
    .execute();
  await db.schema
    .createIndex("relationship_sessions_status_idx")
    .on("relationship_sessions")
    .columns(["status", "proposed_at"])
    .execute();

  await db.schema
    .createTable("relationship_session_attendance")
    .addColumn("session_id", "uuid", (c) => c.notNull().references("relationship_sessions.id").onDelete("cascade"))
    .addColumn("member_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull().check(inList("status", ["attended", "missed"])))
    .addColumn("recorded_by", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("recorded_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("relationship_session_attendance_pk", ["session_id", "member_id"])
    .execute();

  // Every saved version is kept; the newest is the summary.
  await db.schema
    .createTable("relationship_session_summaries")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("session_id", "uuid", (c) => c.notNull().references("relationship_sessions.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("author_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addUniqueConstraint("relationship_session_summaries_version", ["session_id", "version"])
    .execute();

  await db.schema
    .createTable("relationship_session_notes")
    .addColumn("session_id", "uuid", (c) => c.notNull().references("relationship_sessions.id").onDelete("cascade"))
    .addColumn("author_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("relationship_session_notes_pk", ["session_id", "author_id"])
    .execute();

  await db.schema
    .createTable("relationship_check_ins")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("relationship_id", "uuid", (c) => c.notNull().references("relationships.id").onDelete("cascade"))
    .addColumn("author_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("mood", "integer", (c) => c.notNull().check(sql`mood between 1 and 5`))
    .addColumn("note", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("relationship_check_ins_relationship_idx")
    .on("relationship_check_ins")
    .columns(["relationship_id", "created_at"])
    .execute();

  // One row per act of contact (not private notes, cancellations or missed sessions): last contact
  // and "has the mentor answered since" read this instead of every activity table.
  await db.schema
    .createTable("relationship_contact_events")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("relationship_id", "uuid", (c) => c.notNull().references("relationships.id").onDelete("cascade"))
    .addColumn("actor_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("occurred_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("relationship_contact_events_idx")
    .on("relationship_contact_events")
    .columns(["relationship_id", "occurred_at"])
    .execute();

  // Idempotency of the inactivity jobs: one reminder or alert per relationship, silence and period.
  await db.schema
    .createTable("relationship_inactivity_notices")
    .addColumn("relationship_id", "uuid", (c) => c.notNull().references("relationships.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull().check(inList("kind", ["reminder", "supervisor_alert"])))
    .addColumn("silent_since", "timestamptz", (c) => c.notNull())
    .addColumn("period", "integer", (c) => c.notNull())
    .addColumn("sent_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("relationship_inactivity_notices_pk", [
      "relationship_id",
      "kind",
      "silent_since",
      "period",
    ])
    .execute();

  // Each piece of evidence (an unanswered proposal or check-in, a run of missed sessions) pauses a mentor once.
  await db.schema
    .createTable("mentor_wait_pauses")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("mentor_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("relationship_id", "uuid", (c) => c.notNull().references("relationships.id").onDelete("cascade"))
    .addColumn("reason", "text", (c) =>
      c.notNull().check(inList("reason", ["unanswered_proposal", "unanswered_check_in", "missed_sessions"])),
    )
    .addColumn("evidence_id", "uuid", (c) => c.notNull())
    .addColumn("paused", "boolean", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addUniqueConstraint("mentor_wait_pauses_evidence", ["mentor_id", "reason", "evidence_id"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "mentor_wait_pauses",
    "relationship_inactivity_notices",
    "relationship_contact_events",
    "relationship_check_ins",
    "relationship_session_notes",
    "relationship_session_summaries",
    "relationship_session_attendance",
    "relationship_sessions",
    "relationship_goal_updates",
    "relationship_goal_milestones",
    "relationship_goals",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
