import {
  type ChallengeId,
  type CommunicationStyle,
  DEFAULT_PROFILE_VISIBILITY,
  type LanguageProficiency,
  type MeetingFrequency,
  type OwnProfile,
  type PersonalValue,
  type ProfileVisibility,
  type RecoveryStage,
  type RelationshipDuration,
  type SaveProfileRequest,
  type SupportType,
  type TechnologyComfort,
  TIPI_ITEM_COUNT,
} from "@mentalverse/shared";

/** One language row while editing; the code is empty until the member picks one. */
export interface LanguageDraft {
  code: string;
  proficiency: LanguageProficiency | null;
}

/**
 * The editor's working copy of the profile. Unanswered single choices are null and lists are
 * empty; `requestFromDraft` leaves those out so the server keeps the profile as a draft.
 */
export interface ProfileDraft {
  challenges: { id: ChallengeId; primary: boolean }[];
  recoveryStage: RecoveryStage | null;
  goals: string[];
  communicationStyle: CommunicationStyle | null;
  tipi: (number | null)[];
  topValues: PersonalValue[];
  timeZone: string;
  /** Weekly hour slots as day * 24 + hour. */
  availability: number[];
  languages: LanguageDraft[];
  technologyComfort: TechnologyComfort | null;
  supportTypes: SupportType[];
  intensity: MeetingFrequency | null;
  expectedDuration: RelationshipDuration | null;
  story: string;
  visibility: ProfileVisibility;
}

export const slotKey = (day: number, hour: number) => day * 24 + hour;

/** The browser's own zone, the sensible default for someone filling in their profile. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

export function draftFromProfile(profile: OwnProfile, defaultTimeZone: string): ProfileDraft {
  return {
    challenges: profile.challenges ?? [],
    recoveryStage: profile.recoveryStage ?? null,
    goals: profile.goals?.length ? profile.goals : [""],
    communicationStyle: profile.communicationStyle ?? null,
    tipi: profile.tipi ?? Array.from({ length: TIPI_ITEM_COUNT }, () => null),
    topValues: profile.topValues ?? [],
    timeZone: profile.timeZone ?? defaultTimeZone,
    availability: (profile.availability ?? []).map((s) => slotKey(s.day, s.hour)),
    languages: profile.languages?.length ? profile.languages : [{ code: "", proficiency: null }],
    technologyComfort: profile.technologyComfort ?? null,
    supportTypes: profile.supportTypes ?? [],
    intensity: profile.intensity ?? null,
    expectedDuration: profile.expectedDuration ?? null,
    story: profile.story ?? "",
    visibility: { ...DEFAULT_PROFILE_VISIBILITY, ...profile.visibility },
  };
}

/** The whole profile as the API takes it: answered fields only, every field's visibility. */
export function requestFromDraft(draft: ProfileDraft): SaveProfileRequest {
  const request: SaveProfileRequest = { visibility: draft.visibility };
  if (draft.challenges.length > 0) request.challenges = draft.challenges;
  if (draft.recoveryStage) request.recoveryStage = draft.recoveryStage;
  const goals = draft.goals.map((g) => g.trim()).filter((g) => g.length > 0);
  if (goals.length > 0) request.goals = goals;
  if (draft.communicationStyle) request.communicationStyle = draft.communicationStyle;
  if (draft.tipi.some((answer) => answer !== null)) request.tipi = draft.tipi;
  if (draft.topValues.length > 0) request.topValues = draft.topValues;
  if (draft.timeZone) request.timeZone = draft.timeZone;
  if (draft.availability.length > 0) {
    request.availability = [...new Set(draft.availability)]
      .sort((a, b) => a - b)
      .map((key) => ({ day: Math.floor(key / 24), hour: key % 24 }));
  }
  const languages = draft.languages.filter((l) => l.code !== "" || l.proficiency !== null);
  if (languages.length > 0) {
    // A half-filled row is sent as is, so the server names what is missing in it.
    request.languages = languages as NonNullable<SaveProfileRequest["languages"]>;
  }
  if (draft.technologyComfort) request.technologyComfort = draft.technologyComfort;
  if (draft.supportTypes.length > 0) request.supportTypes = draft.supportTypes;
  if (draft.intensity) request.intensity = draft.intensity;
  if (draft.expectedDuration) request.expectedDuration = draft.expectedDuration;
  if (draft.story.trim()) request.story = draft.story.trim();
  return request;
}
