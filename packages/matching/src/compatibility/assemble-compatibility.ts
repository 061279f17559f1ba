import type { MatchingDimension } from "@mentalverse/shared";
import { blendedTotal } from "./blend.js";
import { scoreCriteria } from "./criteria-kernel.js";
import type { Prepared, PreparedMentor } from "./prepare-profile.js";
import { reasonsFor } from "./reasons.js";
import { CRITERIA_PER_DIMENSION, ruleTotal } from "./rule-total.js";
import type { Compatibility, CriterionScore, MatchingConfig, MenteeInput, MentorInput } from "./types.js";
import { CRITERIA, CRITERION_COUNT, DIMENSIONS } from "./vocabulary-tables.js";

/** The full, explained score of a prepared pair. Totals equal the index's to the bit: same kernel, same order. */
export function assembleCompatibility(
  mentee: MenteeInput,
  mentor: MentorInput,
  e: Prepared,
  t: PreparedMentor,
  packed: { records: Int32Array; at: number; pool: Int32Array },
  sharedHours: number,
  config: MatchingConfig,
  weights: Float64Array,
): Compatibility {
  const scores = new Float64Array(CRITERION_COUNT);
  scoreCriteria(e, packed.records, packed.at, packed.pool, sharedHours, scores);
  const dims = new Float64Array(DIMENSIONS.length);
  const rule = ruleTotal(scores, weights, dims);
  const criterionWeights = weightsPerCriterion(weights);
  const dimensions = {} as Record<MatchingDimension, number>;
  for (let d = 0; d < DIMENSIONS.length; d++) dimensions[DIMENSIONS[d]!] = dims[d]!;
  const criteria: CriterionScore[] = [];
  for (let k = 0; k < CRITERIA.length; k++) {
    const c = CRITERIA[k]!;
    criteria.push({ criterion: c.criterion, dimension: c.dimension, score: scores[k]!, weight: criterionWeights[k]! });
  }
  return {
    menteeId: mentee.id,
    mentorId: mentor.id,
    total: blendedTotal(rule, scores, config),
    ruleTotal: rule,
    dimensions,
    criteria,
    reasons: reasonsFor(mentee, e, t, scores, criterionWeights, sharedHours),
    sharedHoursPerWeek: sharedHours,
  };
}

const perCriterion = new WeakMap<Float64Array, Float64Array>();

/** Each criterion's share of the total: its dimension's weight split evenly (cached per weights array). */
function weightsPerCriterion(weights: Float64Array): Float64Array {
  let out = perCriterion.get(weights);
  if (!out) {
    out = Float64Array.from(
      CRITERIA,
      (_, k) => weights[Math.floor(k / CRITERIA_PER_DIMENSION)]! / CRITERIA_PER_DIMENSION,
    );
    perCriterion.set(weights, out);
  }
  return out;
}
