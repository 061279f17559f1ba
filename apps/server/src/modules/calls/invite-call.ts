import type { CallMedia } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict } from "../../lib/errors.js";
import {
  type CallRow,
  endStaleRings,
  findDisplayName,
  hasLiveCall,
  insertCall,
  lockUsers,
} from "./calls-repository.js";
import { loadPair } from "./pair-access.js";
import { liveCallBounds, RING_TIMEOUT_MS } from "./rules.js";

export interface InviteInput {
  conversationId: string;
  media: CallMedia;
}

/**
 * Starts a call in an open pair conversation. When the other member is already in a call, the call
 * is recorded as ended busy at once (it shows in both members' history; the callee is not disturbed).
 */
export async function inviteCall(
  ctx: AppContext,
  callerId: string,
  input: InviteInput,
): Promise<{ call: CallRow; busy: boolean; callerName: string }> {
  const now = ctx.clock.now();
  const bounds = liveCallBounds(now);
  await endStaleRings(ctx.db, input.conversationId, bounds.ringingSince, RING_TIMEOUT_MS);
  const result = await ctx.database.transaction(async (trx) => {
    const pair = await loadPair(trx, input.conversationId, callerId);
    if (pair.state !== "open") {
      throw conflict("This conversation is read-only now that the relationship has ended", [
        { field: "conversationId", reason: "read only" },
      ]);
    }
    // Serialises invites that involve either member, so two cannot both find the other free.
    await lockUsers(trx, [callerId, pair.otherId]);
    if (await hasLiveCall(trx, callerId, bounds)) {
      throw conflict("You are already in a call; hang up first", [{ field: "conversationId", reason: "in a call" }]);
    }
    const busy = await hasLiveCall(trx, pair.otherId, bounds);
    const call = await insertCall(trx, {
      conversation_id: input.conversationId,
      caller_id: callerId,
      callee_id: pair.otherId,
      media: input.media,
      started_at: now,
      ...(busy ? { ended_at: now, end_reason: "busy" } : {}),
    });
    return { call, busy };
  });
  return { ...result, callerName: (await findDisplayName(ctx.db, callerId)) ?? "A member" };
}
