import type { AppContext } from "../../context.js";
import { notFound } from "../../lib/errors.js";
import type { StaffActor } from "../admin/staff-actor.js";
import { findScreening } from "../screening/screening-repository.js";
import { presentSafetyCaseDetail } from "./presenter.js";
import { findActiveMatchingHold, findSafetyCase } from "./safety-repository.js";

/** One case with the member's screening answers; every look is recorded as staff.viewed_screening. */
export async function getSafetyCase(ctx: AppContext, actor: StaffActor, caseId: string) {
  return ctx.database.transaction(async (trx) => {
    const row = await findSafetyCase(trx, caseId);
    if (!row) throw notFound("Safety case");
    const screening = await findScreening(trx, row.screening_id);
    if (!screening) throw notFound("Screening");
    const hold = await findActiveMatchingHold(trx, row.user_id);
    await ctx.audit.record(
      {
        action: "staff.viewed_screening",
        actorId: actor.userId,
        subjectId: row.user_id,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { caseId, screeningId: screening.id },
      },
      trx,
    );
    return presentSafetyCaseDetail(row, screening, hold);
  });
}
