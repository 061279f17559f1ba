import type { Db } from "../../db/database.js";
import { DAY } from "../../lib/clock.js";
import { listAssessmentsOf } from "./assessments-repository.js";
import { type OutcomeRecord, outcomeStatusOf } from "./outcome-record.js";
import { listMatchedRelationships } from "./outcomes-repository.js";

const MONTH_DAYS = 30.44;

/**
 * The relationships as outcome records for the matching model, in the JSON shape
 * `npm run matching:evaluate -- --input FILE` reads (packages/matching/src/evaluate/history.ts):
 * the week-4 fit check is `earlyFit` (the pair's mean, rounded to 1..5). Relationships without a
 * stored breakdown (not from a match) cannot be scored and are left out.
 */
export async function relationshipOutcomes(db: Db, now: Date): Promise<{ relationships: OutcomeRecord[] }> {
  const rows = await listMatchedRelationships(db);
  const assessments = await listAssessmentsOf(
    db,
    rows.map((r) => r.id),
  );
  const relationships: OutcomeRecord[] = [];
  for (const r of rows) {
    const breakdown = r.breakdown as { ruleTotal?: unknown; criteria?: unknown };
    if (typeof breakdown.ruleTotal !== "number" || !Array.isArray(breakdown.criteria)) continue;
    const criteria = Object.fromEntries(
      (breakdown.criteria as { criterion: string; score: number }[]).map((c) => [c.criterion, c.score]),
    );
    const [first, second] = assessments.filter((a) => a.relationship_id === r.id);
    const end = r.ended_at ?? now;
    relationships.push({
      id: r.id,
      startedAt: r.started_at.toISOString().slice(0, 10),
      status: outcomeStatusOf(r.status),
      monthsObserved: Math.max(0, (end.getTime() - r.started_at.getTime()) / DAY / MONTH_DAYS),
      earlyFit: first && second ? Math.round((first.score + second.score) / 2) : null,
      satisfaction: null,
      goalsReached: null,
      ruleScore: breakdown.ruleTotal,
      criteria,
    });
  }
  return { relationships };
}
