import { NOTIFICATION_CATEGORY_INFO, type NotificationCategory, NotificationCategorySchema } from "@mentalverse/shared";

/**
 * Which category a notification `kind` belongs to, so members tune categories, not dozens of kinds.
 * A kind is "<prefix>.<event>"; whole kinds listed here win over their prefix. A kind nobody mapped
 * falls into "other", which still reaches the app; categories.test.ts fails when code uses one.
 */
const BY_KIND: Record<string, NotificationCategory> = {
  // Asked after answers that suggest risk: as urgent as the safety team's own notices.
  "screening.requested": "safety",
  // A mentee's very low mood, told to their mentor: risk is never held back or switched off.
  "relationship.low_mood": "safety",
  "matching.run_finished": "staff",
  "matching.run_failed": "staff",
  "relationship.stuck": "staff",
  "relationship.mentor_paused": "matching",
  "relationship.session_proposed": "sessions",
  "relationship.session_confirmed": "sessions",
  "relationship.session_cancelled": "sessions",
  "relationship.check_in": "sessions",
  "relationship.inactivity_reminder": "sessions",
};

const BY_PREFIX: Record<string, NotificationCategory> = {
  safety: "safety",
  matching: "matching",
  relationship: "relationships",
  relationships: "relationships",
  agreement: "relationships",
  assessment: "relationships",
  graduation: "relationships",
  session: "sessions",
  sessions: "sessions",
  goal: "sessions",
  goals: "sessions",
  check_in: "sessions",
  check_ins: "sessions",
  checkin: "sessions",
  relationship_activity: "sessions",
  activity: "sessions",
  inactivity: "sessions",
  screening: "screening",
  measures: "measures",
  mentor_application: "mentor_application",
  role: "account",
  account: "account",
  supervision: "staff",
  supervisor: "staff",
  staff: "staff",
};

export function categoryOf(kind: string): NotificationCategory {
  const prefix = kind.split(".")[0] ?? "";
  return BY_KIND[kind] ?? BY_PREFIX[prefix] ?? "other";
}

/** A category read back from the database; one retired since reads as "other". */
export function categoryFromStored(stored: string): NotificationCategory {
  return NotificationCategorySchema.catch("other").parse(stored);
}

export function isSafetyCritical(category: NotificationCategory): boolean {
  return NOTIFICATION_CATEGORY_INFO[category].safetyCritical;
}

/**
 * What a member gets before choosing. Email is on where a late answer costs someone (offers, a
 * mentee waiting, reminders, safety); staff notices and unknown ones stay in the app.
 */
export const DEFAULT_EMAIL: Record<NotificationCategory, boolean> = {
  safety: true,
  matching: true,
  relationships: true,
  sessions: true,
  screening: true,
  measures: true,
  mentor_application: true,
  account: true,
  staff: false,
  other: false,
};
