import { z } from "zod";
import { RoleSchema } from "../roles.js";
import { DisplayNameSchema, PasswordSchema, RealNameSchema } from "./auth.js";
import {
  MatchOfferListResponseSchema,
  MemberBlockListResponseSchema,
  MyMatchOptionsSchema,
  RelationshipListResponseSchema,
} from "./matching.js";
import { MeasureHistoryResponseSchema } from "./measures.js";
import { OwnMentorApplicationSchema } from "./mentor-applications.js";
import { NotificationPreferencesExportSchema } from "./notification-preferences.js";
import { NotificationSchema } from "./notifications.js";
import { OnboardingStateSchema } from "./onboarding.js";
import { OwnProfileSchema } from "./profiles.js";
import {
  CheckInListResponseSchema,
  MentoringGoalListResponseSchema,
  MentoringSessionListResponseSchema,
} from "./relationship-activity.js";
import { RelationshipDetailSchema } from "./relationships.js";
import { MyScreeningSchema } from "./screening.js";

export const UpdateProfileRequestSchema = z
  .strictObject({ displayName: DisplayNameSchema.optional(), realName: RealNameSchema.optional() })
  .refine((v) => v.displayName !== undefined || v.realName !== undefined, { message: "Nothing to update" });
export type UpdateProfileRequest = z.infer<typeof UpdateProfileRequestSchema>;

export const ChangePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: PasswordSchema,
});

export const DeleteAccountRequestSchema = z.strictObject({ password: z.string().min(1).max(256) });
export const DeleteAccountResponseSchema = z.object({ deletionScheduledFor: z.string() });

/** Everything the platform holds about a member, as they download it. Never a password hash or session id. */
export const AccountExportSchema = z.object({
  format: z.literal("mentalverse-account-export/1"),
  exportedAt: z.string(),
  profile: z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    realName: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    lastSignInAt: z.string().nullable(),
    lockedUntil: z.string().nullable(),
    deletionRequestedAt: z.string().nullable(),
    deletionScheduledFor: z.string().nullable(),
    isDemo: z.boolean(),
  }),
  roles: z.array(z.object({ role: RoleSchema, grantedAt: z.string() })),
  sessions: z.array(
    z.object({
      createdAt: z.string(),
      lastSeenAt: z.string(),
      expiresAt: z.string(),
      ip: z.string().nullable(),
      userAgent: z.string().nullable(),
      current: z.boolean(),
    }),
  ),
  notifications: z.array(NotificationSchema),
  /** How notifications reach the member, their quiet hours, and emails waiting for quiet hours to end. */
  notificationPreferences: NotificationPreferencesExportSchema,
  /** Security events about the account. Events done by someone else omit their address and details. */
  activity: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      by: z.enum(["you", "another_account", "system"]),
      ip: z.string().nullable(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
  mail: z.array(
    z.object({ subject: z.string(), status: z.string(), createdAt: z.string(), sentAt: z.string().nullable() }),
  ),
  /** What the member told us while onboarding, matching and applying, exactly as they see it themselves. */
  onboarding: OnboardingStateSchema,
  matchingProfile: OwnProfileSchema,
  mentorApplication: OwnMentorApplicationSchema.nullable(),
  screenings: z.array(MyScreeningSchema),
  measures: MeasureHistoryResponseSchema,
  /** Mentor options, offers, relationships and blocks, as the member sees them on the Matches page. */
  /** Each relationship as the member sees it: lifecycle, agreement, their own answers, goals, sessions (with their own private notes) and check-ins. */
  relationships: z.array(
    z.object({
      relationship: RelationshipDetailSchema,
      goals: MentoringGoalListResponseSchema.shape.goals,
      sessions: MentoringSessionListResponseSchema.shape.sessions,
      checkIns: CheckInListResponseSchema.shape.checkIns,
    }),
  ),
  matching: z.object({
    options: MyMatchOptionsSchema,
    offers: MatchOfferListResponseSchema.shape.offers,
    relationships: RelationshipListResponseSchema.shape.relationships,
    blocks: MemberBlockListResponseSchema.shape.blocks,
  }),
});
export type AccountExport = z.infer<typeof AccountExportSchema>;
