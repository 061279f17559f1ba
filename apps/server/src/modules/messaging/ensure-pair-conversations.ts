import type { AppContext } from "../../context.js";
import {
  findPairConversations,
  insertPairConversations,
  listRelationshipsOf,
  setConversationState,
} from "./conversations-repository.js";
import { insertMembers } from "./members-repository.js";
import { effectiveState } from "./presenter.js";

/**
 * Makes sure each of the member's relationships has its pair conversation with both of the pair in
 * it, and that its stored state follows the relationship (open while active or paused, read-only
 * after). Safe to run by both members at once: every insert gives way to one already there.
 */
export async function ensurePairConversations(ctx: Pick<AppContext, "db" | "clock">, userId: string): Promise<void> {
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
  const byRelationship = new Map(relationships.map((r) => [r.id, r]));
  const members = [];
  for (const conversation of conversations) {
    const relationship = byRelationship.get(conversation.relationship_id ?? "");
    if (!relationship) continue;
    const state = stateOf(relationship.status);
    if (state !== conversation.state) await setConversationState(ctx.db, conversation.id, state);
    for (const memberId of [relationship.mentee_id, relationship.mentor_id]) {
      members.push({ conversationId: conversation.id, userId: memberId, role: "member" as const, joinedAt: now });
    }
  }
  await insertMembers(ctx.db, members);
}
