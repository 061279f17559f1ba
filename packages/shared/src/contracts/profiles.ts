import { z } from "zod";
import { TipiAnswersSchema, TipiScoresSchema } from "../personality/tipi.js";
import { ChallengeIdSchema } from "../vocabulary/challenges.js";
import { TopValuesSchema } from "../vocabulary/personal-values.js";
import {
  CommunicationStyleSchema,
  LanguageProficiencySchema,
  MeetingFrequencySchema,
  RecoveryStageSchema,
  RelationshipDurationSchema,
  TechnologyComfortSchema,
} from "../vocabulary/profile-values.js";
import { SupportTypeSchema } from "../vocabulary/support-types.js";

const distinct = <T>(values: readonly T[]) => new Set(values).size === values.length;

/** A real IANA zone name ("Europe/London", "UTC"); fixed offsets are not zones and drift with DST. */
export function isIanaTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const ProfileChallengesSchema = z
  .array(z.object({ id: ChallengeIdSchema, primary: z.boolean() }).strict())
  .min(1, "Pick at least one")
  .max(10, "Pick at most 10")
  .refine((items) => distinct(items.map((c) => c.id)), { message: "Pick each challenge only once" })
  .refine((items) => items.filter((c) => c.primary).length === 1, { message: "Mark exactly one as primary" });

/** Day 0 is Monday (ISO weekday minus one); hours are 0-23 on the clock of the member's own time zone. */
export const AVAILABILITY_DAYS = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;
export const AvailabilitySlotSchema = z.object({ day: z.int().min(0).max(6), hour: z.int().min(0).max(23) }).strict();
export type AvailabilitySlot = z.infer<typeof AvailabilitySlotSchema>;

export const LanguageSchema = z
  .object({
    code: z.string().regex(/^[a-z]{2,3}$/, "Use a two- or three-letter language code such as en or fil"),
    proficiency: LanguageProficiencySchema,
  })
  .strict();

/** Every field of the matching profile; each may be missing while the profile is a draft. */
export const ProfileFieldsSchema = z.object({
  challenges: ProfileChallengesSchema,
  recoveryStage: RecoveryStageSchema,
  goals: z.array(z.string().trim().min(3, "Use at least 3 characters").max(200)).min(1).max(5),
  communicationStyle: CommunicationStyleSchema,
  tipi: TipiAnswersSchema,
  topValues: TopValuesSchema,
  timeZone: z.string().max(64).refine(isIanaTimeZone, { message: "Use a time zone name such as Europe/London" }),
  availability: z.array(AvailabilitySlotSchema).min(1).max(168),
  languages: z
    .array(LanguageSchema)
    .min(1)
    .max(10)
    .refine((items) => distinct(items.map((l) => l.code)), { message: "List each language once" }),
  technologyComfort: TechnologyComfortSchema,
  supportTypes: z
    .array(SupportTypeSchema)
    .min(1)
    .max(4)
    .refine((items) => distinct(items), { message: "Pick each support type once" }),
  intensity: MeetingFrequencySchema,
  expectedDuration: RelationshipDurationSchema,
  story: z.string().trim().max(2000, "Keep your story to 2000 characters"),
});
export type ProfileFields = z.infer<typeof ProfileFieldsSchema>;

export const PROFILE_FIELDS = ProfileFieldsSchema.keyof().options;
export const ProfileFieldSchema = ProfileFieldsSchema.keyof();
export type ProfileField = z.infer<typeof ProfileFieldSchema>;
/** The story is optional; every other field is needed for a complete profile. */
export const REQUIRED_PROFILE_FIELDS = PROFILE_FIELDS.filter((f) => f !== "story");

export const FieldVisibilitySchema = z.enum(["shared_with_match", "private"]);
export type FieldVisibility = z.infer<typeof FieldVisibilitySchema>;
export const ProfileVisibilitySchema = z.record(ProfileFieldSchema, FieldVisibilitySchema);
export type ProfileVisibility = z.infer<typeof ProfileVisibilitySchema>;

/** What a match sees unless the member changes it: the story and personality answers stay private. */
export const DEFAULT_PROFILE_VISIBILITY: ProfileVisibility = {
  challenges: "shared_with_match",
  recoveryStage: "shared_with_match",
  goals: "shared_with_match",
  communicationStyle: "shared_with_match",
  tipi: "private",
  topValues: "shared_with_match",
  timeZone: "shared_with_match",
  availability: "shared_with_match",
  languages: "shared_with_match",
  technologyComfort: "shared_with_match",
  supportTypes: "shared_with_match",
  intensity: "shared_with_match",
  expectedDuration: "shared_with_match",
  story: "private",
};

/** The whole profile at once; fields left out are not answered yet (a draft). */
export const SaveProfileRequestSchema = ProfileFieldsSchema.partial()
  .extend({ visibility: z.partialRecord(ProfileFieldSchema, FieldVisibilitySchema).optional() })
  .strict();
export type SaveProfileRequest = z.infer<typeof SaveProfileRequestSchema>;

/** The member's own view: everything, with computed personality scores and completeness. */
export const OwnProfileSchema = ProfileFieldsSchema.partial().extend({
  tipiScores: TipiScoresSchema.nullable(),
  visibility: ProfileVisibilitySchema,
  complete: z.boolean(),
  missing: z.array(ProfileFieldSchema),
  updatedAt: z.string().nullable(),
});
export type OwnProfile = z.infer<typeof OwnProfileSchema>;

/** What a match sees: the display name and only the fields the member shares. */
export const MatchProfileSchema = ProfileFieldsSchema.omit({ tipi: true })
  .partial()
  .extend({ displayName: z.string(), personality: TipiScoresSchema.optional() });
export type MatchProfile = z.infer<typeof MatchProfileSchema>;
