import type { AppContext } from "../../context.js";
import { notFound } from "../../lib/errors.js";
import type { StaffActor } from "../admin/staff-actor.js";
import { findApplication, listApplicationEvents } from "./mentor-applications-repository.js";
import { presentApplicationDetail } from "./presenter.js";

/** One application with its history, as supervisors see it; looking is recorded. */
export async function getApplication(ctx: AppContext, actor: StaffActor, id: string) {
  return ctx.database.transaction(async (trx) => {
    const row = await findApplication(trx, id);
    if (!row) throw notFound("Application");
    const events = await listApplicationEvents(trx, id);
    await ctx.audit.record(
      {
        action: "staff.viewed_application",
        actorId: actor.userId,
        subjectId: row.user_id,
        ip: actor.ip,
        requestId: actor.requestId,
        details: { applicationId: id },
      },
      trx,
    );
    return presentApplicationDetail(row, events);
  });
}
