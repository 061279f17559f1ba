import { type CssrsAnswers, routeCssrs } from "@mentalverse/measures";
import type { AppContext } from "../../context.js";
import { AppError, notFound } from "../../lib/errors.js";
import { requestRecommendations } from "../matching/request-recommendations.js";
import { actOnScreeningRisk } from "../safety/act-on-screening-risk.js";
import { notifySafetyTeam } from "../safety/notify-safety-team.js";
import { type CrisisLine, crisisResourcesFor } from "./crisis-resources.js";
import { presentMyScreening } from "./presenter.js";
import { completeScreening, findDraftScreening, fulfilScreeningRequests } from "./screening-repository.js";

export interface Actor {
  userId: string;
  ip: string | null;
  requestId: string;
}

/**
 * Routes the member's screening with the C-SSRS rules and acts on the level: moderate and high open
 * a safety case, high also holds matching until a reviewer clears it. The audit log records the
 * level, never the answers.
 */
export async function submitScreening(
  ctx: AppContext,
  lines: readonly CrisisLine[],
  actor: Actor,
  input: { country?: string | undefined },
) {
  const now = ctx.clock.now();
  const outcome = await ctx.database.transaction(async (trx) => {
    const draft = await findDraftScreening(trx, actor.userId);
    if (!draft) throw notFound("Screening in progress");
    const routed = routeCssrs(draft.answers as CssrsAnswers);
    if (routed.status === "draft") {
      throw new AppError(
        422,
        "unprocessable",
        "Please answer every question before submitting",
        routed.missing.map((id) => ({ field: `answers.${id}`, reason: "Not answered yet" })),
      );
    }
    const country = input.country ?? draft.country;
    const row = await completeScreening(trx, draft.id, { risk: routed.risk, reasons: routed.reasons, country, now });
    await fulfilScreeningRequests(trx, actor.userId, now);
    const meta = { actorId: actor.userId, subjectId: actor.userId, ip: actor.ip, requestId: actor.requestId };
    await ctx.audit.record(
      { ...meta, action: "screening.submitted", details: { screeningId: row.id, level: routed.risk } },
      trx,
    );
    const { caseId, alerted } = await actOnScreeningRisk(
      ctx,
      trx,
      { userId: actor.userId, screeningId: row.id, risk: routed.risk, now, source: "submitted" },
      meta,
    );
    return { row, routed, caseId, alerted };
  });
  if (outcome.alerted) await notifySafetyTeam(ctx, outcome.routed.risk);
  // A first screening can be what clears a member to match; a hold placed above keeps them waiting.
  await requestRecommendations(ctx, actor.userId);
  return {
    screening: presentMyScreening(outcome.row),
    risk: outcome.routed.risk,
    actions: outcome.routed.actions,
    crisisResources: outcome.routed.actions.showCrisisResources ? crisisResourcesFor(lines, outcome.row.country) : null,
  };
}
