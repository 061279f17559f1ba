import { z } from "zod";
import { isIanaTimeZone } from "./profiles.js";

/**
 * What a member can tune, one row per category of notification. The server maps every notification
 * `kind` to one of these by its prefix (apps/server/src/modules/notifications/categories.ts).
 */
export const NOTIFICATION_CATEGORIES = [
  "safety",
  "matching",
  "relationships",
  "sessions",
  "screening",
  "measures",
  "mentor_application",
  "account",
  "staff",
  "other",
] as const;
export const NotificationCategorySchema = z.enum(NOTIFICATION_CATEGORIES);
export type NotificationCategory = z.infer<typeof NotificationCategorySchema>;

export interface NotificationCategoryInfo {
  label: string;
  description: string;
  /** Always shown in the app, and its emails ignore quiet hours: risk is never hidden or delayed. */
  safetyCritical: boolean;
}

export const NOTIFICATION_CATEGORY_INFO: Record<NotificationCategory, NotificationCategoryInfo> = {
  safety: {
    label: "Safety",
    description:
      "Requests to answer safety questions, a mentee telling you they are having a very hard time, matching reopening after a safety review, and safety cases for the safety team.",
    safetyCritical: true,
  },
  matching: {
    label: "Matching",
    description: "Mentor options, match offers and their answers, matches that start, and pauses of new matches.",
    safetyCritical: false,
  },
  relationships: {
    label: "Mentoring relationship",
    description:
      "Agreements to sign, phase changes, the week-4 check on how it is going, pauses, endings and graduation.",
    safetyCritical: false,
  },
  sessions: {
    label: "Sessions, goals and check-ins",
    description:
      "Scheduled sessions, goal updates, check-ins and reminders when you have not been in touch for a while.",
    safetyCritical: false,
  },
  screening: {
    label: "Screening reminders",
    description: "When your regular wellbeing screening is due again.",
    safetyCritical: false,
  },
  measures: {
    label: "Questionnaire reminders",
    description: "When it is time to fill in your progress questionnaires.",
    safetyCritical: false,
  },
  mentor_application: {
    label: "Mentor application",
    description: "Progress on your application to become a peer mentor.",
    safetyCritical: false,
  },
  account: { label: "Account and roles", description: "Changes to your roles on the platform.", safetyCritical: false },
  staff: {
    label: "Staff work",
    description: "For staff: match runs finishing and relationships that have gone quiet and need a supervisor.",
    safetyCritical: false,
  },
  other: { label: "Everything else", description: "Any other notices from the platform.", safetyCritical: false },
};

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const ClockTimeSchema = z.string().regex(CLOCK_TIME, { message: "Use a 24-hour time such as 22:00" });

export const TimeZoneNameSchema = z
  .string()
  .max(64)
  .refine(isIanaTimeZone, { message: "Use a time zone name such as Europe/London" });

export const QuietHoursSchema = z.strictObject({
  enabled: z.boolean(),
  /** Local wall-clock time "HH:MM" in the zone below; a window may run past midnight (22:00-07:00). */
  start: ClockTimeSchema,
  end: ClockTimeSchema,
  /** null: the time zone of the member's matching profile, or UTC when that is not set either. */
  timeZone: TimeZoneNameSchema.nullable(),
});
export type QuietHours = z.infer<typeof QuietHoursSchema>;

export const CategoryPreferenceSchema = z.strictObject({
  category: NotificationCategorySchema,
  inApp: z.boolean(),
  email: z.boolean(),
});
export type CategoryPreference = z.infer<typeof CategoryPreferenceSchema>;

export const NotificationPreferencesSchema = z.object({
  /** Every category, in NOTIFICATION_CATEGORIES order. */
  categories: z.array(CategoryPreferenceSchema.extend({ safetyCritical: z.boolean() })),
  quietHours: QuietHoursSchema,
  /** The zone quiet hours are read in right now, and the matching profile's zone it falls back to. */
  effectiveTimeZone: z.string(),
  profileTimeZone: z.string().nullable(),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferencesSchema>;

/** Categories not listed keep their current setting; each category at most once. */
export const UpdateNotificationPreferencesSchema = z.strictObject({
  categories: z.array(CategoryPreferenceSchema).max(NOTIFICATION_CATEGORIES.length),
  quietHours: QuietHoursSchema,
});
export type UpdateNotificationPreferences = z.infer<typeof UpdateNotificationPreferencesSchema>;

/** In the account export: the member's choices as stored, without the derived fields. */
export const NotificationPreferencesExportSchema = z.object({
  categories: z.array(CategoryPreferenceSchema),
  quietHours: QuietHoursSchema,
  /** Emails waiting for quiet hours to end: when each will go, and its category; never their content. */
  deferredEmails: z.array(z.object({ category: NotificationCategorySchema, sendAfter: z.string() })),
});
