import type { Executor } from "../../db/database.js";
import { conflict, notFound } from "../../lib/errors.js";
import { findActiveMembership } from "../messaging/index.js";
import { findConversationWithMembers } from "./calls-repository.js";

export interface CallablePair {
  state: "open" | "read_only";
  otherId: string;
}

/**
 * A pair conversation as one of its current members sees it (membership as messaging defines it).
 * Anyone else learns nothing, not even that it exists (404); calls are one to one, so a group
 * conversation is refused by name.
 */
export async function loadPair(db: Executor, conversationId: string, userId: string): Promise<CallablePair> {
  const membership = await findActiveMembership(db, conversationId, userId);
  const conversation = membership ? await findConversationWithMembers(db, conversationId) : undefined;
  if (!conversation) throw notFound("Conversation");
  const otherId = conversation.memberIds.find((id) => id !== userId);
  if (conversation.kind !== "pair" || !otherId) {
    throw conflict("Calls are one to one, between the two members of a pair conversation", [
      { field: "conversationId", reason: "not a pair conversation" },
    ]);
  }
  return { state: conversation.state, otherId };
}
