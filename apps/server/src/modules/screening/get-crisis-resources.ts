import type { CrisisResources } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { type CrisisLine, crisisResourcesFor } from "./crisis-resources.js";
import { findLastCompleteScreening } from "./screening-repository.js";

/**
 * Crisis lines for the member's country (from their latest completed screening), then the
 * international ones. Read-only: the messaging crisis notice asks for it without sending anything
 * the member typed.
 */
export async function getCrisisResources(
  ctx: AppContext,
  lines: readonly CrisisLine[],
  userId: string,
): Promise<CrisisResources> {
  const latest = await findLastCompleteScreening(ctx.db, userId);
  return crisisResourcesFor(lines, latest?.country ?? null);
}
