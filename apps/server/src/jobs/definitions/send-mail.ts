import { z } from "zod";
import { deliverMail, deliverQueuedMail } from "../../modules/mail/deliver-mail.js";
import { defineJob } from "../types.js";

/**
 * Sends one queued message by SMTP (`{id}`, enqueued by the mailer), or every minute sweeps up what
 * is still queued. Retries are counted on the message itself, not by the queue.
 */
export const sendMailJob = defineJob({
  name: "send-mail",
  schema: z.object({ id: z.uuid().optional() }),
  cron: "* * * * *",
  retryLimit: 0,
  async handle(ctx, payload) {
    if (payload.id) await deliverMail(ctx, payload.id);
    else await deliverQueuedMail(ctx);
  },
});
