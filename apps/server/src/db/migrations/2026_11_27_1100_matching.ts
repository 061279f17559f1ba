import { type Kysely, sql } from "kysely";

const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(", ")})`);

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("match_runs")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("kind", "text", (c) => c.notNull().check(inList("kind", ["batch", "single"])))
    .addColumn("status", "text", (c) =>
      c.notNull().check(inList("status", ["queued", "running", "completed", "failed"])),
    )
    .addColumn("started_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("mentee_id", "uuid", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("started_at", "timestamptz")
    .addColumn("finished_at", "timestamptz")
    .addColumn("stats", "jsonb")
    .addColumn("error", "text")
    .execute();
  await db.schema.createIndex("match_runs_created_idx").on("match_runs").column("created_at").execute();

  await db.schema
    .createTable("match_proposals")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("run_id", "uuid", (c) => c.notNull().references("match_runs.id").onDelete("cascade"))
    .addColumn("mentee_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("status", "text", (c) =>
      c.notNull().check(inList("status", ["in_review", "offered", "matched", "closed"])),
    )
    .addColumn("chosen_option_id", "uuid")
    .addColumn("flagged", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("flag_reason", "text")
    .addColumn("closed_reason", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .execute();
  // One open proposal per mentee, so a batch run and a single recommendation cannot both propose.
  await db.schema
    .createIndex("match_proposals_one_open_idx")
    .on("match_proposals")
    .column("mentee_id")
    .unique()
    .where(sql.ref("status"), "in", ["in_review", "offered"])
    .execute();
  await db.schema
    .createIndex("match_proposals_status_idx")
    .on("match_proposals")
    .columns(["status", "created_at"])
    .execute();

  await db.schema
    .createTable("match_options")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("proposal_id", "uuid", (c) => c.notNull().references("match_proposals.id").onDelete("cascade"))
    .addColumn("mentor_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("rank", "integer", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull().check(inList("source", ["algorithm", "override"])))
    .addColumn("status", "text", (c) =>
      c.notNull().check(inList("status", ["open", "offered", "accepted", "rejected", "declined", "expired"])),
    )
    .addColumn("total", "double precision", (c) => c.notNull())
    .addColumn("breakdown", "jsonb", (c) => c.notNull())
    .addColumn("decided_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("decision_reason", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addUniqueConstraint("match_options_mentor_once", ["proposal_id", "mentor_id"])
    .addUniqueConstraint("match_options_rank_once", ["proposal_id", "rank"])
    .execute();
  await db.schema.createIndex("match_options_mentor_idx").on("match_options").column("mentor_id").execute();
  await db.schema
    .alterTable("match_proposals")
    .addForeignKeyConstraint("match_proposals_chosen_fk", ["chosen_option_id"], "match_options", ["id"])
    .onDelete("set null")
    .execute();

  await db.schema
    .createTable("match_offers")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("proposal_id", "uuid", (c) => c.notNull().references("match_proposals.id").onDelete("cascade"))
    .addColumn("option_id", "uuid", (c) => c.notNull().references("match_options.id").onDelete("cascade"))
    .addColumn("mentee_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("mentor_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("status", "text", (c) =>
      c.notNull().check(inList("status", ["pending", "accepted", "declined", "expired"])),
    )
    .addColumn("approval", "text", (c) => c.notNull().check(inList("approval", ["approved", "override"])))
    .addColumn("approved_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("approval_reason", "text")
    .addColumn("mentee_accepted_at", "timestamptz")
    .addColumn("mentor_accepted_at", "timestamptz")
    .addColumn("declined_by", "text", (c) => c.check(inList("declined_by", ["mentee", "mentor"])))
    .addColumn("decline_reason", "text")
    .addColumn("mentor_lapsed", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("mentor_reminded_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("resolved_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("match_offers_one_pending_idx")
    .on("match_offers")
    .column("proposal_id")
    .unique()
    .where(sql.ref("status"), "=", "pending")
    .execute();
  await db.schema.createIndex("match_offers_due_idx").on("match_offers").columns(["status", "expires_at"]).execute();
  await db.schema.createIndex("match_offers_mentor_idx").on("match_offers").columns(["mentor_id", "status"]).execute();
  await db.schema.createIndex("match_offers_mentee_idx").on("match_offers").columns(["mentee_id", "status"]).execute();

  // Minimal on purpose: the relationships issue adds what a relationship carries.
  await db.schema
    .createTable("relationships")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("mentee_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("mentor_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("match_id", "uuid", (c) => c.unique().references("match_offers.id").onDelete("set null"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("phase", "text", (c) => c.notNull())
    .addColumn("started_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("relationships_mentee_idx")
    .on("relationships")
    .columns(["mentee_id", "status"])
    .execute();
  await db.schema
    .createIndex("relationships_mentor_idx")
    .on("relationships")
    .columns(["mentor_id", "status"])
    .execute();

  await db.schema
    .createTable("member_blocks")
    .addColumn("blocker_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("blocked_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("member_blocks_pk", ["blocker_id", "blocked_id"])
    .addCheckConstraint("member_blocks_not_self", sql`blocker_id <> blocked_id`)
    .execute();
  await db.schema.createIndex("member_blocks_blocked_idx").on("member_blocks").column("blocked_id").execute();

  await db.schema
    .createTable("rematch_allowances")
    .addColumn("mentee_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("mentor_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("allowed_by", "uuid", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("rematch_allowances_pk", ["mentee_id", "mentor_id"])
    .execute();

  // When a mentor was paused for letting offers lapse; lapses before it no longer count.
  await db.schema
    .createTable("mentor_lapse_pauses")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("mentor_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("lapses", "integer", (c) => c.notNull())
    .addColumn("paused_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("mentor_lapse_pauses_mentor_idx")
    .on("mentor_lapse_pauses")
    .columns(["mentor_id", "paused_at"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("match_proposals").dropConstraint("match_proposals_chosen_fk").ifExists().execute();
  for (const table of [
    "mentor_lapse_pauses",
    "rematch_allowances",
    "member_blocks",
    "relationships",
    "match_offers",
    "match_options",
    "match_proposals",
    "match_runs",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
