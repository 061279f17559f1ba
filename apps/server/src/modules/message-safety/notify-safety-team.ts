import type { AppContext } from "../../context.js";
import { findSafetyTeamIds } from "../safety/safety-repository.js";
import type { SafetyReportRow } from "./reports-repository.js";

const TITLES: Record<SafetyReportRow["kind"], string> = {
  message_report: "New message report",
  crisis_alert: "A member asked the safety team for help",
  worried_alert: "A mentor is worried about their mentee",
};

/** Tells every safety-team member a report is waiting; the notice says what kind, never what was written. */
export async function notifySafetyTeamOfReport(ctx: AppContext, kind: SafetyReportRow["kind"]): Promise<void> {
  for (const id of await findSafetyTeamIds(ctx.db)) {
    await ctx.notifier
      .notify(id, {
        kind: "safety.report_opened",
        title: TITLES[kind],
        body: "Open the safety reports queue to pick it up.",
        link: "/staff/safety/reports",
      })
      .catch((error: unknown) => ctx.log.error({ err: error, userId: id }, "safety team report notice failed"));
  }
}
