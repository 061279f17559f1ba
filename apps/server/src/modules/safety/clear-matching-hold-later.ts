import type { AppContext } from "../../context.js";
import { conflict, notFound } from "../../lib/errors.js";
import type { StaffActor } from "../admin/staff-actor.js";
import { findScreening } from "../screening/screening-repository.js";
import { assertNoOtherOpenCase } from "./hold-guard.js";
import { announceMatchingResumed } from "./matching-resumed.js";
import { presentSafetyCaseDetail } from "./presenter.js";
import {
  appendResolutionNote,
  clearMatchingHold,
  findActiveMatchingHold,
  findSafetyCase,
  lockSafetyCase,
} from "./safety-repository.js";

/**
 * A case resolved while the hold stayed (say, until the member had spoken with their clinician)
 * can release the hold later. The note joins the case's notes; like them it is never audited in full.
 */
export async function clearMatchingHoldLater(ctx: AppContext, actor: StaffActor, caseId: string, note: string) {
  const now = ctx.clock.now();
  const result = await ctx.database.transaction(async (trx) => {
    const locked = await lockSafetyCase(trx, caseId);
    if (!locked) throw notFound("Safety case");
    if (locked.status !== "resolved") {
      throw conflict("Resolve the case first; resolving can clear the hold at the same time", [
        { field: "status", reason: locked.status },
      ]);
    }
    await assertNoOtherOpenCase(trx, locked.user_id, caseId);
    const hold = await clearMatchingHold(trx, locked.user_id, actor.userId, now);
    if (!hold) throw conflict("This member's matching is not on hold");
    await appendResolutionNote(trx, caseId, `${now.toISOString().slice(0, 10)}, matching hold cleared: ${note}`);
    await ctx.audit.record(
      {
        actorId: actor.userId,
        subjectId: locked.user_id,
        ip: actor.ip,
        requestId: actor.requestId,
        action: "safety.matching_hold_cleared",
        details: { caseId, holdId: hold.id, afterResolution: true },
      },
      trx,
    );
    const row = await findSafetyCase(trx, caseId);
    const screening = await findScreening(trx, locked.screening_id);
    if (!row || !screening) throw notFound("Safety case");
    return {
      detail: presentSafetyCaseDetail(row, screening, await findActiveMatchingHold(trx, locked.user_id)),
      memberId: locked.user_id,
    };
  });
  await announceMatchingResumed(ctx, result.memberId);
  return result.detail;
}
