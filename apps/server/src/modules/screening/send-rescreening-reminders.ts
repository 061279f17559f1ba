import type { AppContext } from "../../context.js";
import { DAY } from "../../lib/clock.js";
import { claimReminder } from "./reminders-repository.js";
import { findScreeningsDueBefore } from "./screening-repository.js";

export const RESCREENING_NOTICE = {
  kind: "screening.due",
  title: "Time for your safety check-in",
  body: "It has been a while since you last answered the safety questions. They take a minute and help us support you well.",
  link: "/screening",
} as const;

/** Reminds each member whose last complete screening is older than RESCREENING_INTERVAL_DAYS, once per screening. */
export async function sendRescreeningReminders(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const due = await findScreeningsDueBefore(
    ctx.db,
    new Date(now.getTime() - ctx.config.RESCREENING_INTERVAL_DAYS * DAY),
  );
  let sent = 0;
  for (const { user_id: userId, basis_at: basisAt } of due) {
    if (!(await claimReminder(ctx.db, { userId, kind: "rescreening", basisAt: new Date(basisAt), now }))) continue;
    await ctx.notifier.notify(userId, RESCREENING_NOTICE);
    sent += 1;
  }
  return sent;
}
