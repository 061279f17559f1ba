import type { ScreeningStatus } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { DAY } from "../../lib/clock.js";
import { findActiveMatchingHold } from "../safety/safety-repository.js";
import { findDraftScreening, findLastCompleteScreening, findOpenScreeningRequest } from "./screening-repository.js";

/**
 * Whether the member should answer the safety questions now: never screened, asked to (PHQ-9 item 9
 * or on demand), or RESCREENING_INTERVAL_DAYS since the last one; and whether matching is held.
 */
export async function getScreeningStatus(ctx: AppContext, userId: string): Promise<ScreeningStatus> {
  const now = ctx.clock.now();
  const last = await findLastCompleteScreening(ctx.db, userId);
  const request = await findOpenScreeningRequest(ctx.db, userId);
  const draft = await findDraftScreening(ctx.db, userId);
  const hold = await findActiveMatchingHold(ctx.db, userId);
  const nextDue = last?.completed_at
    ? new Date(last.completed_at.getTime() + ctx.config.RESCREENING_INTERVAL_DAYS * DAY)
    : null;
  const dueReason = request
    ? "requested"
    : !last
      ? "never_screened"
      : nextDue && nextDue.getTime() <= now.getTime()
        ? "scheduled"
        : null;
  return {
    due: dueReason !== null,
    dueReason,
    nextDueAt: request ? request.created_at.toISOString() : (nextDue?.toISOString() ?? null),
    lastRisk: last?.risk ?? null,
    lastCompletedAt: last?.completed_at?.toISOString() ?? null,
    hasDraft: draft !== undefined,
    matchingHeld: hold !== undefined,
  };
}
