import type { SystemNotice } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { appendSystemEvent, notifyConversationChanged } from "../messaging/index.js";
import type { RequestActor } from "../relationships/actor.js";
import type { GroupAccess } from "./group-access.js";

/** How the notice names who acted: staff moderating from outside the group speak as their team. */
export function actorLabel(access: GroupAccess, actor: RequestActor, displayName: string): string {
  if (!access.asStaff) return displayName;
  return actor.roles.includes("safety") ? "The safety team" : "An administrator";
}

/**
 * Tells the group what changed, after the change committed: a system entry in its log for everyone
 * (and for the history), then conversation:changed so members' apps refetch and the next sender's
 * device makes a new key. `alsoTell` reaches people no longer members (the one just removed).
 */
export async function announceMembershipChange(
  ctx: AppContext,
  conversationId: string,
  notice: SystemNotice,
  alsoTell: string[] = [],
): Promise<void> {
  await appendSystemEvent(ctx, conversationId, notice);
  await notifyConversationChanged(ctx, conversationId);
  if (alsoTell.length > 0) ctx.realtime.emitToUsers(alsoTell, "conversation:changed", { conversationId });
}
