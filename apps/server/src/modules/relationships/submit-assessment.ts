import type { FitItemId, RelationshipDetail } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { conflict } from "../../lib/errors.js";
import type { RequestActor } from "./actor.js";
import { insertAssessment, listAssessments } from "./assessments-repository.js";
import { fitOf, sideScore } from "./fit.js";
import { NOTICES, type Notice } from "./notices.js";
import { partyAction } from "./party-action.js";
import { assessmentOf } from "./presenter.js";
import { recordEvent } from "./record-transition.js";

/**
 * One side's week-4 fit survey. When both have answered, a low fit (either side's mean below
 * LOW_FIT_THRESHOLD) gives both adjustment suggestions and the mentee an offer of a new mentor.
 */
export async function submitAssessment(
  ctx: AppContext,
  actor: RequestActor,
  id: string,
  input: { answers: Record<FitItemId, number>; comment?: string | undefined },
): Promise<RelationshipDetail> {
  return partyAction(ctx, actor, id, async (trx, rel, party) => {
    if (rel.status !== "active" && rel.status !== "paused") {
      throw conflict(`This relationship is ${rel.status}`, [{ field: "status", reason: "Not live" }]);
    }
    const now = ctx.clock.now();
    if (assessmentOf(rel, party, [], now).status === "not_open") {
      throw conflict("The four-week check opens after four weeks together", [
        { field: "answers", reason: "Not open yet" },
      ]);
    }
    const stored = await insertAssessment(trx, {
      relationship_id: rel.id,
      respondent: party,
      answers: input.answers,
      comment: input.comment ?? null,
      score: sideScore(input.answers),
      submitted_at: now,
    });
    if (!stored)
      throw conflict("You already answered the four-week check", [{ field: "answers", reason: "Already answered" }]);
    const rows = await listAssessments(trx, rel.id);
    if (rows.length < 2) return [];
    const fit = fitOf(rows.map((r) => ({ score: r.score, answers: r.answers })));
    await recordEvent(ctx, trx, rel, {
      action: "assessment_complete",
      actor: party,
      actorId: actor.userId,
      reason: fit.lowFit ? "low_fit" : "fit_ok",
      changes: fit.lowFit && !rel.rematch_offer ? { rematch_offer: "low_fit", rematch_offered_at: now } : {},
    });
    if (!fit.lowFit) return [];
    const notices: Notice[] = [
      { userId: rel.mentee_id, notice: NOTICES.lowFitMentee(rel.id) },
      { userId: rel.mentor_id, notice: NOTICES.lowFitMentor(rel.id) },
    ];
    return notices;
  });
}
