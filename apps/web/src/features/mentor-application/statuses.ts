import type { MentorApplicationStatus, OwnMentorApplication } from "@mentalverse/shared";

export const STATUS_LABELS: Record<MentorApplicationStatus, string> = {
  applied: "Applied",
  interview: "Interview",
  background_verification: "Background verification",
  training: "Training",
  active: "Active mentor",
  paused: "Paused",
  suspended: "Suspended",
  retired: "Retired",
  rejected: "Not taken further",
};

/**
 * What each step means for the applicant. The contract keeps staff reasons with staff, so these
 * are the words the applicant is meant to read (the same as the notice sent at each step).
 */
export const STATUS_EXPLANATIONS: Record<MentorApplicationStatus, string> = {
  applied: "Thank you for applying. A supervisor will read your application and get in touch.",
  interview: "A supervisor would like to talk with you; they will be in touch to arrange a time.",
  background_verification: "Thank you for the conversation. We are now checking your references and background.",
  training: "Your checks are done. The next step is peer mentor training.",
  active: "You can now be matched with mentees. Set how many mentees you take, and pause new matches, below.",
  paused: "A supervisor has paused your mentoring. You will not be matched with new mentees while it is paused.",
  suspended: "Your mentor role is suspended for now. A supervisor will explain why and what happens next.",
  retired: "You have stepped back from mentoring. Thank you for the support you gave. You can apply again.",
  rejected:
    "Thank you for offering to mentor. We are not able to take your application further right now. You can apply again later.",
};

/** The steps every mentor passes through, in order. */
export const PIPELINE: readonly MentorApplicationStatus[] = [
  "applied",
  "interview",
  "background_verification",
  "training",
  "active",
];

export { CLOSED_STATUSES, MENTOR_ROLE_STATUSES as PREFERENCE_STATUSES } from "@mentalverse/shared";

export type StepState = "done" | "current" | "upcoming";
export interface TimelineStep {
  status: MentorApplicationStatus;
  state: StepState;
  /** When the step was reached, where the applicant's view knows it. */
  at: string | null;
}

/**
 * The applicant's timeline. The pipeline shows done, current and upcoming steps; a status off the
 * pipeline (paused, suspended, retired) follows a completed pipeline. A rejection is shown after
 * the application itself, since the applicant's view does not say at which step it came.
 */
export function timelineOf(application: Pick<OwnMentorApplication, "status" | "createdAt" | "statusChangedAt">) {
  const { status, createdAt, statusChangedAt } = application;
  const at = (s: MentorApplicationStatus) => (s === status ? statusChangedAt : s === "applied" ? createdAt : null);
  if (status === "rejected") {
    return [
      { status: "applied", state: "done", at: createdAt },
      { status: "rejected", state: "current", at: statusChangedAt },
    ] satisfies TimelineStep[];
  }
  const index = PIPELINE.indexOf(status);
  const steps: TimelineStep[] = PIPELINE.map((s, i) => ({
    status: s,
    state: index === -1 || i < index ? "done" : i === index ? "current" : "upcoming",
    at: at(s),
  }));
  if (index === -1) steps.push({ status, state: "current", at: statusChangedAt });
  return steps;
}
