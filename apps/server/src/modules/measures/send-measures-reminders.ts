import { REASSESSMENT_INTERVAL_DAYS } from "@mentalverse/measures";
import type { AppContext } from "../../context.js";
import { DAY } from "../../lib/clock.js";
import { claimReminder } from "../screening/reminders-repository.js";
import { findMeasuresDueBefore } from "./measures-repository.js";

export const MEASURES_REMINDER_NOTICE = {
  kind: "measures.due",
  title: "Your four-weekly check-in",
  body: "A few short questionnaires show how you are doing over time. Your answers and scores are yours to see.",
  link: "/measures",
} as const;

/** Reminds each member whose newest complete measure is older than 28 days, once per completion. */
export async function sendMeasuresReminders(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const due = await findMeasuresDueBefore(ctx.db, new Date(now.getTime() - REASSESSMENT_INTERVAL_DAYS * DAY));
  let sent = 0;
  for (const { user_id: userId, basis_at: basisAt } of due) {
    if (!(await claimReminder(ctx.db, { userId, kind: "measures", basisAt: new Date(basisAt), now }))) continue;
    await ctx.notifier.notify(userId, MEASURES_REMINDER_NOTICE);
    sent += 1;
  }
  return sent;
}
