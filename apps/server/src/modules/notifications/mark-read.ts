import type { AppContext } from "../../context.js";
import { markRead } from "./notifications-repository.js";

/** Marks some of the member's notifications read; ids of anyone else's are ignored, not reported. */
export async function markNotificationsRead(ctx: AppContext, userId: string, ids: readonly string[]): Promise<void> {
  await markRead(ctx.db, userId, ids, ctx.clock.now());
}
