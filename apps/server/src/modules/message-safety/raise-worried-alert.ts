import type { RevealedMessage } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { forbidden, notFound } from "../../lib/errors.js";
import { appendSystemEvent } from "../messaging/index.js";
import { collapseRepeatedAlert } from "./collapse-repeated-alert.js";
import { notifySafetyTeamOfReport } from "./notify-safety-team.js";
import { findMembership, findPairRelationship, insertReport } from "./reports-repository.js";
import { verifyRevealed } from "./verify-revealed.js";

export const WORRIED_NOTICE =
  "Your mentor has asked our safety team to check in with you, and shared the last few messages so they understand. " +
  "You are not in trouble. If you need help right now, call your local crisis line or emergency number.";

/**
 * "I'm worried": the mentor of a pair asks the safety team to check on their mentee, sharing the
 * last messages (franking-verified like a report). The mentee is told first, in the conversation
 * and by a notification; only then does the report reach the queue. Never rate limited: a repeat
 * while the mentor's alert about this pair is still open (and recent) is that alert (repeated: true),
 * and neither the mentee nor the safety team is told a second time.
 */
export async function raiseWorriedAlert(
  ctx: AppContext,
  mentorId: string,
  conversationId: string,
  input: { note: string; messages: RevealedMessage[] },
) {
  const pair = await findPairRelationship(ctx.db, conversationId);
  const membership = await findMembership(ctx.db, conversationId, mentorId);
  if (!membership) throw notFound("Conversation");
  // Only pairs have a relationship: a group or another pair's mentor finds none that is theirs.
  if (pair?.mentor_id !== mentorId) {
    throw forbidden("Only the mentor of this pair can raise a worried alert here");
  }
  // Checked before anything is written: a reveal that does not verify leaves no trace and tells nobody.
  const messages = await verifyRevealed(ctx.db, conversationId, mentorId, input.messages);
  // Not under a member lock like the crisis alert: the notice is appended (and committed) before the
  // report is stored, so two submits landing together can still file two; the form's busy button
  // makes that rare, and a duplicate is a tidy-up for the team, never a refused alert.
  const repeatOf = await collapseRepeatedAlert(ctx.db, ctx.clock, {
    kind: "worried_alert",
    reporterId: mentorId,
    conversationId,
    note: input.note,
  });
  if (repeatOf) return { reportId: repeatOf, repeated: true };
  await appendSystemEvent(ctx, conversationId, {
    type: "worried_alert",
    actorId: mentorId,
    subjectId: pair.mentee_id,
    text: WORRIED_NOTICE,
  });
  // The notice in the conversation is the telling; a failed notification must not lose the alert.
  await ctx.notifier
    .notify(pair.mentee_id, {
      kind: "safety.worried_check_in",
      title: "Your mentor asked our safety team to check in with you",
      body: "Someone from the safety team will be in touch. You are not in trouble.",
      link: `/messages/${conversationId}`,
    })
    .catch((error: unknown) => ctx.log.error({ err: error, conversationId }, "worried alert notice to mentee failed"));
  const reportId = await insertReport(ctx.db, {
    kind: "worried_alert",
    reason: null,
    reporterId: mentorId,
    subjectId: pair.mentee_id,
    conversationId,
    note: input.note,
    messages: messages.map((m) => ({ ...m })),
    now: ctx.clock.now(),
  });
  await notifySafetyTeamOfReport(ctx, "worried_alert");
  return { reportId, repeated: false };
}
