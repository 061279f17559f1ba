import type { OnboardingState } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import type { RequestMeta } from "../../http/request-meta.js";
import { conflict } from "../../lib/errors.js";
import { isProfileComplete } from "../profiles/get-profile.js";
import { CURRENT_CONSENT } from "./consent-text.js";
import { upsertOnboarding } from "./onboarding-repository.js";
import { presentOnboarding } from "./presenter.js";

/**
 * Records consent to the text version the member was shown. Agreeing to a version that is no
 * longer current is refused, so nobody is recorded as agreeing to words they did not read.
 */
export async function giveConsent(
  ctx: AppContext,
  userId: string,
  version: string,
  meta: RequestMeta,
): Promise<OnboardingState> {
  if (version !== CURRENT_CONSENT.version) {
    throw conflict("The consent text has changed; please read the current version", [
      { field: "version", reason: `The current version is ${CURRENT_CONSENT.version}` },
    ]);
  }
  return ctx.database.transaction(async (trx) => {
    const now = ctx.clock.now();
    const row = await upsertOnboarding(trx, userId, { consent_version: version, consent_at: now, updated_at: now });
    await ctx.audit.record(
      {
        action: "onboarding.consented",
        actorId: userId,
        subjectId: userId,
        ip: meta.ip,
        requestId: meta.requestId,
        details: { version },
      },
      trx,
    );
    return presentOnboarding(row, await isProfileComplete(trx, userId));
  });
}
