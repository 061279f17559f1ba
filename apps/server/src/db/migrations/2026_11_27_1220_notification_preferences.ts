import { type Kysely, sql } from "kysely";

/**
 * Per-member notification choices (one row per category changed from its default), quiet hours,
 * and the emails held back until quiet hours end. No row means the defaults.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("notification_settings")
    .addColumn("user_id", "uuid", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("quiet_hours_enabled", "boolean", (c) => c.notNull())
    .addColumn("quiet_start_minute", "smallint", (c) => c.notNull().check(sql`quiet_start_minute between 0 and 1439`))
    .addColumn("quiet_end_minute", "smallint", (c) => c.notNull().check(sql`quiet_end_minute between 0 and 1439`))
    // null: the matching profile's zone, read when needed so a profile change needs no copy here.
    .addColumn("time_zone", "text")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addCheckConstraint("notification_settings_window", sql`quiet_start_minute <> quiet_end_minute`)
    .execute();

  await db.schema
    .createTable("notification_category_settings")
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("in_app", "boolean", (c) => c.notNull())
    .addColumn("email", "boolean", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("notification_category_settings_pk", ["user_id", "category"])
    // Safety notices always reach the app, whatever a request says.
    .addCheckConstraint("notification_category_settings_safety", sql`category <> 'safety' or in_app`)
    .execute();

  await db.schema
    .createTable("deferred_notification_emails")
    .addColumn("id", "uuid", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn("user_id", "uuid", (c) => c.notNull().references("users.id").onDelete("cascade"))
    // Null when the member keeps this category out of the app; then the email goes regardless.
    .addColumn("notification_id", "uuid", (c) => c.references("notifications.id").onDelete("cascade"))
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("link", "text")
    .addColumn("send_after", "timestamptz", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("deferred_notification_emails_due_idx")
    .on("deferred_notification_emails")
    .columns(["send_after", "user_id"])
    .execute();
  await db.schema
    .createIndex("deferred_notification_emails_user_idx")
    .on("deferred_notification_emails")
    .column("user_id")
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["deferred_notification_emails", "notification_category_settings", "notification_settings"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
