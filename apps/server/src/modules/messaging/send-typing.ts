import type { AppContext } from "../../context.js";
import { findConversation } from "./conversations-repository.js";
import { listCurrentMemberIds } from "./members-repository.js";
import { findActiveMembership } from "./membership.js";
import { effectiveState } from "./presenter.js";

/**
 * Who hears that this member is typing here: their fellow current members (nobody else, and nothing
 * is stored). Null unless they could send: a current, unmuted member of an open conversation.
 */
export async function typingAudience(
  ctx: Pick<AppContext, "db" | "clock">,
  userId: string,
  conversationId: string,
): Promise<string[] | null> {
  const membership = await findActiveMembership(ctx.db, conversationId, userId);
  if (!membership) return null;
  if (membership.mutedUntil && membership.mutedUntil > ctx.clock.now()) return null;
  const conversation = await findConversation(ctx.db, conversationId);
  if (!conversation || effectiveState(conversation) !== "open") return null;
  return (await listCurrentMemberIds(ctx.db, conversationId)).filter((id) => id !== userId);
}
