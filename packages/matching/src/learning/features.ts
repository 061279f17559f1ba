import { type MatchingCriterion, MatchingCriterionSchema } from "@mentalverse/shared";

/** Criterion ids in MATCHING_CRITERIA (seed) order: the learned model's feature order. */
export const FEATURE_NAMES: readonly MatchingCriterion[] = MatchingCriterionSchema.options;

/** The part of a Compatibility the model reads; any Compatibility fits. */
export interface CriterionScores {
  readonly criteria: readonly { readonly criterion: MatchingCriterion; readonly score: number }[];
}

/** The 16 criterion sub-scores in MATCHING_CRITERIA order. A missing criterion is a bug upstream, so it throws. */
export function featuresOf(c: CriterionScores): number[] {
  const byId = new Map<string, number>();
  for (const entry of c.criteria) byId.set(entry.criterion, entry.score);
  return FEATURE_NAMES.map((name) => {
    const score = byId.get(name);
    if (score === undefined || !Number.isFinite(score)) throw new Error(`featuresOf: criterion ${name} has no score`);
    return score;
  });
}
