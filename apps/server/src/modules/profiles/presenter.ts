import { type OwnProfile, scoreTipi } from "@mentalverse/shared";
import { missingFields, type StoredProfile } from "./stored-profile.js";

/** The member's own view: every field, computed personality scores and what is still missing. */
export function presentOwnProfile(profile: StoredProfile): OwnProfile {
  const tipi = profile.fields.tipi ? scoreTipi(profile.fields.tipi) : null;
  const missing = missingFields(profile.fields);
  return {
    ...profile.fields,
    tipiScores: tipi?.status === "scored" ? tipi.scores : null,
    visibility: profile.visibility,
    complete: missing.length === 0,
    missing,
    updatedAt: profile.updatedAt?.toISOString() ?? null,
  };
}
