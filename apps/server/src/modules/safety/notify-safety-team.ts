import type { AppContext } from "../../context.js";
import { findSafetyTeamIds } from "./safety-repository.js";

/** Tells every safety-team member a case is waiting; no member detail leaves the queue in a notice. */
export async function notifySafetyTeam(ctx: AppContext, level: string): Promise<void> {
  const ids = await findSafetyTeamIds(ctx.db);
  for (const id of ids) {
    await ctx.notifier
      .notify(id, {
        kind: "safety.case_opened",
        title: level === "high" ? "New high-risk safety case" : "New safety case",
        body: "A screening needs a safety reviewer. Open the safety queue to pick it up.",
        link: "/staff/safety",
      })
      .catch((error: unknown) => ctx.log.error({ err: error, userId: id }, "safety team notice failed"));
  }
}
