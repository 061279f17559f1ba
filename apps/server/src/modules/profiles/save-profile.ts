import type { AvailabilitySlot, SaveProfileRequest } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { requestRecommendations } from "../matching/request-recommendations.js";
import { findProfile, saveProfile as writeProfile } from "./profiles-repository.js";
import { missingFields, readProfile, type StoredProfile } from "./stored-profile.js";

/** Each weekly hour once, in week order, whatever order the member ticked them in. */
function normaliseAvailability(slots: readonly AvailabilitySlot[]): AvailabilitySlot[] {
  const keys = [...new Set(slots.map((s) => s.day * 24 + s.hour))].sort((a, b) => a - b);
  return keys.map((k) => ({ day: Math.floor(k / 24), hour: k % 24 }));
}

/**
 * Replaces the member's answers with `input` (fields left out become unanswered, so a draft can be
 * saved at any point). Visibility given for a field overrides it; other fields keep theirs.
 */
export async function saveProfile(ctx: AppContext, userId: string, input: SaveProfileRequest): Promise<StoredProfile> {
  const { visibility: visibilityChanges, ...fields } = input;
  if (fields.availability) fields.availability = normaliseAvailability(fields.availability);
  if (fields.story !== undefined && fields.story.length === 0) delete fields.story;
  const saved = await ctx.database.transaction(async (trx) => {
    const current = readProfile(await findProfile(trx, userId));
    const visibility = { ...current.visibility, ...visibilityChanges };
    const row = await writeProfile(trx, userId, {
      fields,
      visibility,
      complete: missingFields(fields).length === 0,
      now: ctx.clock.now(),
    });
    return { profile: readProfile(row), complete: row.complete };
  });
  if (saved.complete) await requestRecommendations(ctx, userId);
  return saved.profile;
}
