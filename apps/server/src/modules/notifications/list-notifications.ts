import type { Notification } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { countUnread, selectNotifications } from "./notifications-repository.js";
import { presentNotification } from "./presenter.js";

export interface ListNotificationsQuery {
  limit: number;
  unreadOnly: boolean;
}

/** The member's latest notifications and how many are unread in all. */
export async function listNotifications(
  ctx: AppContext,
  userId: string,
  query: ListNotificationsQuery,
): Promise<{ notifications: Notification[]; unread: number }> {
  const rows = await selectNotifications(ctx.db, userId, query);
  const unread = await countUnread(ctx.db, userId);
  return { notifications: rows.map(presentNotification), unread };
}
