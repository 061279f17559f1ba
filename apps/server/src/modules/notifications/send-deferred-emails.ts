import type { NotificationCategory } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { findUserById } from "../users/user-repository.js";
import { categoryFromStored } from "./categories.js";
import { findMembersWithDueEmails, findUnreadIds, takeDueEmails } from "./deferred-emails-repository.js";
import { channelChoice } from "./member-preferences.js";
import { notificationMail, quietHoursDigestMail } from "./notification-email.js";
import { listCategorySettings } from "./preferences-repository.js";

/**
 * Sends what quiet hours held back, one email per member however many notifications waited.
 * Leaves out what the member has read in the app meanwhile, and categories they have since taken
 * off email. Returns how many members were emailed.
 */
export async function sendDeferredEmails(ctx: AppContext, limit = 100): Promise<number> {
  const now = ctx.clock.now();
  let emailed = 0;
  for (const userId of await findMembersWithDueEmails(ctx.db, now, limit)) {
    if (await sendMemberDigest(ctx, userId, now)) emailed += 1;
  }
  return emailed;
}

async function sendMemberDigest(ctx: AppContext, userId: string, now: Date): Promise<boolean> {
  return ctx.database.transaction(async (trx) => {
    const due = await takeDueEmails(trx, userId, now);
    const user = await findUserById(trx, userId);
    if (due.length === 0 || !user || user.is_demo) return false;
    const settings = await listCategorySettings(trx, userId);
    const wantsEmail = (category: NotificationCategory) =>
      channelChoice(
        category,
        settings.find((s) => s.category === category),
      ).email;
    const ids = due.flatMap((row) => (row.notification_id ? [row.notification_id] : []));
    const unread = await findUnreadIds(trx, userId, ids);
    const waiting = due.filter(
      (row) =>
        (row.notification_id === null || unread.has(row.notification_id)) &&
        wantsEmail(categoryFromStored(row.category)),
    );
    const [only] = waiting;
    if (!only) return false;
    const message =
      waiting.length === 1
        ? notificationMail(user.email, categoryFromStored(only.category), only.link, ctx.config.publicUrl)
        : quietHoursDigestMail(
            user.email,
            waiting.map((row) => categoryFromStored(row.category)),
            waiting.length,
            ctx.config.publicUrl,
          );
    // Written in the claiming transaction: the rows and the email commit together or not at all.
    await ctx.mailer.send(message, trx);
    return true;
  });
}
