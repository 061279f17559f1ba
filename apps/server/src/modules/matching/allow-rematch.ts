import type { AppContext } from "../../context.js";
import { invalidField } from "../../lib/errors.js";
import type { StaffActor } from "../admin/staff-actor.js";
import { hasEndedRelationship, upsertRematchAllowance } from "./relationships-repository.js";
import { requestRecommendations } from "./request-recommendations.js";

/** A reviewer lets a pair whose earlier match ended be proposed again, with a reason (audited); a waiting mentee gets new options. */
export async function allowRematch(
  ctx: AppContext,
  actor: StaffActor,
  input: { menteeId: string; mentorId: string; reason: string },
) {
  const allowance = await ctx.database.transaction(async (trx) => {
    if (!(await hasEndedRelationship(trx, input.menteeId, input.mentorId))) {
      throw invalidField("mentorId", "These members have no ended match between them");
    }
    const row = await upsertRematchAllowance(trx, { ...input, allowedBy: actor.userId, now: ctx.clock.now() });
    await ctx.audit.record(
      {
        action: "matching.rematch_allowed",
        actorId: actor.userId,
        subjectId: input.menteeId,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { mentorId: input.mentorId, reason: input.reason },
      },
      trx,
    );
    return {
      menteeId: row.mentee_id,
      mentorId: row.mentor_id,
      reason: row.reason,
      createdAt: row.created_at.toISOString(),
    };
  });
  await requestRecommendations(ctx, input.menteeId);
  return allowance;
}
