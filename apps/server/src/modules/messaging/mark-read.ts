import type { AppContext } from "../../context.js";
import { advanceReadMark, listCurrentMemberIds } from "./members-repository.js";
import { requireCurrentMember } from "./membership.js";

/**
 * Read receipt: the member has read up to `seq`. The mark only moves forward and never past the
 * last event; when it moved, the other members' (and the member's other devices') browsers hear.
 */
export async function markRead(
  ctx: Pick<AppContext, "db" | "realtime">,
  userId: string,
  conversationId: string,
  seq: number,
): Promise<{ ok: true }> {
  const membership = await requireCurrentMember(ctx.db, conversationId, userId);
  const mark = await advanceReadMark(ctx.db, conversationId, userId, seq);
  if (mark !== undefined && mark > Number(membership.last_read_seq)) {
    const memberIds = await listCurrentMemberIds(ctx.db, conversationId);
    ctx.realtime.emitToUsers(memberIds, "conversation:read", { conversationId, userId, seq: mark });
  }
  return { ok: true };
}
