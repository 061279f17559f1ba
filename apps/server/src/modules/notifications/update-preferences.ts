import {
  NOTIFICATION_CATEGORY_INFO,
  type NotificationPreferences,
  type UpdateNotificationPreferences,
} from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { invalidField } from "../../lib/errors.js";
import { isSafetyCritical } from "./categories.js";
import { releaseDeferredEmails } from "./deferred-emails-repository.js";
import { getNotificationPreferences } from "./get-preferences.js";
import { upsertCategorySettings, upsertSettings } from "./preferences-repository.js";
import { minuteOfClockTime } from "./quiet-hours.js";

/**
 * Saves the listed categories (others keep their setting) and the quiet hours. Refuses to take a
 * safety-critical category out of the app rather than quietly keeping it in.
 */
export async function updateNotificationPreferences(
  ctx: AppContext,
  userId: string,
  update: UpdateNotificationPreferences,
): Promise<NotificationPreferences> {
  const seen = new Set<string>();
  update.categories.forEach((choice, i) => {
    if (seen.has(choice.category)) {
      throw invalidField(`categories.${i}.category`, `${choice.category} is listed more than once`);
    }
    seen.add(choice.category);
    if (isSafetyCritical(choice.category) && !choice.inApp) {
      const label = NOTIFICATION_CATEGORY_INFO[choice.category].label;
      throw invalidField(`categories.${i}.inApp`, `${label} notifications always show in the app`);
    }
  });
  const { quietHours } = update;
  if (quietHours.start === quietHours.end) {
    throw invalidField("quietHours.end", "Quiet hours must end at a different time from when they start");
  }

  const now = ctx.clock.now();
  await ctx.database.transaction(async (trx) => {
    await upsertSettings(trx, {
      user_id: userId,
      quiet_hours_enabled: quietHours.enabled,
      quiet_start_minute: minuteOfClockTime(quietHours.start),
      quiet_end_minute: minuteOfClockTime(quietHours.end),
      time_zone: quietHours.timeZone,
      updated_at: now,
    });
    await upsertCategorySettings(
      trx,
      update.categories.map((c) => ({
        user_id: userId,
        category: c.category,
        in_app: c.inApp,
        email: c.email,
        updated_at: now,
      })),
    );
    // Held emails go with the next run of the notification-emails job rather than wait for a window now off.
    if (!quietHours.enabled) await releaseDeferredEmails(trx, userId, now);
  });
  return getNotificationPreferences(ctx, userId);
}
