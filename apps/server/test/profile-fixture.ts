import type { SaveProfileRequest } from "@mentalverse/shared";

/** A complete matching profile, as a member would fill it in. */
export function completeProfile(overrides: Partial<SaveProfileRequest> = {}): SaveProfileRequest {
  return {
    challenges: [
      { id: "anxiety_management", primary: true },
      { id: "career_transitions", primary: false },
    ],
    recoveryStage: "ongoing",
    goals: ["Sleep better before work days", "Go back to the climbing group"],
    communicationStyle: "gentle",
    tipi: [5, 2, 6, 5, 6, 4, 6, 2, 4, 2],
    topValues: ["honesty", "family", "nature"],
    timeZone: "Europe/London",
    availability: [
      { day: 2, hour: 19 },
      { day: 0, hour: 10 },
      { day: 2, hour: 19 },
    ],
    languages: [{ code: "en", proficiency: "native" }],
    technologyComfort: "comfortable",
    supportTypes: ["emotional_support", "experience_sharing"],
    intensity: "fortnightly",
    expectedDuration: "six_months",
    story: "Two years ago panic attacks stopped me leaving the house; walking every morning helped me back.",
    ...overrides,
  };
}
