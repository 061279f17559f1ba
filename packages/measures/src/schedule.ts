/** A baseline at onboarding, then a reminder every 4 weeks. */
export const REASSESSMENT_INTERVAL_DAYS = 28;

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the next reassessment reminder is due after a completed set of measures. */
export function nextReassessmentDue(lastCompletedAt: Date): Date {
  return new Date(lastCompletedAt.getTime() + REASSESSMENT_INTERVAL_DAYS * DAY_MS);
}
