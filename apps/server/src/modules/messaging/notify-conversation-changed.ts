import type { AppContext } from "../../context.js";
import { listCurrentMemberIds } from "./members-repository.js";
import { membershipCacheFor } from "./membership-cache.js";

/**
 * Tells every current member's open browsers to refetch the conversation (membership, roles, mutes,
 * devices or keys changed). Call it after the change has committed. A member who was just removed
 * is no longer a current member: tell them separately if they should know.
 */
export async function notifyConversationChanged(
  ctx: Pick<AppContext, "db" | "realtime" | "clock" | "config">,
  conversationId: string,
): Promise<void> {
  membershipCacheFor(ctx).forget(conversationId);
  const memberIds = await listCurrentMemberIds(ctx.db, conversationId);
  ctx.realtime.emitToUsers(memberIds, "conversation:changed", { conversationId });
}

/** The same for several conversations (a member's device came or went). */
export async function notifyConversationsChanged(
  ctx: Pick<AppContext, "db" | "realtime" | "clock" | "config">,
  conversationIds: readonly string[],
): Promise<void> {
  for (const id of conversationIds) await notifyConversationChanged(ctx, id);
}
