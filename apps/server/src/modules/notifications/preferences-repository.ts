import type { Selectable } from "kysely";
import type { Executor } from "../../db/database.js";
import type { NotificationCategorySettingsTable, NotificationSettingsTable } from "../../db/schema.js";

export type SettingsRow = Selectable<NotificationSettingsTable>;
export type CategorySettingRow = Selectable<NotificationCategorySettingsTable>;

export async function findSettings(db: Executor, userId: string): Promise<SettingsRow | undefined> {
  return db.selectFrom("notification_settings").selectAll().where("user_id", "=", userId).executeTakeFirst();
}

export async function listCategorySettings(db: Executor, userId: string): Promise<CategorySettingRow[]> {
  return db.selectFrom("notification_category_settings").selectAll().where("user_id", "=", userId).execute();
}

export async function findCategorySetting(
  db: Executor,
  userId: string,
  category: string,
): Promise<CategorySettingRow | undefined> {
  return db
    .selectFrom("notification_category_settings")
    .selectAll()
    .where("user_id", "=", userId)
    .where("category", "=", category)
    .executeTakeFirst();
}

export async function upsertSettings(db: Executor, row: SettingsRow): Promise<void> {
  const { user_id: _, ...changes } = row;
  await db
    .insertInto("notification_settings")
    .values(row)
    .onConflict((oc) => oc.column("user_id").doUpdateSet(changes))
    .execute();
}

export async function upsertCategorySettings(db: Executor, rows: readonly CategorySettingRow[]): Promise<void> {
  for (const row of rows) {
    await db
      .insertInto("notification_category_settings")
      .values(row)
      .onConflict((oc) =>
        oc.columns(["user_id", "category"]).doUpdateSet({
          in_app: row.in_app,
          email: row.email,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  }
}
