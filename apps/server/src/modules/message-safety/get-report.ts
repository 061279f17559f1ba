import type { AppContext } from "../../context.js";
import { notFound } from "../../lib/errors.js";
import type { StaffActor } from "../admin/staff-actor.js";
import { presentReportDetail } from "./presenter.js";
import { findReport } from "./reports-repository.js";

/** One report with the messages its reporter revealed; every look is audited. */
export async function getReport(ctx: AppContext, actor: StaffActor, id: string) {
  return ctx.database.transaction(async (trx) => {
    const row = await findReport(trx, id);
    if (!row) throw notFound("Safety report");
    await ctx.audit.record(
      {
        action: "staff.viewed_safety_report",
        actorId: actor.userId,
        subjectId: row.subject_id,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { reportId: id, kind: row.kind, messages: row.messages.length },
      },
      trx,
    );
    return presentReportDetail(row);
  });
}
