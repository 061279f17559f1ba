import type { AppContext } from "../../context.js";
import { conflict, notFound } from "../../lib/errors.js";
import type { StaffActor } from "../admin/staff-actor.js";
import { findScreening } from "../screening/screening-repository.js";
import { assertNoOtherOpenCase } from "./hold-guard.js";
import { announceMatchingResumed } from "./matching-resumed.js";
import { presentSafetyCaseDetail } from "./presenter.js";
import {
  clearMatchingHold,
  findActiveMatchingHold,
  findSafetyCase,
  lockSafetyCase,
  resolveSafetyCase as resolve,
} from "./safety-repository.js";

export interface ResolveInput {
  caseId: string;
  note: string;
  clearMatchingHold: boolean;
}

/**
 * Closes a case with the reviewer's note (kept for the safety team, never shown to the member or
 * written to the audit log) and, when the reviewer says so, lets the member be matched again.
 */
export async function resolveSafetyCase(ctx: AppContext, actor: StaffActor, input: ResolveInput) {
  const now = ctx.clock.now();
  const result = await ctx.database.transaction(async (trx) => {
    const locked = await lockSafetyCase(trx, input.caseId);
    if (!locked) throw notFound("Safety case");
    if (locked.status === "resolved") throw conflict("This case is already resolved");
    await resolve(trx, input.caseId, actor.userId, input.note, now);
    const meta = { actorId: actor.userId, subjectId: locked.user_id, ip: actor.ip, requestId: actor.requestId };
    await ctx.audit.record({ ...meta, action: "safety.case_resolved", details: { caseId: input.caseId } }, trx);
    let cleared = false;
    if (input.clearMatchingHold) {
      await assertNoOtherOpenCase(trx, locked.user_id, input.caseId);
      const hold = await clearMatchingHold(trx, locked.user_id, actor.userId, now);
      if (hold) {
        cleared = true;
        await ctx.audit.record(
          { ...meta, action: "safety.matching_hold_cleared", details: { caseId: input.caseId, holdId: hold.id } },
          trx,
        );
      }
    }
    const row = await findSafetyCase(trx, input.caseId);
    const screening = await findScreening(trx, locked.screening_id);
    if (!row || !screening) throw notFound("Safety case");
    const detail = presentSafetyCaseDetail(row, screening, await findActiveMatchingHold(trx, locked.user_id));
    return { detail, cleared, memberId: locked.user_id };
  });
  if (result.cleared) await announceMatchingResumed(ctx, result.memberId);
  return result.detail;
}
