import type { OnboardingState } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { isProfileComplete } from "../profiles/get-profile.js";
import { findOnboarding } from "./onboarding-repository.js";
import { presentOnboarding } from "./presenter.js";

/** Where the member is in onboarding; all of it is kept on the server, so any device can resume. */
export async function getOnboarding(db: Db, userId: string): Promise<OnboardingState> {
  const row = await findOnboarding(db, userId);
  return presentOnboarding(row, await isProfileComplete(db, userId));
}
