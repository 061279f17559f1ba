import type { ProfileField } from "@mentalverse/shared";

/** Section titles, also used to list what is still missing and as section anchors. */
export const PROFILE_FIELD_LABELS: Record<ProfileField, string> = {
  challenges: "Challenges and experiences",
  recoveryStage: "Recovery stage",
  goals: "Goals",
  communicationStyle: "Communication style",
  tipi: "Personality",
  topValues: "Values",
  timeZone: "Time zone",
  availability: "Weekly availability",
  languages: "Languages",
  technologyComfort: "Technology comfort",
  supportTypes: "Support you would like",
  intensity: "How often to meet",
  expectedDuration: "How long to meet for",
  story: "Your story",
};

/** The noun in "Who sees your …": lower case, reads naturally in a sentence. */
export const PROFILE_FIELD_NOUNS: Record<ProfileField, string> = {
  challenges: "challenges and experiences",
  recoveryStage: "recovery stage",
  goals: "goals",
  communicationStyle: "communication style",
  tipi: "personality",
  topValues: "values",
  timeZone: "time zone",
  availability: "availability",
  languages: "languages",
  technologyComfort: "technology comfort",
  supportTypes: "support preferences",
  intensity: "meeting frequency",
  expectedDuration: "expected duration",
  story: "story",
};

export const sectionId = (field: ProfileField) => `profile-${field}`;
