import type { AppContext } from "../../context.js";
import { requestRecommendations } from "../matching/request-recommendations.js";

/** After a hold is cleared (and committed): tell the member, and look for mentors for them straight away. */
export async function announceMatchingResumed(ctx: AppContext, memberId: string): Promise<void> {
  await ctx.notifier
    .notify(memberId, {
      kind: "safety.matching_resumed",
      title: "Matching is open to you again",
      body: "Thank you for talking with the safety team. You can now be matched with a peer mentor.",
      link: "/matches",
    })
    .catch((error: unknown) => ctx.log.error({ err: error }, "matching resumed notice failed"));
  await requestRecommendations(ctx, memberId);
}
