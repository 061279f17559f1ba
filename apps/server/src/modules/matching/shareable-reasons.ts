import { type Compatibility, type MatchingConfig, scoreCompatibility } from "@mentalverse/matching";
import type { SharedView } from "./matching-inputs.js";

/** Said when every field behind a match is kept private: true, and reveals nothing. */
export const PRIVATE_REASON = "matched on details you both keep private";

/**
 * Scores use every field, but the reasons people read (the mentee, the mentor, reviewers) must not
 * quote what either member keeps private. So the reasons are written again from the pair as each
 * member shares it; the total, the breakdown and the assignment are untouched.
 */
export function withShareableReasons(c: Compatibility, shared: SharedView, config: MatchingConfig): Compatibility {
  const mentee = shared.mentees.get(c.menteeId);
  const mentor = shared.mentors.get(c.mentorId);
  const reasons = mentee && mentor ? scoreCompatibility(mentee, mentor, config).reasons : [];
  return { ...c, reasons: reasons.length > 0 ? reasons : [PRIVATE_REASON] };
}
