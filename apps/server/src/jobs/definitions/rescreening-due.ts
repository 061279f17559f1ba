import { z } from "zod";
import { sendRescreeningReminders } from "../../modules/screening/send-rescreening-reminders.js";
import { defineJob } from "../types.js";

/** Daily: asks members to re-answer the safety screening RESCREENING_INTERVAL_DAYS after the last one. */
export const rescreeningDueJob = defineJob({
  name: "rescreening-due",
  schema: z.object({}),
  cron: "15 9 * * *",
  retryLimit: 2,
  async handle(ctx) {
    const sent = await sendRescreeningReminders(ctx);
    if (sent > 0) ctx.log.info({ sent }, "sent re-screening reminders");
  },
});
