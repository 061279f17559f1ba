import type { AppContext } from "../../context.js";
import { findConversation, findPairConversations, setConversationState } from "./conversations-repository.js";
import { notifyConversationChanged } from "./notify-conversation-changed.js";
import { effectiveState } from "./presenter.js";

/**
 * A relationship's status changed (paused, resumed, closed, graduated, rematched): its pair
 * conversation's stored state follows (open while active or paused, read-only after) and both of
 * the pair's browsers are told to refetch it. Call after the change committed. Never throws: the
 * transition stands whether or not anyone hears of it now (sending checks the live status anyway).
 */
export async function pairStateChanged(ctx: AppContext, relationshipId: string): Promise<void> {
  try {
    const [pair] = await findPairConversations(ctx.db, [relationshipId]);
    if (!pair) return; // nobody has opened Messages for this relationship yet
    const conversation = await findConversation(ctx.db, pair.id);
    if (!conversation) return;
    const state = effectiveState(conversation);
    if (state !== conversation.state) await setConversationState(ctx.db, conversation.id, state);
    await notifyConversationChanged(ctx, conversation.id);
  } catch (error) {
    ctx.log.error({ err: error, relationshipId }, "could not update the pair conversation after a transition");
  }
}
