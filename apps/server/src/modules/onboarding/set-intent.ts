import type { OnboardingIntent, OnboardingState } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { requestRecommendations } from "../matching/request-recommendations.js";
import { isProfileComplete } from "../profiles/get-profile.js";
import { upsertOnboarding } from "./onboarding-repository.js";
import { presentOnboarding } from "./presenter.js";

/** Whether the member seeks support, offers mentorship, or both; they can change it later. */
export async function setIntent(ctx: AppContext, userId: string, intent: OnboardingIntent): Promise<OnboardingState> {
  const state = await ctx.database.transaction(async (trx) => {
    const now = ctx.clock.now();
    const row = await upsertOnboarding(trx, userId, {
      seek_support: intent.seekSupport,
      offer_mentorship: intent.offerMentorship,
      intent_set_at: now,
      updated_at: now,
    });
    return presentOnboarding(row, await isProfileComplete(trx, userId));
  });
  if (intent.seekSupport) await requestRecommendations(ctx, userId);
  return state;
}
