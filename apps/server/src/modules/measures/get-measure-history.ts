import { changeSinceBaseline, nextReassessmentDue, QUESTIONNAIRES } from "@mentalverse/measures";
import type { MeasureHistory } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { listMeasureResponsesOf } from "./measures-repository.js";
import { bandLabel, INSTRUMENT_IDS, presentMeasureResponse } from "./presenter.js";

/** The member's own scores per instrument, each with change since the first (baseline) result. */
export async function getMeasureHistory(ctx: AppContext, userId: string): Promise<MeasureHistory> {
  const rows = await listMeasureResponsesOf(ctx.db, userId);
  const instruments = INSTRUMENT_IDS.map((instrument) => {
    const complete = rows.filter((r) => r.instrument === instrument && r.status === "complete");
    const baseline = complete[0];
    const results = complete.flatMap((r) => {
      if (!baseline || r.score === null || r.total === null || r.band === null || !r.completed_at) return [];
      const change = changeSinceBaseline(instrument, baseline.score ?? r.score, r.score);
      return [
        {
          id: r.id,
          completedAt: r.completed_at.toISOString(),
          total: r.total,
          score: r.score,
          band: r.band,
          bandLabel: bandLabel(instrument, r.band),
          isBaseline: r.id === baseline.id,
          change: { ...change },
        },
      ];
    });
    const newest = results.at(-1);
    const nextDueAt = newest ? nextReassessmentDue(new Date(newest.completedAt)).toISOString() : null;
    return { instrument, name: QUESTIONNAIRES[instrument].name, results, nextDueAt };
  });
  const drafts = rows.filter((r) => r.status === "draft").map(presentMeasureResponse);
  return { instruments, drafts };
}
