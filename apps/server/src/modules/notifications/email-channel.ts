import type { NotificationCategory } from "@mentalverse/shared";
import type { FastifyBaseLogger } from "fastify";
import type { Mailer } from "../../context.js";
import type { Db } from "../../db/database.js";
import type { Clock } from "../../lib/clock.js";
import { findUserById } from "../users/user-repository.js";
import { isSafetyCritical } from "./categories.js";
import { insertDeferredEmail } from "./deferred-emails-repository.js";
import { loadQuietHours, resolveTimeZone } from "./member-preferences.js";
import { notificationMail } from "./notification-email.js";
import { isWithinQuietHours, quietHoursEnd } from "./quiet-hours.js";

export interface EmailChannelDeps {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  publicUrl: string;
  log: FastifyBaseLogger;
}

export type EmailOutcome = "sent" | "deferred" | "skipped" | "failed";

export interface EmailChannel {
  /** Emails a member, already known to want this category by email, that something is waiting. */
  send(
    userId: string,
    category: NotificationCategory,
    notificationId: string | null,
    link: string | null,
  ): Promise<EmailOutcome>;
}

/**
 * The notifier's email side. Outside quiet hours the email goes now; inside, it waits in
 * deferred_notification_emails until they end (the notification-emails job sends it then).
 * Safety-critical categories never wait. Demo members have made-up addresses and get no email.
 * A failure is logged, never thrown: the in-app notice is already stored and stands on its own.
 */
export function createEmailChannel(deps: EmailChannelDeps): EmailChannel {
  return {
    async send(userId, category, notificationId, link) {
      try {
        const user = await findUserById(deps.db, userId);
        if (!user || user.is_demo) return "skipped";
        const now = deps.clock.now();
        if (!isSafetyCritical(category)) {
          const quiet = await loadQuietHours(deps.db, userId);
          const { zone } = await resolveTimeZone(deps.db, userId, quiet.timeZone);
          if (quiet.enabled && isWithinQuietHours(now, quiet, zone)) {
            const sendAfter = quietHoursEnd(now, quiet, zone);
            await insertDeferredEmail(deps.db, {
              user_id: userId,
              notification_id: notificationId,
              category,
              link,
              send_after: sendAfter,
              created_at: now,
            });
            return "deferred";
          }
        }
        await deps.mailer.send(notificationMail(user.email, category, link, deps.publicUrl));
        return "sent";
      } catch (error) {
        deps.log.error({ err: error, userId, category }, "notification email failed");
        return "failed";
      }
    },
  };
}
