import type { AppContext } from "../../context.js";
import { conflict, invalidField, notFound } from "../../lib/errors.js";
import type { StaffActor } from "../admin/staff-actor.js";
import { holdsRole } from "../safety/safety-repository.js";
import { presentReportDetail } from "./presenter.js";
import { assignReport as assign, findReport, lockReport } from "./reports-repository.js";

/** Gives a report to a safety-team member (the caller by default); a resolved report stays closed. */
export async function assignReport(ctx: AppContext, actor: StaffActor, id: string, assigneeId?: string) {
  const to = assigneeId ?? actor.userId;
  return ctx.database.transaction(async (trx) => {
    const locked = await lockReport(trx, id);
    if (!locked) throw notFound("Safety report");
    if (locked.status === "resolved") throw conflict("This report is already resolved");
    if (!(await holdsRole(trx, to, "safety"))) {
      throw invalidField("assigneeId", "Reports can only be assigned to members of the safety team");
    }
    await assign(trx, id, to, ctx.clock.now());
    await ctx.audit.record(
      {
        action: "safety.report_assigned",
        actorId: actor.userId,
        subjectId: locked.subject_id,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { reportId: id, assigneeId: to, previousAssigneeId: locked.assignee_id },
      },
      trx,
    );
    const row = await findReport(trx, id);
    if (!row) throw notFound("Safety report");
    return presentReportDetail(row);
  });
}
