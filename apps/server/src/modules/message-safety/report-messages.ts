import type { ReportMessagesRequest } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { notifySafetyTeamOfReport } from "./notify-safety-team.js";
import { takeReportAllowance } from "./report-limits.js";
import { findOpenReportOfMessage, insertReport, lockMember } from "./reports-repository.js";
import { verifyRevealed } from "./verify-revealed.js";

/**
 * A member reports messages: the first is the one reported, the rest the context they chose to
 * share. Only franking-verified text is stored; the subject is the sender of the reported message.
 *
 * Reporting a message again while their earlier report of it is unresolved answers with that report
 * (repeated: true, 200), so the client shows the same thanks and the queue holds one item; it costs
 * no allowance. Only a new queue item spends one, so a refused or invalid report never counts and
 * 429 (nothing stored, nobody paged) is reached only by filing many distinct reports.
 */
export async function reportMessages(ctx: AppContext, reporterId: string, input: ReportMessagesRequest) {
  const result = await ctx.database.transaction(async (trx) => {
    const messages = await verifyRevealed(trx, input.conversationId, reporterId, input.messages);
    // One at a time per member, so a double submit finds the first report instead of filing two.
    await lockMember(trx, reporterId);
    const reported = messages[0];
    const existing =
      reported &&
      (await findOpenReportOfMessage(trx, { reporterId, conversationId: input.conversationId, seq: reported.seq }));
    if (existing) return { reportId: existing, repeated: true };
    takeReportAllowance(ctx, reporterId);
    const reportId = await insertReport(trx, {
      kind: "message_report",
      reason: input.reason,
      reporterId,
      subjectId: reported?.senderId ?? null,
      conversationId: input.conversationId,
      note: input.note ?? null,
      messages: messages.map((m) => ({ ...m })),
      now: ctx.clock.now(),
    });
    return { reportId, repeated: false };
  });
  if (!result.repeated) await notifySafetyTeamOfReport(ctx, "message_report");
  return result;
}
