import {
  type MentorApplicationDetail,
  MentorApplicationStatusSchema,
  type TransitionRequest,
} from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict, forbidden, invalidField, notFound } from "../../lib/errors.js";
import type { StaffActor } from "../admin/staff-actor.js";
import { findRoles, replaceRoles } from "../users/user-repository.js";
import {
  findApplicationForUpdate,
  insertApplicationEvent,
  listApplicationEvents,
  updateApplication,
} from "./mentor-applications-repository.js";
import { presentApplicationDetail } from "./presenter.js";
import { transitionNotice } from "./transition-notice.js";
import { checkTransition, MENTOR_ROLE_STATUSES, ROLE_ENDING_STATUSES } from "./transitions.js";

function checkEvidence(from: string, input: TransitionRequest, requires: readonly string[]): void {
  if (input.interviewScores && from !== "interview") {
    throw invalidField("interviewScores", "Interview scores are recorded when the interview stage ends");
  }
  if (input.verification && from !== "background_verification") {
    throw invalidField("verification", "Verification is recorded when the background check ends");
  }
  if (requires.includes("interview_scores") && !input.interviewScores) {
    throw invalidField("interviewScores", "Record the interview rubric scores");
  }
  if (requires.includes("verification_passed") && input.verification?.outcome !== "passed") {
    throw invalidField("verification", "Record who verified the applicant and that the check passed");
  }
}

/**
 * Moves an application along the pipeline, with the reason, in the audit log. Becoming active
 * grants the mentor role; suspension and retirement take it away; the member is told after commit.
 */
export async function transitionApplication(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: TransitionRequest,
): Promise<MentorApplicationDetail> {
  const result = await ctx.database.transaction(async (trx) => {
    const application = await findApplicationForUpdate(trx, id);
    if (!application) throw notFound("Application");
    if (application.user_id === actor.userId) throw forbidden("You cannot decide your own application");
    const from = MentorApplicationStatusSchema.parse(application.status);
    const check = checkTransition(from, input.to);
    if (!check.allowed) {
      throw conflict(`An application cannot go from ${from} to ${input.to}`, [
        { field: "to", reason: `Not allowed from ${from}` },
      ]);
    }
    checkEvidence(from, input, check.requires);
    const now = ctx.clock.now();
    await updateApplication(trx, id, { status: input.to, status_changed_at: now });
    await insertApplicationEvent(trx, {
      application_id: id,
      at: now,
      actor_id: actor.userId,
      from_status: from,
      to_status: input.to,
      reason: input.reason,
      interview_scores: input.interviewScores ? JSON.stringify(input.interviewScores) : null,
      verification: input.verification ? JSON.stringify(input.verification) : null,
    });
    await ctx.audit.record(
      {
        action: "mentor_application.transitioned",
        actorId: actor.userId,
        subjectId: application.user_id,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { applicationId: id, from, to: input.to, reason: input.reason },
      },
      trx,
    );
    const roles = await findRoles(trx, application.user_id);
    // Only the pipeline's ends touch roles; a mentor role granted some other way is left alone before them.
    const next = MENTOR_ROLE_STATUSES.includes(input.to)
      ? [...new Set([...roles, "mentor" as const])]
      : ROLE_ENDING_STATUSES.includes(input.to)
        ? roles.filter((r) => r !== "mentor")
        : roles;
    const change = await replaceRoles(trx, application.user_id, next, actor.userId, now);
    if (change.added.length > 0 || change.removed.length > 0) {
      await ctx.audit.record(
        {
          action: "role.changed",
          actorId: actor.userId,
          subjectId: application.user_id,
          ip: actor.ip,
          requestId: actor.requestId,
          details: { ...change, reason: `mentor application ${input.to}` },
        },
        trx,
      );
    }
    const updated = await findApplicationForUpdate(trx, id);
    if (!updated) throw notFound("Application");
    return presentApplicationDetail(updated, await listApplicationEvents(trx, id));
  });
  const notice = transitionNotice(input.to);
  if (notice) {
    // After commit, so nobody hears of a change that was rolled back; the change stands if this fails.
    await ctx.notifier
      .notify(result.applicantId, notice)
      .catch((error: unknown) => ctx.log.error({ err: error, applicationId: id }, "application notice failed"));
  }
  return result;
}
