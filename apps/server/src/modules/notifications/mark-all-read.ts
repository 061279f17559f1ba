import type { AppContext } from "../../context.js";
import { markAllRead } from "./notifications-repository.js";

export async function markAllNotificationsRead(ctx: AppContext, userId: string): Promise<void> {
  await markAllRead(ctx.db, userId, ctx.clock.now());
}
