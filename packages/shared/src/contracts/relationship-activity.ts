import { z } from "zod";
import { CrisisResourcesSchema } from "./screening.js";

// What a mentoring pair does together: goals, sessions and check-ins, under /api/relationships/:id/...
// Both members read and write while the relationship is active; afterwards everything stays readable
// (writes then answer 409 conflict). Anyone else gets 404.
//
// GET    /api/relationships/:id/goals                                   -> MentoringGoalListResponse
// POST   /api/relationships/:id/goals                 CreateGoalRequest -> MentoringGoal (201)
// PATCH  /api/relationships/:id/goals/:goalId         UpdateGoalRequest -> MentoringGoal
// POST   /api/relationships/:id/goals/:goalId/milestones AddMilestoneRequest -> MentoringGoal (201)
// PATCH  /api/relationships/:id/goals/:goalId/milestones/:milestoneId UpdateMilestoneRequest -> MentoringGoal
// POST   /api/relationships/:id/goals/:goalId/updates AddProgressUpdateRequest -> MentoringGoal (201)
// GET    /api/relationships/:id/sessions                                -> MentoringSessionListResponse
// POST   /api/relationships/:id/sessions              ProposeSessionRequest -> MentoringSession (201)
// GET    /api/relationships/:id/sessions/:sessionId                     -> MentoringSession
// PATCH  /api/relationships/:id/sessions/:sessionId   RescheduleSessionRequest -> MentoringSession
// POST   /api/relationships/:id/sessions/:sessionId/confirm  (no body)  -> MentoringSession
// POST   /api/relationships/:id/sessions/:sessionId/cancel   CancelSessionRequest -> MentoringSession
// PUT    /api/relationships/:id/sessions/:sessionId/attendance RecordAttendanceRequest -> MentoringSession
// PUT    /api/relationships/:id/sessions/:sessionId/summary  SaveSummaryRequest -> MentoringSession
// PUT    /api/relationships/:id/sessions/:sessionId/note     SavePrivateNoteRequest -> MentoringSession
// DELETE /api/relationships/:id/sessions/:sessionId/note                -> MentoringSession
// GET    /api/relationships/:id/sessions/:sessionId/calendar.ics        -> text/calendar (MentoringSession.calendarUrl)
// GET    /api/relationships/:id/check-ins                               -> CheckInListResponse
// POST   /api/relationships/:id/check-ins             CreateCheckInRequest -> CreateCheckInResponse (201)

const Person = z.object({ id: z.string(), displayName: z.string() });
export const ActivityRoleSchema = z.enum(["mentee", "mentor"]);
const Member = Person.extend({ role: ActivityRoleSchema });

const Title = z.string().trim().min(3, "Use at least 3 characters").max(200, "Keep it to 200 characters");
const LongText = (max: number) => z.string().trim().max(max, `Keep it to ${max} characters`);
const CalendarDate = z.iso.date("Use a date such as 2027-03-31");

export const RelationshipIdParamsSchema = z.strictObject({ id: z.uuid("Not a relationship id") });

// ---------- Goals ----------

export const MentoringGoalStatusSchema = z.enum(["active", "achieved", "set_aside"]);
export type MentoringGoalStatus = z.infer<typeof MentoringGoalStatusSchema>;

export const MilestoneSchema = z.object({
  id: z.string(),
  title: z.string(),
  done: z.boolean(),
  doneBy: Person.nullable(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const ProgressUpdateSchema = z.object({
  id: z.string(),
  note: z.string(),
  percent: z.number(),
  author: Person,
  createdAt: z.string(),
});
export type ProgressUpdate = z.infer<typeof ProgressUpdateSchema>;

export const MentoringGoalSchema = z.object({
  id: z.string(),
  relationshipId: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  /** A calendar date (YYYY-MM-DD), no time zone. */
  targetDate: z.string().nullable(),
  status: MentoringGoalStatusSchema,
  /** The latest progress update's percent, 0 before any update. */
  percent: z.number(),
  createdBy: Person,
  createdAt: z.string(),
  updatedAt: z.string(),
  milestones: z.array(MilestoneSchema),
  /** Newest first. */
  updates: z.array(ProgressUpdateSchema),
});
export type MentoringGoal = z.infer<typeof MentoringGoalSchema>;

/** `canWrite` is false once the relationship is no longer active (paused, graduated, closed, rematched). */
export const MentoringGoalListResponseSchema = z.object({ goals: z.array(MentoringGoalSchema), canWrite: z.boolean() });
export type MentoringGoalListResponse = z.infer<typeof MentoringGoalListResponseSchema>;

export const CreateGoalRequestSchema = z.strictObject({
  title: Title,
  description: LongText(2000).optional(),
  targetDate: CalendarDate.optional(),
  /** Milestone titles to start with, in order. */
  milestones: z.array(Title).max(20, "Add at most 20 milestones").optional(),
});
export type CreateGoalRequest = z.infer<typeof CreateGoalRequestSchema>;

export const UpdateGoalRequestSchema = z
  .strictObject({
    title: Title.optional(),
    description: LongText(2000).nullable().optional(),
    targetDate: CalendarDate.nullable().optional(),
    status: MentoringGoalStatusSchema.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: "Change at least one field" });
export type UpdateGoalRequest = z.infer<typeof UpdateGoalRequestSchema>;

export const GoalParamsSchema = z.strictObject({
  id: z.uuid("Not a relationship id"),
  goalId: z.uuid("Not a goal id"),
});
export const MilestoneParamsSchema = GoalParamsSchema.extend({ milestoneId: z.uuid("Not a milestone id") });

export const AddMilestoneRequestSchema = z.strictObject({ title: Title });
export const UpdateMilestoneRequestSchema = z.strictObject({ done: z.boolean() });
export const AddProgressUpdateRequestSchema = z.strictObject({
  note: z.string().trim().min(1, "Say what changed").max(2000, "Keep it to 2000 characters"),
  percent: z.int("Use a whole number").min(0, "Use 0 to 100").max(100, "Use 0 to 100"),
});
export type AddProgressUpdateRequest = z.infer<typeof AddProgressUpdateRequestSchema>;

// ---------- Sessions ----------

export const SessionModeSchema = z.enum(["video", "voice", "in_person", "chat"]);
export type SessionMode = z.infer<typeof SessionModeSchema>;
export const SESSION_MODE_LABELS: Record<SessionMode, string> = {
  video: "Video call",
  voice: "Voice call",
  in_person: "In person",
  chat: "Text chat",
};

/**
 * proposed: waiting for the other member (one whose start has passed was never agreed);
 * scheduled: both agreed; cancelled: either called it off before it started.
 */
export const MentoringSessionStatusSchema = z.enum(["proposed", "scheduled", "cancelled"]);
export type MentoringSessionStatus = z.infer<typeof MentoringSessionStatusSchema>;
export const AttendanceStatusSchema = z.enum(["attended", "missed", "cancelled"]);
export type AttendanceStatus = z.infer<typeof AttendanceStatusSchema>;

/** The session as it reads on one member's clock, in their matching profile's time zone (UTC if none). */
export const LocalSessionTimeSchema = z.object({
  member: Member,
  timeZone: z.string(),
  timeZoneSource: z.enum(["profile", "default"]),
  /** Local start: YYYY-MM-DD and HH:mm (24-hour). */
  date: z.string(),
  time: z.string(),
  /** Local end; the date differs from `date` when the session crosses midnight there. */
  endDate: z.string(),
  endTime: z.string(),
  weekday: z.string(),
  /** The zone's offset from UTC at the start, such as "+01:00". */
  utcOffset: z.string(),
  /** Ready to show: "Tuesday 1 December 2026, 18:00 to 19:00 (Europe/London, UTC+00:00)". */
  label: z.string(),
});
export type LocalSessionTime = z.infer<typeof LocalSessionTimeSchema>;

export const SessionAttendanceSchema = z.object({
  member: Member,
  /** null until someone records it; "cancelled" for both when the session was cancelled. */
  status: AttendanceStatusSchema.nullable(),
  recordedBy: Person.nullable(),
  recordedAt: z.string().nullable(),
});

export const SessionSummarySchema = z.object({
  text: z.string(),
  /** Starts at 1 and grows by one with each save; send it back as `baseVersion` to avoid overwriting. */
  version: z.number(),
  author: Person,
  updatedAt: z.string(),
});

/** Only ever the caller's own note; nobody else (the other member, supervisors) sees it. */
export const PrivateNoteSchema = z.object({ text: z.string(), updatedAt: z.string() });

export const MentoringSessionSchema = z.object({
  id: z.string(),
  relationshipId: z.string(),
  status: MentoringSessionStatusSchema,
  /** ISO instants (UTC). */
  startsAt: z.string(),
  endsAt: z.string(),
  durationMinutes: z.number(),
  mode: SessionModeSchema,
  agenda: z.string().nullable(),
  proposedBy: Person,
  proposedAt: z.string(),
  /** True when the caller proposed the current time and is waiting for the other member to confirm. */
  awaitingOther: z.boolean(),
  /** True when the other member proposed and the caller may confirm. */
  canConfirm: z.boolean(),
  confirmedBy: Person.nullable(),
  confirmedAt: z.string().nullable(),
  cancelledBy: Person.nullable(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  /** Both members' local times; `yourTime` is the caller's. */
  times: z.array(LocalSessionTimeSchema),
  yourTime: LocalSessionTimeSchema,
  attendance: z.array(SessionAttendanceSchema),
  summary: SessionSummarySchema.nullable(),
  myNote: PrivateNoteSchema.nullable(),
  /** GET it for a text/calendar (.ics) file. */
  calendarUrl: z.string(),
});
export type MentoringSession = z.infer<typeof MentoringSessionSchema>;

/** Sorted by start time, earliest first. */
export const MentoringSessionListResponseSchema = z.object({
  sessions: z.array(MentoringSessionSchema),
  canWrite: z.boolean(),
});
export type MentoringSessionListResponse = z.infer<typeof MentoringSessionListResponseSchema>;

export const SessionParamsSchema = z.strictObject({
  id: z.uuid("Not a relationship id"),
  sessionId: z.uuid("Not a session id"),
});

const Instant = z.iso.datetime({ offset: true, message: "Use an ISO date and time such as 2026-12-01T18:00:00Z" });
const Duration = z.int("Use whole minutes").min(15, "At least 15 minutes").max(240, "At most 4 hours");

/** startsAt is an instant (with Z or an offset); it must be in the future. */
export const ProposeSessionRequestSchema = z.strictObject({
  startsAt: Instant,
  durationMinutes: Duration,
  mode: SessionModeSchema,
  agenda: LongText(2000).optional(),
});
export type ProposeSessionRequest = z.infer<typeof ProposeSessionRequestSchema>;

/** Changing the time makes it a new proposal by the caller that the other member confirms again. */
export const RescheduleSessionRequestSchema = z
  .strictObject({
    startsAt: Instant.optional(),
    durationMinutes: Duration.optional(),
    mode: SessionModeSchema.optional(),
    agenda: LongText(2000).nullable().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: "Change at least one field" });
export type RescheduleSessionRequest = z.infer<typeof RescheduleSessionRequestSchema>;

export const CancelSessionRequestSchema = z.strictObject({ reason: LongText(500).optional() });
/** Either member records either member's attendance once the session has started. */
export const RecordAttendanceRequestSchema = z.strictObject({
  memberId: z.uuid("Not a member id"),
  status: z.enum(["attended", "missed"]),
});
export const SaveSummaryRequestSchema = z.strictObject({
  text: z.string().trim().min(1, "Write the summary").max(5000, "Keep it to 5000 characters"),
  /** The version you edited; a newer one saved meanwhile answers 409 instead of being overwritten. */
  baseVersion: z.int().min(0).optional(),
});
export const SavePrivateNoteRequestSchema = z.strictObject({
  text: z.string().trim().min(1, "Write the note").max(5000, "Keep it to 5000 characters"),
});

// ---------- Check-ins ----------

export const MoodSchema = z
  .int("Pick a mood from 1 to 5")
  .min(1, "Pick a mood from 1 to 5")
  .max(5, "Pick a mood from 1 to 5");
export const MOOD_LABELS: Record<number, string> = {
  1: "Very low",
  2: "Low",
  3: "Okay",
  4: "Good",
  5: "Very good",
};

export const CheckInSchema = z.object({
  id: z.string(),
  author: Member,
  mood: z.number(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type CheckIn = z.infer<typeof CheckInSchema>;

/** Shown whenever a very low mood is reported: crisis lines and a plain word that peer support is not crisis care. */
export const CheckInSupportSchema = z.object({
  message: z.string(),
  crisisResources: CrisisResourcesSchema,
});
export type CheckInSupport = z.infer<typeof CheckInSupportSchema>;

/** One line per member for the mood chart, oldest point first. */
export const MoodSeriesSchema = z.object({
  member: Member,
  points: z.array(z.object({ at: z.string(), mood: z.number() })),
});
export type MoodSeries = z.infer<typeof MoodSeriesSchema>;

export const CheckInListResponseSchema = z.object({
  /** Newest first. */
  checkIns: z.array(CheckInSchema),
  series: z.array(MoodSeriesSchema),
  /** Present when either member's latest check-in of the last 14 days was a mood of 1; show it to both. */
  support: CheckInSupportSchema.nullable(),
  canWrite: z.boolean(),
});
export type CheckInListResponse = z.infer<typeof CheckInListResponseSchema>;

export const CreateCheckInRequestSchema = z.strictObject({
  mood: MoodSchema,
  note: LongText(2000).optional(),
});
export type CreateCheckInRequest = z.infer<typeof CreateCheckInRequestSchema>;

/** support is non-null for a mood of 1: the client must show it. */
export const CreateCheckInResponseSchema = z.object({
  checkIn: CheckInSchema,
  support: CheckInSupportSchema.nullable(),
});
export type CreateCheckInResponse = z.infer<typeof CreateCheckInResponseSchema>;
