import type {
  CategoryPreference,
  NotificationPreferences,
  QuietHours,
  UpdateNotificationPreferences,
} from "@mentalverse/shared";

/** The form's working copy: every category's switches and the quiet hours, as the server sent them. */
export interface PreferencesDraft {
  categories: CategoryPreference[];
  quietHours: QuietHours;
}

/** The zone select's value for "follow my matching profile" (a name no IANA zone has). */
export const PROFILE_ZONE = "(profile)";

export function toDraft(preferences: NotificationPreferences): PreferencesDraft {
  return {
    categories: preferences.categories.map(({ category, inApp, email }) => ({ category, inApp, email })),
    quietHours: { ...preferences.quietHours },
  };
}

export function setChannel(
  draft: PreferencesDraft,
  category: CategoryPreference["category"],
  channel: "inApp" | "email",
  on: boolean,
): PreferencesDraft {
  return {
    ...draft,
    categories: draft.categories.map((c) => (c.category === category ? { ...c, [channel]: on } : c)),
  };
}

/** Sends every category, so what the member sees is exactly what is saved. */
export function toRequest(draft: PreferencesDraft): UpdateNotificationPreferences {
  return { categories: draft.categories, quietHours: draft.quietHours };
}

export function zoneSelectValue(timeZone: string | null): string {
  return timeZone ?? PROFILE_ZONE;
}

export function zoneFromSelect(value: string | null): string | null {
  return !value || value === PROFILE_ZONE ? null : value;
}
