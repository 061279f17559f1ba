import { z } from "zod";
import { sendMeasuresReminders } from "../../modules/measures/send-measures-reminders.js";
import { defineJob } from "../types.js";

/** Daily: the four-weekly reminder to answer the wellbeing measures again. */
export const measuresReminderJob = defineJob({
  name: "measures-reminder",
  schema: z.object({}),
  cron: "45 9 * * *",
  retryLimit: 2,
  async handle(ctx) {
    const sent = await sendMeasuresReminders(ctx);
    if (sent > 0) ctx.log.info({ sent }, "sent measures reminders");
  },
});
