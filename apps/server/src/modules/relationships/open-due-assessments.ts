import type { AppContext } from "../../context.js";
import { DAY } from "../../lib/clock.js";
import { NOTICES, sendNotices } from "./notices.js";
import { ASSESSMENT_OPENS_AFTER_DAYS } from "./phases.js";
import { claimDueAssessments } from "./relationships-repository.js";

/** Hourly: opens the four-week check of every active relationship that reached week 4, once, and tells both. */
export async function openDueAssessments(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const opened = await claimDueAssessments(ctx.db, new Date(now.getTime() - ASSESSMENT_OPENS_AFTER_DAYS * DAY), now);
  await sendNotices(
    ctx,
    opened.flatMap((r) =>
      [r.mentee_id, r.mentor_id].map((userId) => ({ userId, notice: NOTICES.assessmentOpen(r.id) })),
    ),
  );
  return opened.length;
}
