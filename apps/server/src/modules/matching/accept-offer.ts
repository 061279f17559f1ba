import type { MatchOffer } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict, notFound } from "../../lib/errors.js";
import { checkPair } from "./check-pair.js";
import { listMyOffers } from "./list-my-offers.js";
import { type Notice, sendNotices } from "./notices.js";
import { updateOffer } from "./offers-repository.js";
import { lockOwnPendingOffer, type Responder } from "./respond-to-offer.js";
import { startRelationship } from "./start-relationship.js";

/** Constraints that stop a match even after it was offered: safety, blocks, a mentor who left. */
const STILL_BINDING = new Set(["mentee_not_cleared", "blocked", "mentor_not_active"]);

/** One side accepts; when both have, the relationship starts and both get their introduction. */
export async function acceptOffer(ctx: AppContext, responder: Responder, offerId: string): Promise<MatchOffer> {
  const notices = await ctx.database.transaction(async (trx): Promise<Notice[]> => {
    const now = ctx.clock.now();
    const { offer, role } = await lockOwnPendingOffer(trx, responder, offerId, now);
    const updated = await updateOffer(
      trx,
      offerId,
      role === "mentee" ? { mentee_accepted_at: now } : { mentor_accepted_at: now },
    );
    await ctx.audit.record(
      {
        action: "matching.offer_accepted",
        actorId: responder.userId,
        subjectId: offer.mentee_id,
        ip: responder.ip,
        requestId: responder.requestId,
        details: { offerId, proposalId: offer.proposal_id, by: role },
      },
      trx,
    );
    if (!updated.mentee_accepted_at || !updated.mentor_accepted_at) return [];
    const { exclusions } = await checkPair(trx, offer.mentee_id, offer.mentor_id, now);
    const binding = exclusions.filter((e) => STILL_BINDING.has(e.constraint));
    if (binding.length > 0) {
      throw conflict(
        "This match cannot start right now",
        binding.map((e) => ({ field: "offer", reason: e.message })),
      );
    }
    return startRelationship(ctx, trx, updated, responder);
  });
  await sendNotices(ctx, notices);
  const mine = (await listMyOffers(ctx.db, responder.userId)).offers.find((o) => o.id === offerId);
  if (!mine) throw notFound("Offer");
  return mine;
}
