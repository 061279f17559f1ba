import type { AppContext } from "../../context.js";
import type { Db } from "../../db/database.js";
import { openScreeningRequest } from "./screening-repository.js";

export const SCREENING_REQUEST_NOTICE = {
  kind: "screening.requested",
  title: "Please answer a few safety questions",
  body: "Some of your answers suggest things may be hard right now. A few short questions help us make sure you get the right support.",
  link: "/screening",
} as const;

/**
 * Marks a screening as due now (inside the caller's transaction). Returns whether this opened a new
 * request; the caller then sends the notice after commit, so a member is asked once, not per save.
 */
export async function requestScreening(
  ctx: AppContext,
  trx: Db,
  userId: string,
  reason: "phq9_item9" | "on_demand",
): Promise<boolean> {
  return openScreeningRequest(trx, userId, reason, ctx.clock.now());
}

export async function sendScreeningRequestNotice(ctx: AppContext, userId: string): Promise<void> {
  await ctx.notifier
    .notify(userId, SCREENING_REQUEST_NOTICE)
    .catch((error: unknown) => ctx.log.error({ err: error, userId }, "screening request notice failed"));
}
