import {
  DEFAULT_PROFILE_VISIBILITY,
  FieldVisibilitySchema,
  PROFILE_FIELDS,
  type ProfileField,
  type ProfileFields,
  ProfileFieldsSchema,
  type ProfileVisibility,
  REQUIRED_PROFILE_FIELDS,
  scoreTipi,
} from "@mentalverse/shared";
import type { ProfileRow } from "./profiles-repository.js";

/** A profile as services use it: the answered fields and the visibility of every field. */
export interface StoredProfile {
  fields: Partial<ProfileFields>;
  visibility: ProfileVisibility;
  updatedAt: Date | null;
}

/**
 * Reads a stored profile field by field: a value that no longer fits the contract (a vocabulary
 * entry retired since) reads as unanswered rather than failing the whole profile.
 */
export function readProfile(row: ProfileRow | undefined): StoredProfile {
  const fields: Record<string, unknown> = {};
  const visibility: ProfileVisibility = { ...DEFAULT_PROFILE_VISIBILITY };
  for (const field of PROFILE_FIELDS) {
    const parsed = ProfileFieldsSchema.shape[field].safeParse(row?.fields[field]);
    if (row && field in row.fields && parsed.success) fields[field] = parsed.data;
    const seen = FieldVisibilitySchema.safeParse(row?.visibility[field]);
    if (seen.success) visibility[field] = seen.data;
  }
  return { fields: fields as Partial<ProfileFields>, visibility, updatedAt: row?.updated_at ?? null };
}

/** The required fields still unanswered; personality counts only with all ten items answered. */
export function missingFields(fields: Partial<ProfileFields>): ProfileField[] {
  return REQUIRED_PROFILE_FIELDS.filter((field) => {
    if (field === "tipi") return !fields.tipi || scoreTipi(fields.tipi).status !== "scored";
    return fields[field] === undefined;
  });
}
