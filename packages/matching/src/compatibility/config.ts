import type { MatchingConfig } from "./types.js";

/** The defaults the interface promises; the reference date is always the caller's. */
export function defaultMatchingConfig(referenceDate: string): MatchingConfig {
  return { minSharedHoursPerWeek: 2, candidatesPerMentee: 20, referenceDate };
}

/** The key PairRules sets use. */
export function pairKey(menteeId: string, mentorId: string): string {
  return `${menteeId}:${mentorId}`;
}
