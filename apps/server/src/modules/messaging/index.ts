/**
 * What other modules (groups, message safety, attachments, calls) use of messaging. Everything else
 * in this folder is the module's own.
 *
 * - appendSystemEvent(ctx, conversationId, notice): adds a plain server notice (member added, removed,
 *   muted; worried alert) to the log with the next number and pushes it to current members. Call it
 *   after your own transaction has committed.
 * - notifyConversationChanged(ctx, conversationId): tells current members' browsers to refetch the
 *   conversation (membership, roles, mutes, devices or keys changed). Removed members are not told.
 * - findActiveMembership(db, conversationId, userId): the caller's current membership (role,
 *   mutedUntil, fromEpoch, toEpoch) or undefined when they are not, or no longer, a member.
 * - getConversationDetail(ctx, conversationId, viewerId): the ConversationDetail a member sees;
 *   404 (AppError) for anyone who was never a member.
 * - markRekeyNeeded(db, conversationId): membership changed, so the next sender's device must make a
 *   new key epoch before new ciphertext is accepted. Run it in the transaction that changes membership.
 * - pairStateChanged(ctx, relationshipId): a relationship's status changed; its pair conversation
 *   turns open or read-only to match and the pair hear conversation:changed. Call after commit.
 */
export { appendSystemEvent } from "./append-system-event.js";
export { markRekeyNeeded } from "./conversations-repository.js";
export { getConversationDetail } from "./get-conversation.js";
export { type ActiveMembership, findActiveMembership } from "./membership.js";
export { notifyConversationChanged } from "./notify-conversation-changed.js";
export { pairStateChanged } from "./pair-state-changed.js";
export { TokenBuckets } from "./rate-limits.js";
export { messagingSocketModule } from "./socket.js";
