import { type MatchProfile, PROFILE_FIELDS, scoreTipi } from "@mentalverse/shared";
import type { StoredProfile } from "./stored-profile.js";

/**
 * What a matched peer sees of a member: the display name and the fields the member shares, nothing
 * else. Personality is shown as trait scores, never the raw answers. Matching and every view for a
 * peer must go through here.
 */
export function presentForMatch(displayName: string, profile: StoredProfile): MatchProfile {
  const view: MatchProfile = { displayName };
  const target = view as Record<string, unknown>;
  for (const field of PROFILE_FIELDS) {
    if (profile.visibility[field] !== "shared_with_match") continue;
    const value = profile.fields[field];
    if (value === undefined) continue;
    if (field === "tipi") {
      const result = scoreTipi(profile.fields.tipi ?? []);
      if (result.status === "scored") view.personality = result.scores;
      continue;
    }
    target[field] = value;
  }
  return view;
}
