import type { MatchingConfig, MenteeInput, MentorInput, PairRules } from "./types.js";

/**
 * Hand-made people for the scoring and constraint tests: a mentee and a mentor who fit well on
 * every criterion, to be changed one field at a time. Not used outside tests.
 */
const eveningsMonToWed = [1, 2, 3].flatMap((day) => [18, 19].map((hour) => ({ day, hour })));

export function mentee(overrides: Partial<MenteeInput> = {}): MenteeInput {
  return {
    id: "mentee-1",
    cleared: true,
    challenges: [
      { id: "grief_and_loss", primary: true },
      { id: "anxiety_management", primary: false },
    ],
    recoveryStage: "early",
    goals: ["sleep through the night", "cope with grief at work"],
    communicationStyle: "gentle",
    personality: { extraversion: 3, agreeableness: 6, conscientiousness: 5, emotional_stability: 3, openness: 5 },
    topValues: ["honesty", "family", "kindness"],
    timeZone: "Europe/Madrid",
    availability: eveningsMonToWed,
    languages: [{ code: "es", proficiency: "native" }],
    technologyComfort: "comfortable",
    supportTypes: ["emotional_support", "experience_sharing"],
    intensity: "weekly",
    expectedDuration: "six_months",
    ...overrides,
  };
}

export function mentor(overrides: Partial<MentorInput> = {}): MentorInput {
  return {
    id: "mentor-1",
    mentorTypes: ["recovery_mentor"],
    specialisations: ["grief_and_loss", "anxiety_management"],
    active: true,
    pausedNewMatches: false,
    capacity: 3,
    activeMentees: 1,
    challenges: [
      { id: "grief_and_loss", primary: true },
      { id: "anxiety_management", primary: false },
    ],
    recoveryStage: "ongoing",
    goals: ["help others cope with grief and sleep"],
    communicationStyle: "gentle",
    personality: { extraversion: 3, agreeableness: 6, conscientiousness: 5, emotional_stability: 5, openness: 5 },
    topValues: ["honesty", "family", "kindness"],
    timeZone: "Europe/Madrid",
    availability: eveningsMonToWed,
    languages: [{ code: "es", proficiency: "native" }],
    technologyComfort: "comfortable",
    supportTypes: ["emotional_support", "experience_sharing"],
    intensity: "weekly",
    expectedDuration: "six_months",
    ...overrides,
  };
}

export const config: MatchingConfig = {
  minSharedHoursPerWeek: 2,
  candidatesPerMentee: 20,
  referenceDate: "2026-11-27",
};

export function rules(parts: Partial<Record<keyof PairRules, string[]>> = {}): PairRules {
  return {
    blocked: new Set(parts.blocked ?? []),
    endedBefore: new Set(parts.endedBefore ?? []),
    rematchAllowed: new Set(parts.rematchAllowed ?? []),
  };
}
