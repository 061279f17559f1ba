import type { AppContext } from "../../context.js";
import { conflict, notFound } from "../../lib/errors.js";
import type { StaffActor } from "../admin/staff-actor.js";
import { presentReportDetail } from "./presenter.js";
import { findReport, lockReport, resolveReport as resolve } from "./reports-repository.js";

/** Closes a report with a note on what was done (the note stays with the report, not in the audit log). */
export async function resolveReport(ctx: AppContext, actor: StaffActor, id: string, note: string) {
  return ctx.database.transaction(async (trx) => {
    const locked = await lockReport(trx, id);
    if (!locked) throw notFound("Safety report");
    if (locked.status === "resolved") throw conflict("This report is already resolved");
    await resolve(trx, id, actor.userId, note, ctx.clock.now());
    await ctx.audit.record(
      {
        action: "safety.report_resolved",
        actorId: actor.userId,
        subjectId: locked.subject_id,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { reportId: id, kind: locked.kind },
      },
      trx,
    );
    const row = await findReport(trx, id);
    if (!row) throw notFound("Safety report");
    return presentReportDetail(row);
  });
}
