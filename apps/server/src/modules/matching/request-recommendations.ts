import type { AppContext } from "../../context.js";
import { findWaitingMentee } from "./inputs-repository.js";
import { RECOMMEND_JOB } from "./job-names.js";

/**
 * The hook other modules call after a change that may make a member ready to match (profile
 * complete, intent to seek support, screening submitted, matching hold cleared). Call it after
 * commit. Only a member now waiting and cleared is queued; the job checks again. Never fails the caller.
 */
export async function requestRecommendations(ctx: AppContext, userId: string): Promise<void> {
  try {
    const waiting = await findWaitingMentee(ctx.db, userId);
    if (!waiting?.cleared) return;
    await ctx.jobs.send(RECOMMEND_JOB, { menteeId: userId }, { singletonKey: `recommend:${userId}` });
  } catch (error) {
    ctx.log.error({ err: error }, "could not queue match recommendations");
  }
}
