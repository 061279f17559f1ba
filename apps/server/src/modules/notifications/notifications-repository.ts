import type { Selectable } from "kysely";
import type { Executor } from "../../db/database.js";
import type { NotificationsTable } from "../../db/schema.js";

export type NotificationRow = Selectable<NotificationsTable>;

export async function insertNotification(
  db: Executor,
  values: { userId: string; kind: string; title: string; body: string; link: string | null; createdAt: Date },
): Promise<NotificationRow> {
  return db
    .insertInto("notifications")
    .values({
      user_id: values.userId,
      kind: values.kind,
      title: values.title,
      body: values.body,
      link: values.link,
      created_at: values.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A member's notifications, newest first. */
export async function selectNotifications(
  db: Executor,
  userId: string,
  options: { limit: number; unreadOnly: boolean },
): Promise<NotificationRow[]> {
  let query = db.selectFrom("notifications").selectAll().where("user_id", "=", userId);
  if (options.unreadOnly) query = query.where("read_at", "is", null);
  return query.orderBy("created_at", "desc").orderBy("id", "desc").limit(options.limit).execute();
}

export async function countUnread(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks read those of `ids` that belong to the member and are unread; other ids are ignored. */
export async function markRead(db: Executor, userId: string, ids: readonly string[], now: Date): Promise<number> {
  const result = await db
    .updateTable("notifications")
    .set({ read_at: now })
    .where("user_id", "=", userId)
    .where("id", "in", [...ids])
    .where("read_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function markAllRead(db: Executor, userId: string, now: Date): Promise<number> {
  const result = await db
    .updateTable("notifications")
    .set({ read_at: now })
    .where("user_id", "=", userId)
    .where("read_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
