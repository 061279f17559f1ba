import { z } from "zod";
import { sendDeferredEmails } from "../../modules/notifications/send-deferred-emails.js";
import { defineJob } from "../types.js";

/**
 * Every five minutes, emails members whose quiet hours have ended about what arrived meanwhile.
 * Reads the app's clock, so tests move time instead of waiting; a missed run is caught up by the next.
 */
export const notificationEmailsJob = defineJob({
  name: "notification-emails",
  schema: z.object({}),
  cron: "*/5 * * * *",
  retryLimit: 0,
  async handle(ctx) {
    await sendDeferredEmails(ctx);
  },
});
