import { type MatchingCriterion, RELATIONSHIP_DURATIONS, type RelationshipDuration } from "@mentalverse/shared";
import { FEATURE_NAMES } from "../learning/features.js";
import { normalFrom } from "../learning/seeded-random.js";
import { sigmoid } from "../learning/sigmoid.js";
import type { RelationshipRecord } from "./history.js";

/**
 * The hidden "true" model behind the synthetic history. It deliberately weighs criteria unlike the
 * rule score's equal weights (availability, shared challenges and communication style matter most,
 * values and technology comfort not at all) so there is something for the learned model to find,
 * and adds a per-relationship effect no criterion sees, so no model can be perfect.
 */
export const TRUE_WEIGHTS: Record<MatchingCriterion, number> = {
  similar_life_challenges: 1.5,
  comparable_recovery_stages: 0.8,
  relevant_life_experiences: 0.5,
  shared_growth_goals: 0.3,
  communication_style: 1.5,
  personality_traits: 0.5,
  values_alignment: 0,
  interaction_preferences: 0.3,
  time_zone_alignment: 0.5,
  availability_matching: 2,
  language_preferences: 1,
  technology_comfort: 0,
  support_type_preferences: 1,
  intensity_level_matching: 1,
  goal_compatibility: 0.3,
  relationship_duration_expectations: 0.8,
};
const UNSEEN_EFFECT_SD = 0.7;
// Matched pairs score well above 0.5 on most criteria; this puts about half of them at success.
const TRUE_INTERCEPT = -1.6;
const HORIZON_MONTHS = 6;

/** Probability of success given the criterion scores, before the unseen effect. */
export function trueProbability(features: readonly number[]): number {
  return sigmoid(FEATURE_NAMES.reduce((s, name, j) => s + TRUE_WEIGHTS[name] * (features[j]! - 0.5), TRUE_INTERCEPT));
}

type Random = () => number;
const between = (random: Random, lo: number, hi: number) => lo + random() * (hi - lo);
const rating = (random: Random, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

/**
 * Draws what happens to a relationship and what had been seen of it by `monthsAvailable` (the time
 * from its start to the export). Successes run their expected length with good ratings; failures
 * mostly end before the horizon, otherwise run on with poor ratings.
 */
export function drawOutcome(
  random: Random,
  features: readonly number[],
  expected: RelationshipDuration | null,
  monthsAvailable: number,
): { success: boolean; record: Omit<RelationshipRecord, "id" | "startedAt" | "ruleScore" | "criteria"> } {
  const planned = RELATIONSHIP_DURATIONS.find((d) => d.id === expected)?.months ?? 6;
  const logit = Math.log(trueProbability(features) / (1 - trueProbability(features)));
  const success = random() < sigmoid(logit + UNSEEN_EFFECT_SD * normalFrom(random));
  const endsEarly = !success && random() < 0.75;
  const months = endsEarly
    ? between(random, 0.3, Math.min(planned, HORIZON_MONTHS) - 0.2)
    : planned * between(random, 0.9, 1.25);
  const full = {
    earlyFit: success ? rating(random, 3, 5) : rating(random, 1, endsEarly ? 4 : 3),
    satisfaction: success ? rating(random, 4, 5) : rating(random, 1, endsEarly ? 3 : 2),
    goalsReached: success ? between(random, 0.5, 1) : between(random, 0, 0.3),
  };
  if (months <= monthsAvailable) {
    // The early assessment happens at one month; satisfaction and goals come from the exit survey.
    const status = endsEarly ? "ended_early" : "graduated";
    return {
      success,
      record: { status, monthsObserved: months, ...full, earlyFit: months >= 1 ? full.earlyFit : null },
    };
  }
  // Still ongoing at the export: only the ratings collected so far are known.
  return {
    success,
    record: {
      status: "ongoing",
      monthsObserved: monthsAvailable,
      earlyFit: monthsAvailable >= 1 ? full.earlyFit : null,
      satisfaction: monthsAvailable >= 3 ? full.satisfaction : null,
      goalsReached: monthsAvailable >= 3 ? full.goalsReached : null,
    },
  };
}
