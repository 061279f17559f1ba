import type { OnboardingState } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { isProfileComplete } from "../profiles/get-profile.js";
import { findOnboarding, upsertOnboarding } from "./onboarding-repository.js";
import { presentOnboarding } from "./presenter.js";

/** Records that the member read what the service is and is not; the first time counts. */
export async function acknowledgeAbout(ctx: AppContext, userId: string): Promise<OnboardingState> {
  return ctx.database.transaction(async (trx) => {
    const now = ctx.clock.now();
    const current = await findOnboarding(trx, userId);
    const row = await upsertOnboarding(trx, userId, {
      about_acknowledged_at: current?.about_acknowledged_at ?? now,
      updated_at: now,
    });
    return presentOnboarding(row, await isProfileComplete(trx, userId));
  });
}
