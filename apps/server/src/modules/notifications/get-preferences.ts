import { NOTIFICATION_CATEGORIES, type NotificationPreferences } from "@mentalverse/shared";
import type { AppContext } from "../../context.js";
import { isSafetyCritical } from "./categories.js";
import { channelChoice, quietHoursOf, resolveTimeZone } from "./member-preferences.js";
import { findSettings, listCategorySettings } from "./preferences-repository.js";
import { clockTimeOfMinute } from "./quiet-hours.js";

/** Every category with the member's choice or its default, and their quiet hours. */
export async function getNotificationPreferences(ctx: AppContext, userId: string): Promise<NotificationPreferences> {
  const rows = await listCategorySettings(ctx.db, userId);
  const quiet = quietHoursOf(await findSettings(ctx.db, userId));
  const { zone, profileZone } = await resolveTimeZone(ctx.db, userId, quiet.timeZone);
  return {
    categories: NOTIFICATION_CATEGORIES.map((category) => ({
      category,
      ...channelChoice(
        category,
        rows.find((r) => r.category === category),
      ),
      safetyCritical: isSafetyCritical(category),
    })),
    quietHours: {
      enabled: quiet.enabled,
      start: clockTimeOfMinute(quiet.startMinute),
      end: clockTimeOfMinute(quiet.endMinute),
      timeZone: quiet.timeZone,
    },
    effectiveTimeZone: zone,
    profileTimeZone: profileZone,
  };
}
