import { assembleCompatibility } from "../compatibility/assemble-compatibility.js";
import { RECORD_WIDTH } from "../compatibility/mentor-record.js";
import { prepareMentee } from "../compatibility/prepare-profile.js";
import { dimensionWeights } from "../compatibility/rule-total.js";
import type { Compatibility, MatchingConfig, MenteeInput, PairRules } from "../compatibility/types.js";
import type { MentorIndex } from "./build-mentor-index.js";
import { candidatesPerMentee, newScratch, topCandidates } from "./top-candidates.js";

/**
 * Best K (config.candidatesPerMentee) mentors for one mentee that pass every hard constraint, best
 * first, ties by mentor id; empty for a mentee not cleared by safety screening. Only the K
 * winners are explained, so the cost is the filter and the numeric score of the survivors.
 */
export function recommendMentors(
  mentee: MenteeInput,
  index: MentorIndex,
  rules: PairRules,
  config: MatchingConfig,
): Compatibility[] {
  if (config.referenceDate !== index.referenceDate) {
    throw new RangeError(`the index was built for ${index.referenceDate}, not ${config.referenceDate}`);
  }
  if (!mentee.cleared) return [];
  const k = candidatesPerMentee(config, index);
  const weights = dimensionWeights(config);
  const e = prepareMentee(mentee, index.lexicons, index.referenceDate);
  const found = topCandidates(e, index, rules, config, weights, newScratch(index, k)).sorted();
  return Array.from(found.mentors, (j, r) =>
    assembleCompatibility(
      mentee,
      index.mentors[j]!,
      e,
      index.prepared[j]!,
      { records: index.records, at: j * RECORD_WIDTH, pool: index.pool },
      found.sharedHours[r]!,
      config,
      weights,
    ),
  );
}
