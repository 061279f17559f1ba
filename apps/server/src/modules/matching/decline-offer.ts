import type { MatchOffer } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { notFound } from "../../lib/errors.js";
import { listMyOffers } from "./list-my-offers.js";
import { NOTICES, type Notice, sendNotices } from "./notices.js";
import { updateOffer } from "./offers-repository.js";
import { passToNextOption } from "./pass-to-next-option.js";
import { updateOption } from "./proposals-repository.js";
import { lockOwnPendingOffer, type Responder } from "./respond-to-offer.js";

/**
 * Either side declines, with a reason reviewers read (the other person never does); the proposal
 * goes back to review with the next option.
 */
export async function declineOffer(
  ctx: AppContext,
  responder: Responder,
  offerId: string,
  input: { reason: string },
): Promise<MatchOffer> {
  const notices = await ctx.database.transaction(async (trx): Promise<Notice[]> => {
    const now = ctx.clock.now();
    const { offer, role } = await lockOwnPendingOffer(trx, responder, offerId, now);
    await updateOffer(trx, offerId, {
      status: "declined",
      declined_by: role,
      decline_reason: input.reason,
      resolved_at: now,
    });
    await updateOption(trx, offer.option_id, {
      status: "declined",
      decided_by: responder.userId,
      decision_reason: `Declined by the ${role}: ${input.reason}`,
    });
    const next = await passToNextOption(trx, { id: offer.proposal_id, menteeId: offer.mentee_id }, now);
    // The reason is the member's own words: kept on the offer for reviewers, not in the audit log.
    await ctx.audit.record(
      {
        action: "matching.offer_declined",
        actorId: responder.userId,
        subjectId: offer.mentee_id,
        ip: responder.ip,
        requestId: responder.requestId,
        details: { offerId, proposalId: offer.proposal_id, by: role },
      },
      trx,
    );
    if (role === "mentor") return [next];
    const out: Notice[] = [{ userId: offer.mentor_id, notice: NOTICES.menteeDeclined }];
    if (next.notice === NOTICES.exhausted) out.push(next);
    return out;
  });
  await sendNotices(ctx, notices);
  const mine = (await listMyOffers(ctx.db, responder.userId)).offers.find((o) => o.id === offerId);
  if (!mine) throw notFound("Offer");
  return mine;
}
