import { assembleCompatibility } from "./assemble-compatibility.js";
import { preparePair } from "./prepare-pair.js";
import { dimensionWeights } from "./rule-total.js";
import type { Compatibility, MatchingConfig, MenteeInput, MentorInput } from "./types.js";

/**
 * Scores one pair on the seed's 16 criteria (formulas in criteria-kernel.ts), whether or not it
 * passes the hard constraints; check those with checkHardConstraints.
 */
export function scoreCompatibility(mentee: MenteeInput, mentor: MentorInput, config: MatchingConfig): Compatibility {
  const { e, t, sharedHours, records, pool } = preparePair(mentee, mentor, config.referenceDate);
  const packed = { records, at: 0, pool };
  return assembleCompatibility(mentee, mentor, e, t, packed, sharedHours, config, dimensionWeights(config));
}
