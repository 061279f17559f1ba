import { z } from "zod";
import { alertStuckRelationships } from "../../modules/relationship-activity/alert-stuck-relationships.js";
import { defineJob } from "../types.js";

/** Daily: tells supervisors about relationships with no contact for 21 days. */
export const relationshipStuckAlertsJob = defineJob({
  name: "relationship-stuck-alerts",
  schema: z.object({}),
  cron: "25 8 * * *",
  retryLimit: 2,
  async handle(ctx) {
    const alerted = await alertStuckRelationships(ctx);
    if (alerted > 0) ctx.log.info({ alerted }, "alerted supervisors to stuck relationships");
  },
});
