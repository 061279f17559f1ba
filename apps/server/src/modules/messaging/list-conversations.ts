import type { ConversationSummary } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { listMembershipsOf } from "./conversations-repository.js";
import { ensurePairConversations } from "./ensure-pair-conversations.js";
import { summariesAsLeft } from "./former-member-view.js";
import { countUnread, listMembersOf } from "./members-repository.js";
import { presentSummary } from "./presenter.js";

/**
 * The caller's conversations, most recent activity first: groups they are or were in, and a pair
 * conversation for each of their relationships (made on the way when missing).
 */
export async function listConversations(
  ctx: Pick<AppContext, "db" | "clock" | "database">,
  userId: string,
): Promise<{ conversations: ConversationSummary[] }> {
  await ensurePairConversations(ctx, userId);
  const memberships = await listMembershipsOf(ctx.db, userId);
  const ids = memberships.map((m) => m.id);
  const [members, unread] = await Promise.all([listMembersOf(ctx.db, ids), countUnread(ctx.db, userId, ids)]);
  const membersOf = (id: string) => members.filter((row) => row.conversation_id === id);
  const summaries = memberships.map((m) =>
    presentSummary({
      conversation: m,
      viewerId: userId,
      viewer: { role: m.role, leftAt: m.left_at, mutedUntil: m.muted_until, lastReadSeq: Number(m.last_read_seq) },
      members: membersOf(m.id),
      unread: unread.get(m.id) ?? 0,
    }),
  );
  // Former memberships show the conversation as it stood when the caller left.
  const former = summaries.flatMap((summary) => {
    const viewer = membersOf(summary.id).find((row) => row.user_id === userId);
    return viewer && viewer.left_at !== null ? [{ summary, viewer, members: membersOf(summary.id) }] : [];
  });
  const asLeft = new Map((await summariesAsLeft(ctx.db, former)).map((s) => [s.id, s]));
  return { conversations: summaries.map((s) => asLeft.get(s.id) ?? s) };
}
