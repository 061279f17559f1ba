import type { AppContext } from "../../context.js";
import { conflict, invalidField, notFound } from "../../lib/errors.js";
import type { StaffActor } from "../admin/staff-actor.js";
import { findScreening } from "../screening/screening-repository.js";
import { presentSafetyCaseDetail } from "./presenter.js";
import {
  assignSafetyCase as assign,
  findActiveMatchingHold,
  findSafetyCase,
  holdsRole,
  lockSafetyCase,
} from "./safety-repository.js";

/** Gives a case to a safety-team member (the caller by default); a resolved case stays closed. */
export async function assignSafetyCase(ctx: AppContext, actor: StaffActor, caseId: string, assigneeId?: string) {
  const to = assigneeId ?? actor.userId;
  return ctx.database.transaction(async (trx) => {
    const locked = await lockSafetyCase(trx, caseId);
    if (!locked) throw notFound("Safety case");
    if (locked.status === "resolved") throw conflict("This case is already resolved");
    if (!(await holdsRole(trx, to, "safety"))) {
      throw invalidField("assigneeId", "Cases can only be assigned to members of the safety team");
    }
    await assign(trx, caseId, to, ctx.clock.now());
    await ctx.audit.record(
      {
        action: "safety.case_assigned",
        actorId: actor.userId,
        subjectId: locked.user_id,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { caseId, assigneeId: to, previousAssigneeId: locked.assignee_id },
      },
      trx,
    );
    const row = await findSafetyCase(trx, caseId);
    const screening = await findScreening(trx, locked.screening_id);
    if (!row || !screening) throw notFound("Safety case");
    return presentSafetyCaseDetail(row, screening, await findActiveMatchingHold(trx, locked.user_id));
  });
}
