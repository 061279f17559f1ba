import { CHALLENGES } from "@mentalverse/shared";
import { hasBit } from "./bits.js";
import { pairKey } from "./config.js";
import { languageName } from "./language-names.js";
import { preparePair } from "./prepare-pair.js";
import type { Exclusion, MatchingConfig, MenteeInput, MentorInput, PairRules } from "./types.js";
import { listWords, lowerLabel, plural } from "./words.js";

const spoken = (p: MenteeInput | MentorInput) =>
  p.languages?.length ? listWords(p.languages.map((l) => languageName(l.code))) : "no language listed";

/**
 * Every hard constraint the pair breaks, each with a plain message; empty when the pair may be
 * matched. The mentor index applies the same rules with bit operations (tests keep the two equal).
 */
export function checkHardConstraints(
  mentee: MenteeInput,
  mentor: MentorInput,
  rules: PairRules,
  config: MatchingConfig,
): Exclusion[] {
  const out: Exclusion[] = [];
  const add = (constraint: Exclusion["constraint"], message: string) => out.push({ constraint, message });
  if (!mentee.cleared) add("mentee_not_cleared", "The mentee has not been cleared by safety screening yet.");
  if (!mentor.active) add("mentor_not_active", "The mentor is not an active mentor.");
  if (mentor.pausedNewMatches) add("mentor_paused", "The mentor has paused new matches.");
  if (mentor.activeMentees >= mentor.capacity) {
    add(
      "mentor_at_capacity",
      `The mentor is at capacity (${mentor.activeMentees} of ${plural(mentor.capacity, "place")} taken).`,
    );
  }
  const key = pairKey(mentee.id, mentor.id);
  if (rules.blocked.has(key)) add("blocked", "One of them has blocked the other.");
  if (rules.endedBefore.has(key) && !rules.rematchAllowed.has(key)) {
    add("ended_before", "An earlier match between them ended, and staff have not allowed a rematch.");
  }
  const { e, t, sharedHours } = preparePair(mentee, mentor, config.referenceDate);
  if (e.languages.length === 0) {
    add(
      "no_shared_language",
      `They share no language: the mentee speaks ${spoken(mentee)}, the mentor ${spoken(mentor)}.`,
    );
  }
  if (sharedHours < config.minSharedHoursPerWeek) {
    const unknown = [e, t]
      .filter((p) => p.offsetMinutes === null)
      .map((p) => (p === e ? "the mentee's" : "the mentor's"));
    add(
      "too_little_shared_time",
      unknown.length > 0
        ? `Shared time cannot be worked out: ${listWords(unknown)} time zone is missing or unknown.`
        : `They share ${plural(sharedHours, "hour")} of availability a week; at least ${plural(config.minSharedHoursPerWeek, "hour")} ${config.minSharedHoursPerWeek === 1 ? "is" : "are"} needed.`,
    );
  }
  if (e.primary >= 0 && !hasBit(t.coverBits, e.primary)) {
    add(
      "need_not_covered",
      `The mentor's types and specialisations do not cover the mentee's primary need, ${lowerLabel(CHALLENGES[e.primary]!.label)}.`,
    );
  }
  return out;
}
