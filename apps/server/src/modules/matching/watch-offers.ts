import type { AppContext } from "../../context.js";
import { HOUR } from "../../lib/clock.js";
import { expireOffer } from "./expire-offer.js";
import { NOTICES, sendNotices } from "./notices.js";
import { claimMentorReminders, findDueOfferIds } from "./offers-repository.js";

/** A mentor who has not answered an offer within this long is reminded, once. */
export const MENTOR_REMINDER_AFTER_MS = 24 * HOUR;

/** Hourly: reminds mentors who have not answered, and passes expired offers on to the next option. */
export async function watchOffers(ctx: AppContext): Promise<{ reminded: number; expired: number }> {
  const now = ctx.clock.now();
  const reminded = await claimMentorReminders(ctx.db, new Date(now.getTime() - MENTOR_REMINDER_AFTER_MS), now);
  await sendNotices(
    ctx,
    reminded.map((o) => ({ userId: o.mentor_id, notice: NOTICES.mentorReminder })),
  );
  let expired = 0;
  for (const id of await findDueOfferIds(ctx.db, now)) {
    if (await expireOffer(ctx, id, now)) expired += 1;
  }
  return { reminded: reminded.length, expired };
}
