import { CSSRS_ACTIONS, type CssrsAnswers, routeCssrs } from "@mentalverse/measures";
import type { CssrsAnswersInput } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { actOnScreeningRisk } from "../safety/act-on-screening-risk.js";
import { notifySafetyTeam } from "../safety/notify-safety-team.js";
import type { CrisisLine } from "./crisis-resources.js";
import { crisisResourcesFor } from "./crisis-resources.js";
import { presentMyScreening } from "./presenter.js";
import { type CssrsAnswerMap, upsertDraftScreening } from "./screening-repository.js";

/** Drops unanswered questions so a stored draft holds only what the member actually said. */
export function answeredOnly(answers: CssrsAnswersInput): CssrsAnswerMap {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== null && v !== undefined)) as CssrsAnswerMap;
}

/**
 * Saves the member's answers so far. A draft is never routed as complete, but if what is already
 * answered establishes a risk (a yes to Q4, say), the crisis lines come back at once and the safety
 * team's case opens now, so closing the page cannot hide it.
 */
export async function saveScreeningDraft(
  ctx: AppContext,
  lines: readonly CrisisLine[],
  userId: string,
  input: { answers: CssrsAnswersInput; country?: string | undefined },
) {
  const answers = answeredOnly(input.answers);
  const routed = routeCssrs(answers as CssrsAnswers);
  const missing = routed.status === "draft" ? [...routed.missing] : [];
  const riskAtLeast = routed.status === "draft" ? routed.riskAtLeast : routed.risk;
  const now = ctx.clock.now();
  const { row, alerted } = await ctx.database.transaction(async (trx) => {
    const draft = await upsertDraftScreening(trx, userId, answers, input.country ?? null, now);
    const acted = await actOnScreeningRisk(
      ctx,
      trx,
      { userId, screeningId: draft.id, risk: riskAtLeast, now, source: "draft" },
      { actorId: userId, subjectId: userId, ip: null, requestId: null },
    );
    return { row: draft, alerted: acted.alerted };
  });
  if (alerted) await notifySafetyTeam(ctx, riskAtLeast);
  return {
    screening: presentMyScreening(row),
    missing,
    riskAtLeast,
    crisisResources: CSSRS_ACTIONS[riskAtLeast].showCrisisResources ? crisisResourcesFor(lines, row.country) : null,
  };
}
