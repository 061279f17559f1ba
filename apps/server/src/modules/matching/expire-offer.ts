import type { AppContext } from "../../context.js";
import { NOTICES, type Notice, sendNotices } from "./notices.js";
import { lockOffer, updateOffer } from "./offers-repository.js";
import { passToNextOption } from "./pass-to-next-option.js";
import { pauseLapsingMentor } from "./pause-lapsing-mentor.js";
import { updateOption } from "./proposals-repository.js";

/**
 * An offer nobody settled in time passes to the next option. When the mentor never answered it
 * counts against them; enough such lapses pause their new matches.
 */
export async function expireOffer(ctx: AppContext, offerId: string, now: Date): Promise<boolean> {
  const notices = await ctx.database.transaction(async (trx): Promise<Notice[] | null> => {
    const offer = await lockOffer(trx, offerId);
    if (offer?.status !== "pending" || offer.expires_at > now) return null;
    const mentorLapsed = offer.mentor_accepted_at === null;
    await updateOffer(trx, offerId, { status: "expired", resolved_at: now, mentor_lapsed: mentorLapsed });
    const silent = [mentorLapsed ? "the mentor" : null, offer.mentee_accepted_at ? null : "the mentee"].filter(Boolean);
    await updateOption(trx, offer.option_id, {
      status: "expired",
      decided_by: null,
      decision_reason: `Expired without an answer from ${silent.join(" and ")}`,
    });
    const next = await passToNextOption(trx, { id: offer.proposal_id, menteeId: offer.mentee_id }, now);
    await ctx.audit.record(
      {
        action: "matching.offer_expired",
        actorId: null,
        subjectId: offer.mentee_id,
        details: {
          offerId,
          proposalId: offer.proposal_id,
          mentorId: offer.mentor_id,
          mentorLapsed,
          menteeLapsed: offer.mentee_accepted_at === null,
        },
      },
      trx,
    );
    const out: Notice[] = [next, { userId: offer.mentor_id, notice: NOTICES.offerLapsed }];
    if (mentorLapsed && (await pauseLapsingMentor(ctx, trx, offer.mentor_id, now))) {
      out.push({ userId: offer.mentor_id, notice: NOTICES.mentorPaused });
    }
    return out;
  });
  if (!notices) return false;
  await sendNotices(ctx, notices);
  return true;
}
