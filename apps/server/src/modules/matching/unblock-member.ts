import type { AppContext } from "../../context.js";
import { deleteBlock } from "./blocks-repository.js";
import type { Responder } from "./respond-to-offer.js";

/** Lifts a block the caller set; returns whether there was one. */
export async function unblockMember(ctx: AppContext, actor: Responder, memberId: string): Promise<boolean> {
  return ctx.database.transaction(async (trx) => {
    const removed = await deleteBlock(trx, actor.userId, memberId);
    if (removed) {
      await ctx.audit.record(
        {
          action: "matching.member_unblocked",
          actorId: actor.userId,
          subjectId: actor.userId,
          ip: actor.ip,
          requestId: actor.requestId,
          details: { blockedId: memberId },
        },
        trx,
      );
    }
    return removed;
  });
}
