import { z } from "zod";
import { remindInactivePairs } from "../../modules/relationship-activity/remind-inactive-pairs.js";
import { defineJob } from "../types.js";

/** Daily: reminds both members of pairs silent for RELATIONSHIP_INACTIVITY_DAYS, once per period. */
export const relationshipInactivityRemindersJob = defineJob({
  name: "relationship-inactivity-reminders",
  schema: z.object({}),
  cron: "15 8 * * *",
  retryLimit: 2,
  async handle(ctx) {
    const reminded = await remindInactivePairs(ctx);
    if (reminded > 0) ctx.log.info({ reminded }, "reminded inactive mentoring pairs");
  },
});
