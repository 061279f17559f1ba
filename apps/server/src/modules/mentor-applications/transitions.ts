import { ALLOWED_TRANSITIONS, type MentorApplicationStatus } from "@mentalverse/shared";

export {
  ALLOWED_TRANSITIONS,
  CLOSED_STATUSES,
  MENTOR_ROLE_STATUSES,
  ROLE_ENDING_STATUSES,
} from "@mentalverse/shared";

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
