import { useMeasureHistory } from "../measures/queries.js";
import { useMyScreenings, useScreeningStatus } from "../screening/queries.js";
import { useMyMentorApplication, useOnboarding } from "./queries.js";
import { onboardingSteps } from "./steps.js";

/** Everything onboarding needs from the four modules that own its steps, and the steps that follow from it. */
export function useOnboardingProgress() {
  const onboarding = useOnboarding();
  const screening = useScreeningStatus();
  const screenings = useMyScreenings();
  const history = useMeasureHistory();
  const application = useMyMentorApplication();
  const queries = [onboarding, screening, screenings, history, application];
  const error = queries.find((q) => q.isError)?.error ?? null;
  if (!onboarding.data || !screening.data || !screenings.data || !history.data || !application.data) {
    return { ready: false as const, error };
  }
  const facts = {
    onboarding: onboarding.data,
    screening: screening.data,
    history: history.data,
    hasMentorApplication: application.data.application !== null,
  };
  return {
    ready: true as const,
    error,
    ...facts,
    screeningDraft: screenings.data.screenings.find((s) => s.status === "draft"),
    steps: onboardingSteps(facts),
  };
}
