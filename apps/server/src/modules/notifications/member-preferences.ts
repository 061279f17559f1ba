import type { NotificationCategory } from "@mentalverse/shared";
import type { Db } from "../../db/database.js";
import { getProfile } from "../profiles/get-profile.js";
import { DEFAULT_EMAIL, isSafetyCritical } from "./categories.js";
import {
  type CategorySettingRow,
  findCategorySetting,
  findSettings,
  type SettingsRow,
} from "./preferences-repository.js";
import type { QuietWindow } from "./quiet-hours.js";

export interface ChannelChoice {
  inApp: boolean;
  email: boolean;
}

export interface MemberQuietHours extends QuietWindow {
  enabled: boolean;
  /** As the member chose it; null follows their matching profile. */
  timeZone: string | null;
}

/** Quiet overnight by default: a support platform should not ping someone at 3 am unless it must. */
export const DEFAULT_QUIET_HOURS: MemberQuietHours = {
  enabled: true,
  startMinute: 22 * 60,
  endMinute: 7 * 60,
  timeZone: null,
};

/** Zone used when neither the member nor their matching profile names one. */
export const FALLBACK_TIME_ZONE = "UTC";

/** A stored choice, or the default; safety-critical categories always reach the app. */
export function channelChoice(category: NotificationCategory, row: CategorySettingRow | undefined): ChannelChoice {
  const inApp = isSafetyCritical(category) || (row?.in_app ?? true);
  return { inApp, email: row?.email ?? DEFAULT_EMAIL[category] };
}

export async function loadChannelChoice(
  db: Db,
  userId: string,
  category: NotificationCategory,
): Promise<ChannelChoice> {
  return channelChoice(category, await findCategorySetting(db, userId, category));
}

export function quietHoursOf(row: SettingsRow | undefined): MemberQuietHours {
  if (!row) return DEFAULT_QUIET_HOURS;
  return {
    enabled: row.quiet_hours_enabled,
    startMinute: row.quiet_start_minute,
    endMinute: row.quiet_end_minute,
    timeZone: row.time_zone,
  };
}

export async function loadQuietHours(db: Db, userId: string): Promise<MemberQuietHours> {
  return quietHoursOf(await findSettings(db, userId));
}

/** The zone quiet hours are read in: the member's own choice, else their matching profile's, else UTC. */
export async function resolveTimeZone(
  db: Db,
  userId: string,
  chosen: string | null,
): Promise<{ zone: string; profileZone: string | null }> {
  const profileZone = (await getProfile(db, userId)).fields.timeZone ?? null;
  return { zone: chosen ?? profileZone ?? FALLBACK_TIME_ZONE, profileZone };
}
