import type { AppContext } from "../../context.js";
import { invalidField } from "../../lib/errors.js";
import { notifySafetyTeamOfReport } from "./notify-safety-team.js";
import { findMembership, insertReport } from "./reports-repository.js";

/**
 * The member's own one-tap alert after their device noticed crisis language. Nothing they typed is
 * sent: only that they asked for help, where (a conversation of theirs, if they say) and their note.
 */
export async function raiseCrisisAlert(
  ctx: AppContext,
  userId: string,
  input: { conversationId?: string | undefined; note?: string | undefined },
) {
  const reportId = await ctx.database.transaction(async (trx) => {
    if (input.conversationId) {
      const membership = await findMembership(trx, input.conversationId, userId);
      if (!membership || membership.left_at !== null)
        throw invalidField("conversationId", "This is not one of your conversations");
    }
    return insertReport(trx, {
      kind: "crisis_alert",
      reason: null,
      reporterId: userId,
      subjectId: userId,
      conversationId: input.conversationId ?? null,
      note: input.note ?? null,
      messages: [],
      now: ctx.clock.now(),
    });
  });
  await notifySafetyTeamOfReport(ctx, "crisis_alert");
  return { reportId };
}
