import type { MeasureHistory, OnboardingState, ScreeningStatus } from "@mentalverse/shared";
import { describe, expect, it } from "vitest";
import { firstUnfinished, onboardingSteps } from "./steps.js";

const onboarding = (done: string[], offerMentorship = false): OnboardingState => ({
  steps: (["about", "consent", "intent", "profile"] as const).map((id) => ({ id, done: done.includes(id) })),
  currentStep: null,
  aboutAcknowledgedAt: null,
  intent: done.includes("intent") ? { seekSupport: true, offerMentorship } : null,
  consent: null,
});

const screening = (completed: boolean): ScreeningStatus => ({
  due: !completed,
  dueReason: completed ? null : "never_screened",
  nextDueAt: null,
  lastRisk: completed ? "none" : null,
  lastCompletedAt: completed ? "2026-11-27T10:00:00.000Z" : null,
  hasDraft: false,
  matchingHeld: false,
});

const point = {
  id: "r",
  completedAt: "2026-11-27T10:00:00.000Z",
  total: 3,
  score: 3,
  band: "minimal",
  bandLabel: "Minimal",
  isBaseline: true,
  change: { delta: 0, direction: "no reliable change" as const, reliable: false },
};
const history = (taken: string[]): MeasureHistory => ({
  instruments: (["phq9", "gad7", "who5", "pss10"] as const).map((instrument) => ({
    instrument,
    name: instrument,
    results: taken.includes(instrument) ? [point] : [],
    nextDueAt: null,
  })),
  drafts: [],
});

describe("onboarding steps", () => {
  it("resumes at the first step not done, in the order the member meets them", () => {
    const steps = onboardingSteps({
      onboarding: onboarding(["about", "consent", "intent", "profile"]),
      screening: screening(true),
      history: history(["phq9", "gad7"]),
      hasMentorApplication: false,
    });
    expect(firstUnfinished(steps)).toBe("baseline");
  });

  it("puts the safety check before the questionnaires and the profile", () => {
    const steps = onboardingSteps({
      onboarding: onboarding(["about", "consent", "intent"]),
      screening: screening(false),
      history: history([]),
      hasMentorApplication: false,
    });
    expect(firstUnfinished(steps)).toBe("screening");
  });

  it("does not need the optional PSS-10, and asks for a mentor application only from those offering mentorship", () => {
    const facts = {
      screening: screening(true),
      history: history(["phq9", "gad7", "who5"]),
      hasMentorApplication: false,
    };
    const all = ["about", "consent", "intent", "profile"];
    expect(firstUnfinished(onboardingSteps({ ...facts, onboarding: onboarding(all) }))).toBeNull();
    expect(firstUnfinished(onboardingSteps({ ...facts, onboarding: onboarding(all, true) }))).toBe("mentor");
  });
});
