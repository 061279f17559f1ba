import type { AccountExport } from "@mentalverse/shared";
import type { Executor } from "../../db/database.js";
import { categoryFromStored } from "./categories.js";
import { listDeferredEmailsOf } from "./deferred-emails-repository.js";
import { quietHoursOf } from "./member-preferences.js";
import { findSettings, listCategorySettings } from "./preferences-repository.js";
import { clockTimeOfMinute } from "./quiet-hours.js";

/** The member's stored choices (categories they never changed are left out: those use the defaults). */
export async function exportNotificationPreferences(
  db: Executor,
  userId: string,
): Promise<AccountExport["notificationPreferences"]> {
  const quiet = quietHoursOf(await findSettings(db, userId));
  const categories = await listCategorySettings(db, userId);
  const deferred = await listDeferredEmailsOf(db, userId);
  return {
    categories: categories.map((row) => ({
      category: categoryFromStored(row.category),
      inApp: row.in_app,
      email: row.email,
    })),
    quietHours: {
      enabled: quiet.enabled,
      start: clockTimeOfMinute(quiet.startMinute),
      end: clockTimeOfMinute(quiet.endMinute),
      timeZone: quiet.timeZone,
    },
    deferredEmails: deferred.map((row) => ({
      category: categoryFromStored(row.category),
      sendAfter: row.send_after.toISOString(),
    })),
  };
}
