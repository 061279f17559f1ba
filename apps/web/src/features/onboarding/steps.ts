import type { MeasureHistory, OnboardingState, ScreeningStatus } from "@mentalverse/shared";

/** The whole onboarding in order: the onboarding API's steps with screening and measures slotted in after intent. */
export const STEP_IDS = ["about", "consent", "intent", "screening", "baseline", "profile", "mentor"] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEP_LABELS: Record<StepId, string> = {
  about: "About",
  consent: "Consent",
  intent: "Your choice",
  screening: "Safety check",
  baseline: "Wellbeing check-in",
  profile: "Matching profile",
  mentor: "Mentor application",
};

/** The baseline needs these three; the PSS-10 is offered but optional. */
export const BASELINE_REQUIRED = ["phq9", "gad7", "who5"] as const;

export interface StepFacts {
  onboarding: OnboardingState;
  screening: ScreeningStatus;
  history: MeasureHistory;
  hasMentorApplication: boolean;
}

export interface Step {
  id: StepId;
  done: boolean;
}

export function baselineDone(history: MeasureHistory): boolean {
  return BASELINE_REQUIRED.every((id) =>
    history.instruments.some((entry) => entry.instrument === id && entry.results.length > 0),
  );
}

/** Every step that applies to this member; the mentor application only for those offering mentorship. */
export function onboardingSteps({ onboarding, screening, history, hasMentorApplication }: StepFacts): Step[] {
  const server = (id: OnboardingState["steps"][number]["id"]) =>
    onboarding.steps.find((step) => step.id === id)?.done ?? false;
  const steps: Step[] = [
    { id: "about", done: server("about") },
    { id: "consent", done: server("consent") },
    { id: "intent", done: server("intent") },
    { id: "screening", done: screening.lastCompletedAt !== null },
    { id: "baseline", done: baselineDone(history) },
    { id: "profile", done: server("profile") },
  ];
  if (onboarding.intent?.offerMentorship) steps.push({ id: "mentor", done: hasMentorApplication });
  return steps;
}

/** Where a returning member resumes: the first step not done, or null when all are. */
export function firstUnfinished(steps: readonly Step[]): StepId | null {
  return steps.find((step) => !step.done)?.id ?? null;
}
