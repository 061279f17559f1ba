import type { MentorApplicationStatus } from "@mentalverse/shared";

/**
 * The mentor pipeline: applied -> interview -> background verification -> training -> active, then
 * paused, suspended or retired. Rejection is possible until training starts. Anything not listed
 * here is refused.
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<MentorApplicationStatus, readonly MentorApplicationStatus[]>> = {
  applied: ["interview", "rejected"],
  interview: ["background_verification", "rejected"],
  background_verification: ["training", "rejected"],
  training: ["active"],
  active: ["paused", "suspended", "retired"],
  paused: ["active"],
  suspended: [],
  retired: [],
  rejected: [],
};

/** What a transition must carry: interview rubric scores when an interview ends, a passed check before training. */
export type TransitionRequirement = "interview_scores" | "verification_passed";

export type TransitionCheck = { allowed: true; requires: readonly TransitionRequirement[] } | { allowed: false };

export function checkTransition(from: MentorApplicationStatus, to: MentorApplicationStatus): TransitionCheck {
  if (!ALLOWED_TRANSITIONS[from].includes(to)) return { allowed: false };
  if (from === "interview" && to === "background_verification")
    return { allowed: true, requires: ["interview_scores"] };
  if (from === "background_verification" && to === "training") {
    return { allowed: true, requires: ["verification_passed"] };
  }
  return { allowed: true, requires: [] };
}

/** Statuses in which a member holds the mentor role. */
export const MENTOR_ROLE_STATUSES: readonly MentorApplicationStatus[] = ["active", "paused"];
/** Statuses that take the mentor role away. */
export const ROLE_ENDING_STATUSES: readonly MentorApplicationStatus[] = ["suspended", "retired"];
/** Statuses after which the member may apply again. */
export const CLOSED_STATUSES: readonly MentorApplicationStatus[] = ["rejected", "retired"];
