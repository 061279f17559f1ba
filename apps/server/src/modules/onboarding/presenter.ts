import type { OnboardingState, OnboardingStepId } from "@mentalverse/shared";
import { CURRENT_CONSENT } from "./consent-text.js";
import type { OnboardingRow } from "./onboarding-repository.js";

/** The steps this module owns and whether each is done; consent to an older text counts as not done. */
export function presentOnboarding(row: OnboardingRow | undefined, profileComplete: boolean): OnboardingState {
  const consentCurrent = row?.consent_version === CURRENT_CONSENT.version;
  const done: Record<OnboardingStepId, boolean> = {
    about: Boolean(row?.about_acknowledged_at),
    consent: consentCurrent && Boolean(row?.consent_at),
    intent: Boolean(row?.intent_set_at),
    profile: profileComplete,
  };
  const steps = (Object.keys(done) as OnboardingStepId[]).map((id) => ({ id, done: done[id] }));
  const intent =
    row?.intent_set_at && row.seek_support !== null && row.offer_mentorship !== null
      ? { seekSupport: row.seek_support, offerMentorship: row.offer_mentorship }
      : null;
  return {
    steps,
    currentStep: steps.find((s) => !s.done)?.id ?? null,
    aboutAcknowledgedAt: row?.about_acknowledged_at?.toISOString() ?? null,
    intent,
    consent:
      row?.consent_version && row.consent_at
        ? { version: row.consent_version, agreedAt: row.consent_at.toISOString(), current: consentCurrent }
        : null,
  };
}
