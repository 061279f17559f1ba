import type { AppContext } from "../../context.js";
import { invalidField } from "../../lib/errors.js";
import { closeLiveRelationshipsForBlock } from "../relationships/close-for-block.js";
import { insertBlock, metThroughMatching } from "./blocks-repository.js";
import { declineOffer } from "./decline-offer.js";
import { listBlocks } from "./list-blocks.js";
import { findPendingOffersBetween } from "./offers-repository.js";
import type { Responder } from "./respond-to-offer.js";

/**
 * Blocks a member the caller was offered or matched with, on either side. Matching never pairs
 * them again, a live relationship between them closes (reason blocked, its conversation read-only)
 * and a pending offer between them is declined, at once. Blocking again retries the closing, so a
 * close that failed after the block was stored is not left undone.
 */
export async function blockMember(ctx: AppContext, actor: Responder, memberId: string) {
  if (memberId === actor.userId) throw invalidField("memberId", "You cannot block yourself");
  if (!(await metThroughMatching(ctx.db, actor.userId, memberId))) {
    throw invalidField("memberId", "You can block only members you were offered or matched with");
  }
  const created = await ctx.database.transaction(async (trx) => {
    const inserted = await insertBlock(trx, actor.userId, memberId, ctx.clock.now());
    if (inserted) {
      await ctx.audit.record(
        {
          action: "matching.member_blocked",
          actorId: actor.userId,
          subjectId: actor.userId,
          ip: actor.ip,
          requestId: actor.requestId,
          details: { blockedId: memberId },
        },
        trx,
      );
    }
    return inserted;
  });
  await closeLiveRelationshipsForBlock(ctx, actor, memberId);
  for (const offer of await findPendingOffersBetween(ctx.db, actor.userId, memberId)) {
    await declineOffer(ctx, actor, offer.id, { reason: "Blocked by this member" });
  }
  return { created, blocks: await listBlocks(ctx.db, actor.userId) };
}
