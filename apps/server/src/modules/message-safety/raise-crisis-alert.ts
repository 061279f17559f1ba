import type { AppContext } from "../../context.js";
import { invalidField } from "../../lib/errors.js";
import { collapseRepeatedAlert } from "./collapse-repeated-alert.js";
import { notifySafetyTeamOfReport } from "./notify-safety-team.js";
import { findMembership, insertReport, lockMember } from "./reports-repository.js";

/**
 * The member's own one-tap alert after their device noticed crisis language. Nothing they typed is
 * sent: only that they asked for help, where (a conversation of theirs, if they say) and their note.
 * It is never rate limited: a repeat while their alert is still open is the same alert (repeated:
 * true, 200), and only a new alert pages the safety team.
 */
export async function raiseCrisisAlert(
  ctx: AppContext,
  userId: string,
  input: { conversationId?: string | undefined; note?: string | undefined },
) {
  const result = await ctx.database.transaction(async (trx) => {
    if (input.conversationId) {
      const membership = await findMembership(trx, input.conversationId, userId);
      if (!membership || membership.left_at !== null)
        throw invalidField("conversationId", "This is not one of your conversations");
    }
    // Two taps at once would otherwise both find no open alert and both page the team.
    await lockMember(trx, userId);
    const alert = {
      kind: "crisis_alert" as const,
      reporterId: userId,
      conversationId: input.conversationId ?? null,
      note: input.note ?? null,
    };
    const repeatOf = await collapseRepeatedAlert(trx, ctx.clock, alert);
    if (repeatOf) return { reportId: repeatOf, repeated: true };
    const reportId = await insertReport(trx, {
      ...alert,
      reason: null,
      subjectId: userId,
      messages: [],
      now: ctx.clock.now(),
    });
    return { reportId, repeated: false };
  });
  if (!result.repeated) await notifySafetyTeamOfReport(ctx, "crisis_alert");
  return result;
}
