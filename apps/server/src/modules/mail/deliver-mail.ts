import type { AppContext } from "../../context.js";
import { claimMail, findMail, findQueuedMailIds, markMailAttemptFailed, markMailSent } from "./mail-repository.js";
import { smtpTransport } from "./smtp-transport.js";

/** Attempts per message before it is marked failed (the first send plus the sweep's retries). */
export const MAX_MAIL_ATTEMPTS = 5;

export type DeliveryResult = "sent" | "retry" | "failed" | "skipped";

/** Sends one queued message by SMTP and records the outcome; never sends a message twice at once. */
export async function deliverMail(ctx: AppContext, id: string): Promise<DeliveryResult> {
  const url = ctx.config.SMTP_URL;
  if (!url) return "skipped";
  const seen = await findMail(ctx.db, id);
  if (seen?.status !== "queued" || seen.attempts >= MAX_MAIL_ATTEMPTS) return "skipped";
  const mail = await claimMail(ctx.db, id, seen.attempts);
  if (!mail) return "skipped";
  try {
    await smtpTransport(url).sendMail({
      from: ctx.config.MAIL_FROM,
      to: mail.to_address,
      subject: mail.subject,
      text: mail.text_body,
    });
    await markMailSent(ctx.db, id, ctx.clock.now());
    return "sent";
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const final = mail.attempts >= MAX_MAIL_ATTEMPTS;
    await markMailAttemptFailed(ctx.db, id, reason, final);
    ctx.log.warn({ mailId: id, attempt: mail.attempts, final, reason }, "mail delivery failed");
    return final ? "failed" : "retry";
  }
}

/**
 * Delivers what is still queued: messages written inside a transaction (never enqueued), ones whose
 * job was lost, and earlier failures, each up to MAX_MAIL_ATTEMPTS times in all.
 */
export async function deliverQueuedMail(ctx: AppContext, limit = 50): Promise<number> {
  if (!ctx.config.SMTP_URL) return 0;
  let sent = 0;
  for (const id of await findQueuedMailIds(ctx.db, MAX_MAIL_ATTEMPTS, limit)) {
    if ((await deliverMail(ctx, id)) === "sent") sent += 1;
  }
  return sent;
}
