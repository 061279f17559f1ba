import type { AppContext } from "../../context.js";
import { claimInactivityNotice, listActivePairs } from "./inactivity-repository.js";
import { lastContactAt } from "./last-contact.js";
import { NOTICES, sendNotices } from "./notices.js";
import { silencesOf } from "./silence.js";

/**
 * Daily: both members of every active pair that has not met or written (no session, check-in or
 * goal work; see lastContactAt) for RELATIONSHIP_INACTIVITY_DAYS are reminded, once per such
 * period of silence. Returns how many pairs were reminded.
 */
export async function remindInactivePairs(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const days = ctx.config.RELATIONSHIP_INACTIVITY_DAYS;
  const pairs = await listActivePairs(ctx.db);
  const contacts = await lastContactAt(
    ctx.db,
    pairs.map((p) => p.id),
    now,
  );
  let reminded = 0;
  for (const silence of silencesOf(pairs, contacts, days, now)) {
    const { pair } = silence;
    const claimed = await claimInactivityNotice(ctx.db, {
      relationshipId: pair.id,
      kind: "reminder",
      silentSince: silence.since,
      period: silence.period,
      now,
    });
    if (!claimed) continue;
    await sendNotices(ctx, [
      { userId: pair.mentee_id, notice: NOTICES.inactivityReminder(pair.mentor_name, silence.days, pair.id) },
      { userId: pair.mentor_id, notice: NOTICES.inactivityReminder(pair.mentee_name, silence.days, pair.id) },
    ]);
    reminded += 1;
  }
  return reminded;
}
