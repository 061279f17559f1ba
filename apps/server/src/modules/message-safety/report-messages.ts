import type { ReportMessagesRequest } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { notifySafetyTeamOfReport } from "./notify-safety-team.js";
import { insertReport } from "./reports-repository.js";
import { verifyRevealed } from "./verify-revealed.js";

/**
 * A member reports messages: the first is the one reported, the rest the context they chose to
 * share. Only franking-verified text is stored; the subject is the sender of the reported message.
 */
export async function reportMessages(ctx: AppContext, reporterId: string, input: ReportMessagesRequest) {
  const reportId = await ctx.database.transaction(async (trx) => {
    const messages = await verifyRevealed(trx, input.conversationId, reporterId, input.messages);
    return insertReport(trx, {
      kind: "message_report",
      reason: input.reason,
      reporterId,
      subjectId: messages[0]?.senderId ?? null,
      conversationId: input.conversationId,
      note: input.note ?? null,
      messages: messages.map((m) => ({ ...m })),
      now: ctx.clock.now(),
    });
  });
  await notifySafetyTeamOfReport(ctx, "message_report");
  return { reportId };
}
