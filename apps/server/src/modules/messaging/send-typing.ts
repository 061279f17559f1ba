import type { AppContext } from "../../context.js";
import { findConversation } from "./conversations-repository.js";
import { listCurrentMemberIds } from "./members-repository.js";
import { findActiveMembership } from "./membership.js";
import { effectiveState } from "./presenter.js";

/**
 * A member is typing: their fellow current members hear it (nobody else, and nothing is stored).
 * Only someone who could send: a current, unmuted member of an open conversation.
 */
export async function sendTyping(
  ctx: Pick<AppContext, "db" | "realtime" | "clock">,
  userId: string,
  conversationId: string,
): Promise<void> {
  const membership = await findActiveMembership(ctx.db, conversationId, userId);
  if (!membership) return;
  if (membership.mutedUntil && membership.mutedUntil > ctx.clock.now()) return;
  const conversation = await findConversation(ctx.db, conversationId);
  if (!conversation || effectiveState(conversation) !== "open") return;
  const others = (await listCurrentMemberIds(ctx.db, conversationId)).filter((id) => id !== userId);
  ctx.realtime.emitToUsers(others, "conversation:typing", { conversationId, userId });
}
