import type { ConversationSummary } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { listMembershipsOf } from "./conversations-repository.js";
import { ensurePairConversations } from "./ensure-pair-conversations.js";
import { countUnread, listMembersOf } from "./members-repository.js";
import { presentSummary } from "./presenter.js";

/**
 * The caller's conversations, most recent activity first: groups they are or were in, and a pair
 * conversation for each of their relationships (made on the way when missing).
 */
export async function listConversations(
  ctx: Pick<AppContext, "db" | "clock">,
  userId: string,
): Promise<{ conversations: ConversationSummary[] }> {
  await ensurePairConversations(ctx, userId);
  const memberships = await listMembershipsOf(ctx.db, userId);
  const ids = memberships.map((m) => m.id);
  const [members, unread] = await Promise.all([listMembersOf(ctx.db, ids), countUnread(ctx.db, userId, ids)]);
  return {
    conversations: memberships.map((m) =>
      presentSummary({
        conversation: m,
        viewerId: userId,
        viewer: { role: m.role, leftAt: m.left_at, mutedUntil: m.muted_until, lastReadSeq: Number(m.last_read_seq) },
        members: members.filter((row) => row.conversation_id === m.id),
        unread: unread.get(m.id) ?? 0,
      }),
    ),
  };
}
