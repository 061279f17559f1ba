import type { AppContext } from "../../context.js";
import { presentReport } from "./presenter.js";
import { listReports as list, type ReportStatus } from "./reports-repository.js";

/** The safety team's queue of reports and alerts; the list carries no message text. */
export async function listReports(ctx: AppContext, status: ReportStatus | undefined) {
  return { reports: (await list(ctx.db, status)).map(presentReport) };
}
