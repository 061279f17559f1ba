import type { AppContext } from "../../context.js";
import {
  findPairConversations,
  insertPairConversations,
  listRelationshipsOf,
  lockLastSeqs,
  setConversationState,
} from "./conversations-repository.js";
import { insertMembers, listMemberKeys } from "./members-repository.js";
import { effectiveState } from "./presenter.js";

/**
 * Makes sure each of the member's relationships has its pair conversation with both of the pair in
 * it, and that its stored state follows the relationship (open while active or paused, read-only
 * after). Safe to run by both members at once: every insert gives way to one already there. A
 * member row is added under the conversation's lock with joined_seq = its last number then (0 for a
 * new conversation), so nobody sees events from before they joined; once both rows exist, nothing
 * is locked.
 */
export async function ensurePairConversations(
  ctx: Pick<AppContext, "db" | "clock" | "database">,
  userId: string,
): Promise<void> {
  const relationships = await listRelationshipsOf(ctx.db, userId);
  if (relationships.length === 0) return;
  const now = ctx.clock.now();
  const stateOf = (status: string) => effectiveState({ kind: "pair", state: "open", relationship_status: status });
  await insertPairConversations(
    ctx.db,
    relationships.map((r) => ({ relationshipId: r.id, state: stateOf(r.status) })),
    now,
  );
  const conversations = await findPairConversations(
    ctx.db,
    relationships.map((r) => r.id),
  );
  const existing = new Set(
    (
      await listMemberKeys(
        ctx.db,
        conversations.map((c) => c.id),
      )
    ).map((m) => `${m.conversation_id}|${m.user_id}`),
  );
  const byRelationship = new Map(relationships.map((r) => [r.id, r]));
  const missing: { conversationId: string; userId: string }[] = [];
  for (const conversation of conversations) {
    const relationship = byRelationship.get(conversation.relationship_id ?? "");
    if (!relationship) continue;
    const state = stateOf(relationship.status);
    if (state !== conversation.state) await setConversationState(ctx.db, conversation.id, state);
    for (const memberId of [relationship.mentee_id, relationship.mentor_id]) {
      if (!existing.has(`${conversation.id}|${memberId}`))
        missing.push({ conversationId: conversation.id, userId: memberId });
    }
  }
  if (missing.length === 0) return;
  await ctx.database.transaction(async (trx) => {
    const lastSeqOf = await lockLastSeqs(trx, [...new Set(missing.map((m) => m.conversationId))]);
    await insertMembers(
      trx,
      missing.map((m) => ({
        ...m,
        role: "member" as const,
        joinedAt: now,
        joinedSeq: lastSeqOf.get(m.conversationId) ?? 0,
      })),
    );
  });
}
